/**
 * BambooHR field catalog as the mock renders it: camelCase names, every value
 * a string (or null), `0000-00-00` for an empty date, `payRate` with its
 * currency suffix, supervisor as `Last, First` plus `supervisorEId`.
 */
import type { MockPerson, Population } from '../generator.js';

export const BAMBOO_ID_BASE = 100;

export function bambooId(index: number): string {
  return String(BAMBOO_ID_BASE + index);
}

export interface BambooField {
  readonly name: string;
  /** Numeric field id in `/meta/fields`. */
  readonly id: number;
  readonly label: string;
  readonly type: 'text' | 'email' | 'phone' | 'date' | 'list' | 'currency' | 'employee' | 'status' | 'int';
  value(person: MockPerson, population: Population): string | null;
}

const PERIOD = { hour: 'Hour', month: 'Month', year: 'Year' } as const;
const GENDER = { female: 'Female', male: 'Male', diverse: 'Nonbinary' } as const;

function historyStatus(p: MockPerson): string {
  if (p.status === 'inactive') return 'Terminated';
  if (p.status === 'leave') return 'Leave of Absence';
  return p.contract === 'Contractor' ? 'Contractor' : p.contract === 'Part-time' ? 'Part-Time' : 'Full-Time';
}

function manager(p: MockPerson, pop: Population): MockPerson | null {
  return p.managerIndex === null ? null : pop.people[p.managerIndex]!;
}

export const BAMBOO_FIELDS: readonly BambooField[] = [
  { name: 'id', id: 1, label: 'Employee Id', type: 'int', value: (p) => bambooId(p.index) },
  { name: 'employeeNumber', id: 17, label: 'Employee #', type: 'text', value: (p) => p.employeeNumber },
  { name: 'firstName', id: 3, label: 'First Name', type: 'text', value: (p) => p.firstName },
  { name: 'lastName', id: 2, label: 'Last Name', type: 'text', value: (p) => p.lastName },
  { name: 'preferredName', id: 1280, label: 'Preferred Name', type: 'text', value: (p) => p.preferredName },
  { name: 'displayName', id: 4, label: 'Display Name', type: 'text', value: (p) => `${p.preferredName ?? p.firstName} ${p.lastName}` },
  { name: 'workEmail', id: 15, label: 'Work Email', type: 'email', value: (p) => p.workEmail },
  { name: 'homeEmail', id: 16, label: 'Home Email', type: 'email', value: (p) => p.personalEmail },
  { name: 'mobilePhone', id: 13, label: 'Mobile Phone', type: 'phone', value: (p) => p.mobilePhone },
  { name: 'dateOfBirth', id: 7, label: 'Birth Date', type: 'date', value: (p) => p.birthDate },
  { name: 'gender', id: 8, label: 'Gender', type: 'list', value: (p) => GENDER[p.gender] },
  { name: 'hireDate', id: 9, label: 'Hire Date', type: 'date', value: (p) => p.startDate },
  { name: 'originalHireDate', id: 10, label: 'Original Hire Date', type: 'date', value: (p) => p.startDate },
  { name: 'terminationDate', id: 12, label: 'Termination Date', type: 'date', value: (p) => p.terminationDate ?? '0000-00-00' },
  { name: 'status', id: 11, label: 'Status', type: 'status', value: (p) => (p.status === 'inactive' ? 'Inactive' : 'Active') },
  { name: 'employmentHistoryStatus', id: 1360, label: 'Employment Status', type: 'list', value: historyStatus },
  { name: 'jobTitle', id: 14, label: 'Job Title', type: 'list', value: (p) => p.jobTitle },
  { name: 'department', id: 18, label: 'Department', type: 'list', value: (p) => p.department.name },
  { name: 'division', id: 19, label: 'Division', type: 'list', value: (p) => p.office.legalEntity.name },
  { name: 'location', id: 20, label: 'Location', type: 'list', value: (p) => p.office.name },
  { name: 'supervisor', id: 21, label: 'Reporting to', type: 'employee', value: (p, pop) => { const m = manager(p, pop); return m && `${m.lastName}, ${m.firstName}`; } },
  { name: 'supervisorEId', id: 4085, label: 'Supervisor Employee Id', type: 'int', value: (p, pop) => { const m = manager(p, pop); return m && bambooId(m.index); } },
  { name: 'supervisorId', id: 4086, label: 'Supervisor Employee #', type: 'text', value: (p, pop) => manager(p, pop)?.employeeNumber ?? null },
  { name: 'supervisorEmail', id: 4087, label: 'Supervisor Email', type: 'email', value: (p, pop) => manager(p, pop)?.workEmail ?? null },
  { name: 'payRate', id: 19001, label: 'Pay rate', type: 'currency', value: (p) => `${p.pay.amount.toFixed(2)} ${p.pay.currency}` },
  { name: 'payType', id: 156, label: 'Pay type', type: 'list', value: (p) => (p.pay.period === 'hour' ? 'Hourly' : 'Salary') },
  { name: 'payPer', id: 4383, label: 'Pay per', type: 'list', value: (p) => PERIOD[p.pay.period] },
  { name: 'lastChanged', id: 4033, label: 'Last changed', type: 'date', value: (p) => `${p.updatedAt.slice(0, 19)}+00:00` },
  { name: 'customShirtSize', id: 4401, label: 'Shirt size', type: 'list', value: (p) => p.shirtSize },
  { name: 'customIBAN', id: 4402, label: 'IBAN', type: 'text', value: (p) => p.iban },
  { name: 'customReligion', id: 4403, label: 'Religion', type: 'list', value: (p) => p.religion },
];

export const BAMBOO_FIELD_BY_NAME: ReadonlyMap<string, BambooField> = new Map(BAMBOO_FIELDS.map((f) => [f.name, f]));

/** Fields the limited demo key's user may not see. */
export const BAMBOO_LIMITED_HIDDEN: readonly string[] = [
  'homeEmail', 'mobilePhone', 'dateOfBirth', 'payRate', 'payType', 'payPer', 'customIBAN', 'customReligion',
];

/** The directory's fixed field set. */
export const DIRECTORY_FIELDS: readonly string[] = ['displayName', 'firstName', 'lastName', 'preferredName', 'jobTitle', 'mobilePhone', 'workEmail', 'department', 'location', 'division'];
