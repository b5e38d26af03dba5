import { expect } from '@open-wc/testing';
import { PROVIDER_IDS } from '../../src/core/model.js';
import { normalize } from '../../src/core/normalize.js';
import { START, setup } from './helpers.js';
import { retrieveAll } from './retrieve.js';

describe('mock vendors through the provider modules', () => {
  for (const vendor of PROVIDER_IDS) {
    it(`${vendor}: every generated employee, nothing quarantined, no IBAN or religion anywhere`, async () => {
      const { mock } = setup({ size: 120 });
      const { raw, failures } = await retrieveAll(mock, vendor);
      expect(failures).to.deep.equal([]);
      const result = normalize(vendor, raw, { now: new Date(START) });
      expect(result.quarantine).to.deep.equal([]);
      const expectedIds = mock.people.map((p) => mock.idOf(vendor, p.index)).sort();
      expect(result.records.map((r) => r.hrisId).sort()).to.deep.equal(expectedIds);

      const byId = new Map(mock.people.map((p) => [mock.idOf(vendor, p.index), p]));
      const serialized = JSON.stringify(result);
      for (const record of result.records) {
        const person = byId.get(record.hrisId)!;
        expect(record.workEmail, record.hrisId).to.equal(person.workEmail);
        expect(record.firstName, record.hrisId).to.equal(person.firstName);
        expect(record.lastName, record.hrisId).to.equal(person.lastName);
        expect(serialized.includes(person.iban), `IBAN of ${record.hrisId}`).to.equal(false);
        expect(serialized.includes(person.iban.replace(/ /g, '')), `IBAN of ${record.hrisId}`).to.equal(false);
        if (person.religion !== null) expect(Object.values(record.fields), `religion of ${record.hrisId}`).to.not.include(person.religion);
      }
      const labels = result.catalog.map((f) => f.label.toLowerCase());
      expect(labels.filter((l) => /iban|religion|konfession|confession/.test(l))).to.deep.equal([]);
    });

    it(`${vendor}: a limited credential still yields everyone, without quarantine`, async () => {
      const { mock } = setup({ size: 40 });
      const { raw } = await retrieveAll(mock, vendor, 'limited');
      const result = normalize(vendor, raw, { now: new Date(START) });
      expect(result.quarantine).to.deep.equal([]);
      expect(result.records.length).to.equal(40);
    });
  }
});
