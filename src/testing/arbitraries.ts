/**
 * fast-check arbitraries for the planner's property tests. Values come from
 * small pools on purpose, so generated runs are full of the cases that
 * matter: shared emails, case and NFD/NFC variants, swapped names, leavers,
 * host records already linked, phones without a country code — and a
 * special-category value that must never reach a plan.
 */
import fc from 'fast-check';
import type { SyncConfigInput } from '../core/config.js';
import type { Condition } from '../core/filters.js';
import type { HostRecord } from '../core/host.js';
import type { EmployeeRecord } from '../core/model.js';
import { employee, hostRecord } from './records.js';

/** A value that only ever appears in a special-category field. */
export const SENSITIVE_MARKER = 'DE89370400440532013000';
export const TODAY = '2025-06-15';

const FIRST = ['Jane', 'José', 'Jose\u0301', 'Anna', 'Ömer', 'Li', ' Jane'] as const;
const LAST = ['Doe', 'Müller', 'Mu\u0308ller', 'Smith', 'DOE'] as const;
const EMAILS = ['jane@example.com', 'JANE@example.com', ' li@example.com', 'anna@example.com', 'omer@example.com', 'x@example.com', 'not-an-email', null] as const;
const NUMBERS = ['001', '002', '003', ' 004', null] as const;
const DEPARTMENTS = ['Sales', 'sales', 'Engineering', 'People', null] as const;
const PHONES = ['+49 151 23456789', '0151 23456789', '+1 415 555 2671', '0044 20 7946 0958', null] as const;
const DATES = ['2020-01-01', '2025-06-14', '2025-06-15', '2025-06-16', null] as const;
const STATUSES = ['active', 'onboarding', 'leave', 'inactive', 'unknown'] as const;

const pool = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** One employee with a given HRIS id; most have their own email and number, some share pooled ones. */
export const employeeArb = (hrisId: string): fc.Arbitrary<EmployeeRecord> =>
  fc.record({
    firstName: pool([...FIRST, null]),
    lastName: pool([...LAST, null]),
    workEmail: fc.oneof({ weight: 3, arbitrary: fc.constant(`${hrisId}@example.com`) }, { weight: 1, arbitrary: pool(EMAILS) }),
    personalEmail: fc.oneof(fc.constant(`${hrisId}.home@example.org`), pool(EMAILS)),
    employeeNumber: fc.oneof({ weight: 3, arbitrary: fc.constant(`N-${hrisId}`) }, { weight: 1, arbitrary: pool(NUMBERS) }),
    department: pool(DEPARTMENTS),
    mobilePhone: pool(PHONES),
    terminationDate: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: pool(DATES) }),
    startDate: pool(DATES),
    status: fc.oneof({ weight: 3, arbitrary: fc.constant('active' as const) }, { weight: 2, arbitrary: pool(STATUSES) }),
    pay: fc.option(fc.integer({ min: 1000, max: 9000 }), { nil: null }),
    managerIndex: fc.option(fc.nat(8), { nil: null }),
    title: pool(['Engineer', 'CTO', null]),
  }).map((g) => employee(hrisId, {
    firstName: g.firstName, lastName: g.lastName, workEmail: g.workEmail, personalEmail: g.personalEmail,
    employeeNumber: g.employeeNumber, department: g.department, mobilePhone: g.mobilePhone, terminationDate: g.terminationDate,
    startDate: g.startDate, status: g.status, jobTitle: g.title, managerId: g.managerIndex === null ? null : `e${g.managerIndex}`,
    payRate: g.pay === null ? null : { amount: g.pay, currency: 'EUR', period: 'month' },
    fields: { iban: SENSITIVE_MARKER, religion: `${SENSITIVE_MARKER}-faith`, office_floor: g.department === null ? null : '3' },
  }));

/** Up to `max` employees with distinct HRIS ids `e0`, `e1` … */
export const employeesArb = (max = 12): fc.Arbitrary<EmployeeRecord[]> =>
  fc.integer({ min: 0, max }).chain((n) => (n === 0 ? fc.constant([]) : fc.tuple(...Array.from({ length: n }, (_, i) => employeeArb(`e${i}`)))));

type Preset = 'stakeholder' | 'directory';

function hostValues(preset: Preset, first: string | null, last: string | null, identifier: string | null, swapped: boolean): Record<string, string | null> {
  if (preset === 'directory') return { firstName: swapped ? last : first, lastName: swapped ? first : last, email: identifier };
  const name = first && last ? (swapped ? `${last}, ${first}` : `${first} ${last}`) : (first ?? last);
  return { name, identifier };
}

/** A host record made up from the pools, unrelated to any employee. */
const strangerArb = (preset: Preset) => fc.record({
  hrisId: fc.option(fc.constantFrom('e0', 'e1', 'e2', 'e3', 'e9', 'gone'), { nil: null }),
  identifier: fc.option(pool<string>([...EMAILS, ...NUMBERS].filter((v): v is NonNullable<typeof v> => v !== null)), { nil: null }),
  first: pool(FIRST), last: pool(LAST), swapped: fc.boolean(),
}).map((h) => ({ hrisId: h.hrisId, values: hostValues(preset, h.first, h.last, h.identifier, h.swapped) }));

/** A host record derived from an employee: linked by HRIS id, by identifier, or by name (possibly swapped or NFD). */
const relativeArb = (preset: Preset, r: EmployeeRecord) => fc.record({
  link: fc.constantFrom('hrisId', 'workEmail', 'employeeNumber', 'name', 'nameNfd'),
  swapped: fc.boolean(),
  stale: fc.boolean(),
}).map((g) => {
  const first = g.link === 'nameNfd' ? r.firstName?.normalize('NFD') ?? null : r.firstName;
  const last = g.link === 'nameNfd' ? r.lastName?.normalize('NFD') ?? null : r.lastName;
  const identifier = g.link === 'workEmail' || g.link === 'hrisId' ? (g.stale ? 'old@example.com' : r.workEmail) : g.link === 'employeeNumber' ? r.employeeNumber : null;
  return { hrisId: g.link === 'hrisId' ? r.hrisId : null, values: hostValues(preset, first, last, identifier, g.swapped) };
});

export interface Scenario {
  readonly records: EmployeeRecord[];
  readonly hosts: HostRecord[];
}

/** Employees and host records that overlap them in every way the matcher distinguishes. */
export const scenarioArb = (preset: Preset, max = 12): fc.Arbitrary<Scenario> =>
  employeesArb(max).chain((records) => fc.array(
    records.length === 0 ? strangerArb(preset) : fc.oneof(strangerArb(preset), fc.constantFrom(...records).chain((r) => relativeArb(preset, r))),
    { maxLength: Math.max(4, records.length) },
  ).map((hosts) => ({ records, hosts: hosts.map((h, i) => hostRecord(`h${i}`, h.values, { hrisId: h.hrisId })) })));

const CONDITIONS: readonly Condition[] = [
  { field: 'status', operator: 'is_one_of', values: ['active', 'onboarding'] },
  { field: 'department', operator: 'is', values: ['Sales', 'Engineering'] },
  { field: 'department', operator: 'is_not', values: ['People'] },
  { field: 'startDate', operator: 'before', values: ['2025-06-15'] },
  { field: 'workEmail', operator: 'is_not_empty', values: [] },
  { field: 'fields.office_floor', operator: 'is', values: ['3'] },
];

/** A valid config for the preset, with a random identifier, rules, name format and leaver policy. */
export const configArb = (preset: Preset): fc.Arbitrary<SyncConfigInput> =>
  fc.record({
    identifier: preset === 'stakeholder' ? pool(['workEmail', 'employeeNumber', 'personalEmail'] as const) : pool(['workEmail', 'employeeNumber'] as const),
    conditions: fc.subarray([...CONDITIONS], { maxLength: 3 }).map((cs) => cs.map((c) => ({ ...c, values: [...c.values] }))),
    nameFormat: pool(['first-last', 'last-first'] as const),
    leavers: pool<SyncConfigInput['leavers']>([{ policy: 'skip' }, { policy: 'tag', tag: 'Leaver' }, { policy: 'group', group: 'Ex-employees' }]),
    phone: fc.boolean(),
  }).map((g): SyncConfigInput => ({
    target: preset, identifier: g.identifier, conditions: g.conditions, nameFormat: g.nameFormat, leavers: g.leavers,
    mappings: preset === 'stakeholder'
      ? [{ source: 'department', target: 'groupName' }, { source: 'terminationDate', target: 'terminationDate' }, { source: 'status', target: 'employmentStatus' },
        { source: 'payRate.amount', target: 'payRate' }, { source: 'manager.name', target: 'manager' }, ...(g.phone ? [{ source: 'mobilePhone', target: 'mobilePhone' }] : [])]
      : [{ source: 'jobTitle', target: 'jobTitle' }, { source: 'manager.workEmail', target: 'reportingTo' }, { source: 'employeeNumber', target: 'employeeId' }, { source: 'terminationDate', target: 'departureDate' }],
  }));
