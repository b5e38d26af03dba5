/**
 * The host records a fresh demo starts with, derived from the mock population
 * (same seed), so that a first sync meets every case the seeds describe:
 * records that already carry the identifier (one with stale values, one a
 * leaver), records with a name only, one name shared by two records, two
 * whose name is written differently than in the HRIS ("Last, First", an
 * initial: without an identifier they would be created a second time — the
 * case bulk identifiers fix), and a few stakeholders no HRIS knows
 * (investors, an advisor).
 */
import type { HostRecord } from '../../src/core/host.js';
import type { PresetId } from '../../src/core/presets.js';
import { duplicateOf, type MockPerson } from '../../src/testing/index.js';

export type DemoSeeds = Readonly<Record<PresetId, readonly HostRecord[]>>;

interface Pick {
  readonly person: MockPerson;
  readonly kind: 'identified' | 'stale' | 'leaver' | 'name-only' | 'shared-name' | 'written-differently';
}

interface Outsider {
  readonly first: string;
  readonly last: string;
  readonly email: string;
  readonly group: string;
}

const OUTSIDERS: readonly Outsider[] = [
  { first: 'Northwind', last: 'Ventures II', email: 'captable@northwind-ventures.example', group: 'Investors' },
  { first: 'Ada', last: 'Byron', email: 'ada.byron@advisors.example', group: 'Advisors' },
  { first: 'Seedcamp', last: 'Fund III', email: 'ops@seedfund.example', group: 'Investors' },
];

/** People whose work email no other person shares, so they match one record only. */
function unique(people: readonly MockPerson[]): MockPerson[] {
  const shared = new Set<number>();
  people.forEach((p) => {
    const of = duplicateOf(p.index);
    if (of !== null) shared.add(of).add(p.index);
  });
  return people.filter((p) => !shared.has(p.index) && p.status !== 'inactive');
}

function picks(people: readonly MockPerson[]): Pick[] {
  const pool = unique(people);
  const take = (n: number) => pool.splice(0, n);
  const out: Pick[] = [];
  for (const person of take(2)) out.push({ person, kind: 'identified' });
  for (const person of take(1)) out.push({ person, kind: 'stale' });
  for (const person of take(2)) out.push({ person, kind: 'name-only' });
  for (const person of take(1)) out.push({ person, kind: 'shared-name' });
  // Latin-script names, so "Last, First" and the initial read as they would in a real host product.
  for (let i = 0, found = 0; i < pool.length && found < 2; ) {
    if (pool[i]!.script === 'Latn') {
      out.push({ person: pool.splice(i, 1)[0]!, kind: 'written-differently' });
      found += 1;
    } else i += 1;
  }
  const leaver = people.find((p) => p.status === 'inactive' && duplicateOf(p.index) === null);
  if (leaver) out.push({ person: leaver, kind: 'leaver' });
  return out;
}

const full = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
/** The first of the two is written "Last, First", the second with the first name's initial. */
const writtenDifferently = (p: MockPerson, n: number) => (n % 2 === 0 ? `${p.lastName}, ${p.firstName}` : `${[...p.firstName][0] ?? ''}. ${p.lastName}`);

function stakeholders(chosen: readonly Pick[]): HostRecord[] {
  const records: HostRecord[] = [];
  let differently = 0;
  const add = (values: HostRecord['values'], group: string) =>
    records.push({ id: `sh-${String(records.length + 1).padStart(3, '0')}`, hrisId: null, values, group });
  for (const { person: p, kind } of chosen) {
    const name = full(p);
    if (kind === 'name-only') add({ name }, 'Employees');
    else if (kind === 'written-differently') add({ name: writtenDifferently(p, differently++) }, 'Employees');
    else if (kind === 'shared-name') {
      add({ name }, 'Employees');
      add({ name, email: `${p.firstName.toLowerCase()}@family-office.example` }, 'Investors');
    } else {
      add({
        identifier: p.workEmail,
        name,
        email: p.workEmail,
        startDate: p.startDate,
        team: kind === 'stale' ? 'Former team' : p.team.name,
      }, 'Employees');
    }
  }
  for (const o of OUTSIDERS) add({ identifier: o.email, name: full({ firstName: o.first, lastName: o.last }), email: o.email }, o.group);
  return records;
}

function directory(chosen: readonly Pick[]): HostRecord[] {
  const records: HostRecord[] = [];
  const add = (values: HostRecord['values'], group: string) =>
    records.push({ id: `dir-${String(records.length + 1).padStart(3, '0')}`, hrisId: null, values, group });
  for (const { person: p, kind } of chosen) {
    const name = { firstName: p.firstName, lastName: p.lastName };
    if (kind === 'name-only') add(name, 'Staff');
    else if (kind === 'written-differently') add({ firstName: `${[...p.firstName][0] ?? ''}.`, lastName: p.lastName }, 'Staff');
    else if (kind === 'shared-name') {
      add(name, 'Staff');
      add(name, 'Staff');
    } else {
      add({
        ...name,
        email: p.workEmail,
        jobTitle: kind === 'stale' ? 'Former title' : p.jobTitle,
        department: p.department.name,
      }, 'Staff');
    }
  }
  for (const o of OUTSIDERS.slice(1, 2)) add({ firstName: o.first, lastName: o.last, email: o.email }, 'Contractors');
  return records;
}

/** The starting records for both presets, from the population's first people. */
export function seedRecords(people: readonly MockPerson[]): DemoSeeds {
  const chosen = picks(people);
  return { stakeholder: stakeholders(chosen), directory: directory(chosen) };
}
