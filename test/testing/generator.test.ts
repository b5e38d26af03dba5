import { expect } from '@open-wc/testing';
import { generatePeople, duplicateOf } from '../../src/testing/index.js';

describe('generatePeople', () => {
  it('is deterministic: same seed, size and today give the same people', () => {
    const a = generatePeople({ seed: 7, size: 500, today: '2026-03-02' });
    const b = generatePeople({ seed: 7, size: 500, today: '2026-03-02' });
    expect(JSON.stringify(b.people)).to.equal(JSON.stringify(a.people));
  });

  it('differs with another seed', () => {
    const a = generatePeople({ seed: 7, size: 50, today: '2026-03-02' });
    const b = generatePeople({ seed: 8, size: 50, today: '2026-03-02' });
    expect(a.people.map((p) => p.workEmail)).to.not.deep.equal(b.people.map((p) => p.workEmail));
  });

  it('works for the smallest sizes', () => {
    const sizes = Array.from({ length: 12 }, (_, i) => i + 1);
    expect(sizes.map((size) => generatePeople({ seed: 2, size, today: '2026-03-02' }).people.length)).to.deep.equal(sizes);
    expect(generatePeople({ seed: 2, size: 1, today: '2026-03-02' }).people[0]!.managerIndex).to.equal(null);
  });

  it('rejects sizes outside 1..100,000', () => {
    expect(() => generatePeople({ seed: 1, size: 0, today: '2026-03-02' })).to.throw(RangeError);
    expect(() => generatePeople({ seed: 1, size: 100_001, today: '2026-03-02' })).to.throw(RangeError);
  });

  it('gives even 10 people every status, a leaver with a past termination date, a missing personal email, a national phone, a duplicate work email and a non-Latin name', () => {
    const { people } = generatePeople({ seed: 3, size: 10, today: '2026-03-02' });
    expect(people.map((p) => p.status).slice(7)).to.deep.equal(['leave', 'onboarding', 'inactive']);
    expect(people[9]!.terminationDate! < '2026-03-02').to.equal(true);
    expect(people[8]!.startDate > '2026-03-02').to.equal(true);
    expect(people[4]!.personalEmail).to.equal(null);
    expect(people[6]!.mobilePhone!.startsWith('+')).to.equal(false);
    expect(people[8]!.workEmail).to.equal(people[2]!.workEmail);
    expect(people[1]!.script).to.not.equal('Latn');
    expect(people[7]!.script).to.not.equal('Latn');
  });

  it('has a realistic mix at 10,000 people', () => {
    const { people } = generatePeople({ seed: 11, size: 10_000, today: '2026-03-02' });
    const share = (f: (p: (typeof people)[number]) => boolean) => people.filter(f).length / people.length;
    expect(share((p) => p.status === 'inactive')).to.be.within(0.06, 0.1);
    expect(share((p) => p.status === 'onboarding')).to.be.within(0.025, 0.055);
    expect(share((p) => p.status === 'leave')).to.be.within(0.025, 0.055);
    expect(share((p) => p.personalEmail === null)).to.be.within(0.12, 0.18);
    expect(share((p) => p.mobilePhone === null)).to.be.within(0.06, 0.1);
    expect(share((p) => p.mobilePhone !== null && !p.mobilePhone.startsWith('+'))).to.be.within(0.18, 0.26);
    expect(share((p) => p.script !== 'Latn')).to.be.within(0.08, 0.12);
    expect(share((p) => /[^\x00-\x7f]/.test(p.firstName + p.lastName))).to.be.above(0.3);
    expect(share((p) => p.religion !== null)).to.be.within(0.65, 0.75);
    expect(share((p) => p.pay.period === 'hour')).to.be.within(0.05, 0.09);
  });

  it('duplicates work emails exactly where duplicateOf says, and nowhere else', () => {
    const { people } = generatePeople({ seed: 5, size: 2000, today: '2026-03-02' });
    const seen = new Map<string, number[]>();
    people.forEach((p) => seen.set(p.workEmail, [...(seen.get(p.workEmail) ?? []), p.index]));
    const shared = [...seen.values()].filter((ids) => ids.length > 1);
    expect(shared).to.deep.equal([[2, 8], [252, 258], [502, 508], [752, 758], [1002, 1008], [1252, 1258], [1502, 1508], [1752, 1758]]);
    expect(duplicateOf(258)).to.equal(252);
  });

  it('links managers to earlier people only, the first person being the top', () => {
    const { people } = generatePeople({ seed: 9, size: 3000, today: '2026-03-02' });
    expect(people[0]!.managerIndex).to.equal(null);
    expect(people.slice(1).every((p) => p.managerIndex !== null && p.managerIndex < p.index)).to.equal(true);
  });

  it('keeps dates consistent with statuses', () => {
    const { people } = generatePeople({ seed: 13, size: 3000, today: '2026-03-02' });
    for (const p of people) {
      if (p.status === 'inactive') expect(p.terminationDate! > p.startDate && p.terminationDate! < '2026-03-02', p.workEmail).to.equal(true);
      else expect(p.terminationDate).to.equal(null);
      expect(p.status === 'onboarding' ? p.startDate > '2026-03-02' : p.startDate < '2026-03-02').to.equal(true);
    }
  });

  it('writes IBANs with valid mod-97 check digits', () => {
    const { people } = generatePeople({ seed: 17, size: 200, today: '2026-03-02' });
    for (const { iban } of people) {
      const compact = iban.replace(/ /g, '');
      const rearranged = compact.slice(4) + compact.slice(0, 4);
      const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
      let remainder = 0;
      for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
      expect(remainder, iban).to.equal(1);
    }
  });

  it('generates 100,000 people', () => {
    const { people } = generatePeople({ seed: 1, size: 100_000, today: '2026-03-02' });
    expect(people.length).to.equal(100_000);
    expect(people[99_999]!.index).to.equal(99_999);
    // 400 people (indexes 8, 258, … 99,758) share an earlier person's work email; everyone else is unique.
    expect(new Set(people.map((p) => p.workEmail)).size).to.equal(99_600);
  });
});
