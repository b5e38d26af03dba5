/**
 * A HiBob profile as `POST /v1/people/search` returns it: root fields at the
 * top (`id`, `email`, `firstName`, `surname`…), nested `personal`, `home`,
 * `work`, `internal`, `payroll` objects, custom fields under
 * `<category>.custom.field_<epoch ms>`. In machine format list-backed fields
 * (department, site, contract, custom lists) hold list item ids; human-readable
 * format holds names. `lifecycleStatus` comes in varying case.
 */
import type { MockPerson, Population } from '../generator.js';
import { DEPARTMENTS, OFFICES, RELIGIONS, SHIRT_SIZES } from '../org.js';

export const HIBOB_ID_PREFIX = '2378379';
export const COMPANY_ID = 200519;
export const SHIRT_FIELD = 'field_1698036945383';
export const RELIGION_FIELD = 'field_1700000000001';
export const IBAN_FIELD = 'field_1700000000002';

export function hibobId(index: number): string {
  return `${HIBOB_ID_PREFIX}${String(index).padStart(12, '0')}`;
}

export type Mode = 'machine' | 'human';

/** Named lists: item ids are what machine format carries. */
export const NAMED_LISTS: Readonly<Record<string, readonly { id: string; name: string }[]>> = {
  department: DEPARTMENTS.map((d) => ({ id: String(209_000_000 + d.id), name: d.name })),
  site: OFFICES.map((o) => ({ id: String(o.id), name: o.name })),
  contract: ['Full time', 'Part time', 'Contractor'].map((name, i) => ({ id: String(301 + i), name })),
  [SHIRT_FIELD]: SHIRT_SIZES.map((name, i) => ({ id: String(401 + i), name })),
  [RELIGION_FIELD]: RELIGIONS.map((name, i) => ({ id: String(501 + i), name })),
};

function listValue(list: string, name: string | null, mode: Mode): string | null {
  if (name === null || mode === 'human') return name;
  return NAMED_LISTS[list]?.find((i) => i.name === name)?.id ?? name;
}

const LIFECYCLE = { active: 'employed', onboarding: 'hired', leave: 'leave', inactive: 'terminated' } as const;
const PAY_PERIOD = { hour: 'Hourly', month: 'Monthly', year: 'Annual' } as const;
const GENDER = { female: 'Female', male: 'Male', diverse: 'Non-binary' } as const;
const CONTRACT = { 'Full-time': 'Full time', 'Part-time': 'Part time', Contractor: 'Contractor' } as const;

function lifecycle(p: MockPerson, mode: Mode): string {
  const value = LIFECYCLE[p.status];
  return mode === 'human' || p.index % 4 === 1 ? value[0]!.toUpperCase() + value.slice(1) : p.index % 9 === 5 ? value.toUpperCase() : value;
}

/** Categories the limited demo service user has no permission for. */
export const HIBOB_LIMITED_HIDDEN: readonly string[] = ['personal', 'home', 'payroll'];

export function hibobProfile(p: MockPerson, pop: Population, mode: Mode, hidden: ReadonlySet<string>): Record<string, unknown> {
  const manager = p.managerIndex === null ? null : pop.people[p.managerIndex]!;
  const display = `${p.preferredName ?? p.firstName} ${p.lastName}`;
  const profile: Record<string, unknown> = {
    id: hibobId(p.index),
    companyId: COMPANY_ID,
    firstName: p.firstName,
    surname: p.lastName,
    displayName: display,
    fullName: `${p.firstName} ${p.lastName}`,
    email: p.workEmail,
    creationDate: p.updatedAt.slice(0, 10) < p.startDate ? p.updatedAt.slice(0, 10) : p.startDate,
    avatarUrl: `https://cdn.hibob.example/avatars/${hibobId(p.index)}.png`,
    personal: {
      birthDate: p.birthDate,
      shortBirthDate: p.birthDate.slice(5),
      pronouns: null,
      custom: { [RELIGION_FIELD]: listValue(RELIGION_FIELD, p.religion, mode) },
    },
    home: { privateEmail: p.personalEmail, mobilePhone: p.mobilePhone, legalGender: GENDER[p.gender] },
    work: {
      title: p.jobTitle,
      department: listValue('department', p.department.name, mode),
      site: listValue('site', p.office.name, mode),
      siteId: p.office.id,
      startDate: p.startDate,
      shortStartDate: p.startDate.slice(5),
      employeeIdInCompany: Number(p.employeeNumber),
      manager: manager && hibobId(manager.index),
      reportsTo: manager && { id: hibobId(manager.index), email: manager.workEmail, firstName: manager.firstName, surname: manager.lastName, displayName: `${manager.preferredName ?? manager.firstName} ${manager.lastName}` },
      custom: { [SHIRT_FIELD]: listValue(SHIRT_FIELD, p.shirtSize, mode) },
    },
    internal: {
      status: p.status === 'inactive' ? 'Inactive' : 'Active',
      lifecycleStatus: lifecycle(p, mode),
      terminationDate: p.terminationDate,
      terminationReason: p.terminationReason,
      probationEndDate: null,
    },
    payroll: {
      employment: { contract: listValue('contract', CONTRACT[p.contract], mode), type: p.employmentType === 'external' ? 'External' : 'Permanent', weeklyHours: p.weeklyHours },
      salary: { payment: { currency: p.pay.currency, value: p.pay.amount }, payPeriod: PAY_PERIOD[p.pay.period] },
      custom: { [IBAN_FIELD]: p.iban },
    },
  };
  for (const category of hidden) delete profile[category];
  return profile;
}

/** `GET /v1/company/people/fields`: what the field ids mean. */
export const HIBOB_FIELDS: readonly { id: string; name: string; category: string; type: string }[] = [
  { id: 'root.id', name: 'Id', category: 'root', type: 'text' },
  { id: 'root.email', name: 'Email', category: 'root', type: 'text' },
  { id: 'root.firstName', name: 'First name', category: 'root', type: 'text' },
  { id: 'root.surname', name: 'Last name', category: 'root', type: 'text' },
  { id: 'root.displayName', name: 'Display name', category: 'root', type: 'text' },
  { id: 'personal.birthDate', name: 'Date of birth', category: 'personal', type: 'date' },
  { id: `personal.custom.${RELIGION_FIELD}`, name: 'Religion', category: 'personal', type: 'list' },
  { id: 'home.privateEmail', name: 'Personal email', category: 'home', type: 'text' },
  { id: 'home.mobilePhone', name: 'Personal mobile', category: 'home', type: 'text' },
  { id: 'home.legalGender', name: 'Legal gender', category: 'home', type: 'list' },
  { id: 'work.title', name: 'Job title', category: 'work', type: 'list' },
  { id: 'work.department', name: 'Department', category: 'work', type: 'list' },
  { id: 'work.site', name: 'Site', category: 'work', type: 'list' },
  { id: 'work.startDate', name: 'Start date', category: 'work', type: 'date' },
  { id: 'work.employeeIdInCompany', name: 'Employee ID', category: 'work', type: 'number' },
  { id: 'work.reportsTo', name: 'Reports to', category: 'work', type: 'employee-reference' },
  { id: `work.custom.${SHIRT_FIELD}`, name: 'T-shirt size', category: 'work', type: 'list' },
  { id: 'internal.status', name: 'Status', category: 'internal', type: 'list' },
  { id: 'internal.lifecycleStatus', name: 'Lifecycle status', category: 'internal', type: 'list' },
  { id: 'internal.terminationDate', name: 'Termination date', category: 'internal', type: 'date' },
  { id: 'payroll.employment.contract', name: 'Contract type', category: 'payroll', type: 'list' },
  { id: 'payroll.salary.payment', name: 'Base salary', category: 'payroll', type: 'currency' },
  { id: 'payroll.salary.payPeriod', name: 'Salary pay period', category: 'payroll', type: 'list' },
  { id: `payroll.custom.${IBAN_FIELD}`, name: 'IBAN', category: 'payroll', type: 'text' },
];
