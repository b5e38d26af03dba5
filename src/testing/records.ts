/**
 * Small factories for canonical records and host records, for tests and
 * examples that need a handful of exact people rather than a population.
 */
import type { HostRecord } from '../core/host.js';
import type { EmployeeRecord, FieldValue } from '../core/model.js';

const BLANK: Omit<EmployeeRecord, 'hrisId'> = {
  provider: 'personio', employeeNumber: null, firstName: null, lastName: null, preferredName: null, workEmail: null,
  personalEmail: null, birthDate: null, startDate: null, terminationDate: null, status: 'active', jobTitle: null,
  department: null, team: null, office: null, managerId: null, mobilePhone: null, payRate: null, employmentType: null,
  gender: null, costCenter: null, fields: {}, issues: [],
};

/** A canonical record: every field empty unless given; status active. */
export function employee(hrisId: string, overrides: Partial<Omit<EmployeeRecord, 'hrisId'>> = {}): EmployeeRecord {
  return { ...BLANK, ...overrides, hrisId, fields: { ...(overrides.fields ?? {}) }, issues: [...(overrides.issues ?? [])] };
}

/** "Jane Doe", jane.doe@example.com, hrisId as given — the common case in one call. */
export function person(hrisId: string, first: string, last: string, overrides: Partial<Omit<EmployeeRecord, 'hrisId'>> = {}): EmployeeRecord {
  const email = `${first}.${last}@example.com`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9.@]/g, '');
  return employee(hrisId, { firstName: first, lastName: last, workEmail: email, ...overrides });
}

/** A host record; no HRIS id unless given. */
export function hostRecord(id: string, values: Record<string, FieldValue>, extra: Partial<Omit<HostRecord, 'id' | 'values'>> = {}): HostRecord {
  return { id, hrisId: null, values: { ...values }, ...extra };
}
