import { expect } from '@open-wc/testing';
import { hibob } from '../../../src/core/providers/hibob.js';
import { humaans } from '../../../src/core/providers/humaans.js';
import { lucca } from '../../../src/core/providers/lucca.js';
import type { EmployeeRecord } from '../../../src/core/model.js';
import type { NormalizeContext, NormalizeResult, ProviderDefinition } from '../../../src/core/providers/types.js';
import { createMockVendors, type MockPerson } from '../../../src/testing/index.js';
import { retrieveFromMock } from './through-mock.js';

const context: NormalizeContext = { allowSensitive: new Set(), now: new Date('2024-06-15T12:00:00Z') };
const mock = createMockVendors({ seed: 7, size: 60, today: '2024-06-15' });

/** What a record should say about a generated person, for fields every one of these vendors carries. */
function truth(p: MockPerson, provider: ProviderDefinition): Partial<EmployeeRecord> {
  return {
    hrisId: mock.idOf(provider.id, p.index),
    firstName: p.firstName, lastName: p.lastName, workEmail: p.workEmail,
    startDate: p.startDate, terminationDate: p.terminationDate, jobTitle: p.jobTitle, department: p.department.name,
    // Humaans has no leave status and Lucca derives status from contract dates only: someone on leave is employed.
    status: p.status === 'leave' && provider.id !== 'hibob' ? 'active' : p.status,
    // Lucca pads employee numbers to five digits.
    employeeNumber: provider.id === 'lucca' ? p.employeeNumber.padStart(5, '0') : p.employeeNumber,
  };
}

function pick(record: EmployeeRecord | undefined, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, record?.[k as keyof EmployeeRecord]]));
}

for (const provider of [hibob, humaans, lucca]) {
  describe(`${provider.label} against its mock vendor`, () => {
    let full: NormalizeResult;
    let limited: NormalizeResult;
    before(async () => {
      full = provider.normalize(await retrieveFromMock(mock, provider, mock.credentials[provider.id].valid), context);
      limited = provider.normalize(await retrieveFromMock(mock, provider, mock.credentials[provider.id].limited), context);
    });

    it('turns every served employee, leavers included, into the record the generator intended', () => {
      expect(full.quarantine).to.deep.equal([]);
      expect(full.records.length).to.equal(mock.people.length);
      const byId = new Map(full.records.map((r) => [r.hrisId, r]));
      for (const p of mock.people) {
        const expected = truth(p, provider);
        expect(pick(byId.get(expected.hrisId!), Object.keys(expected)), `person ${p.index}`).to.deep.equal(expected);
      }
    });

    it('never lets an IBAN or a religion through, and says how many values it dropped', () => {
      const text = JSON.stringify([full.records, full.catalog]);
      for (const p of mock.people) expect(text).not.to.contain(p.iban);
      expect(full.dropped.count).to.be.greaterThan(0);
      expect(full.catalog.some((f) => /iban|religion|confession/i.test(`${f.id} ${f.label}`))).to.equal(false);
    });

    it('discovers the T-shirt size custom field and reads it for everyone', () => {
      const shirt = full.catalog.filter((f) => f.custom && /t-?shirt/i.test(`${f.id} ${f.label}`) && !f.id.endsWith('.id'));
      expect(shirt.length).to.equal(1);
      const byId = new Map(full.records.map((r) => [r.hrisId, r]));
      for (const p of mock.people) expect(byId.get(mock.idOf(provider.id, p.index))?.fields[shirt[0]!.id], `person ${p.index}`).to.equal(p.shirtSize);
    });

    it('reads everything required with the limited credential too, but no personal email', () => {
      expect(limited.records.length).to.equal(mock.people.length);
      expect(limited.readable).to.include.members([...provider.required]);
      expect(limited.records.every((r) => r.personalEmail === null)).to.equal(true);
    });
  });
}
