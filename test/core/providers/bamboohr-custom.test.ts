import { expect } from '@open-wc/testing';
import { bamboohrReportFields } from '../../../src/core/providers/bamboohr.js';
import { harness } from '../retrieval-harness.js';

describe('BambooHR custom fields', () => {
  it('asks the report for the account\'s custom fields, never for special-category ones', () => {
    const fields = bamboohrReportFields([
      { id: 4401, name: 'Shirt size', type: 'list', alias: 'customShirtSize' },
      { id: 4402, name: 'IBAN', type: 'text', alias: 'customIBAN' },
      { id: 4403, name: 'Religion', type: 'list', alias: 'customReligion' },
      { id: 4404, name: 'Team lunch day', type: 'list' },
      { id: 3, name: 'First Name', type: 'text', alias: 'firstName' },
      { id: '__proto__', name: 'odd' },
      'not a field',
    ]);
    expect(fields).to.include.members(['customShirtSize', '4404', 'firstName', 'workEmail']);
    expect(fields).not.to.include.members(['customIBAN', 'customReligion', '__proto__']);
    expect(fields.filter((f) => f === 'firstName')).to.have.length(1);
  });

  it('retrieves a custom field through the proxy with its label, and nothing of the special ones', async () => {
    const h = await harness('bamboohr', [], { size: 15 });
    const outcome = await h.run();
    expect(outcome.status).to.equal('COMPLETE');
    const records = outcome.result!.records;
    expect(records).to.have.length(15);
    const shirt = outcome.result!.catalog.find((f) => f.id === 'customShirtSize');
    expect(shirt).to.include({ label: 'Shirt size', custom: true });
    const people = h.mocks.people;
    for (const record of records) {
      const person = people.find((p) => p.employeeNumber === record.employeeNumber)!;
      expect(record.fields['customShirtSize']).to.equal(person.shirtSize);
    }
    const text = JSON.stringify(outcome);
    for (const person of people) {
      expect(text).not.to.contain(person.iban);
    }
    expect(h.mocks.requestLog.map((r) => `${r.method} ${new URL(r.url).pathname}`)).to.include('GET /api/gateway.php/acmedemo/v1/meta/fields');
  });
});
