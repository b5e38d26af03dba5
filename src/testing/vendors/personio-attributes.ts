/**
 * How Personio v1 renders a person: every attribute in a wrapper
 * `{label, value, type, universal_id}` — some without `type`/`universal_id`,
 * as older tenants send them — nested supervisor/office/department/team/
 * cost_centers objects, salaries with `currency`, and `dynamic_<id>` custom
 * attributes (employee number, private email, mobile, a birthday with
 * `universal_id: date_of_birth`, an IBAN and a "Konfession").
 */
import { isSummer } from '../dates.js';
import type { MockPerson, Population } from '../generator.js';

export const PERSONIO_ID_BASE = 1_132_000;

export function personioId(index: number): number {
  return PERSONIO_ID_BASE + index;
}

type Value = string | number | null | Record<string, unknown> | Record<string, unknown>[];

interface AttributeDef {
  readonly key: string;
  readonly label: string;
  readonly type: 'standard' | 'date' | 'integer' | 'decimal' | 'list' | 'link' | 'tags' | 'multiline';
  readonly universalId: string | null;
  /** Rendered as `{label, value}` only, like older tenants. */
  readonly bare?: boolean;
  readonly currency?: boolean;
  readonly options?: readonly string[];
  value(person: MockPerson, population: Population): Value;
}

/** Date attributes carry the office's offset: `2014-11-09T00:00:00+01:00`. */
function dateTime(date: string | null, person: MockPerson): string | null {
  return date === null ? null : `${date}T00:00:00${person.office.offsets[isSummer(date) ? 1 : 0]}`;
}

function named(type: string, ref: { id: number; name: string }): Record<string, unknown> {
  return { type, attributes: { id: ref.id, name: ref.name } };
}

const INTERVALS = { month: 'monthly', year: 'yearly', hour: null } as const;

export const PERSONIO_ATTRIBUTES: readonly AttributeDef[] = [
  { key: 'id', label: 'ID', type: 'integer', universalId: 'id', value: (p) => personioId(p.index) },
  { key: 'first_name', label: 'First name', type: 'standard', universalId: 'first_name', value: (p) => p.firstName },
  { key: 'last_name', label: 'Last name', type: 'standard', universalId: 'last_name', value: (p) => p.lastName },
  { key: 'preferred_name', label: 'Name (preferred)', type: 'standard', universalId: 'preferred_name', bare: true, value: (p) => p.preferredName },
  { key: 'email', label: 'Email', type: 'standard', universalId: 'email', value: (p) => p.workEmail },
  { key: 'gender', label: 'Gender', type: 'standard', universalId: 'gender', bare: true, value: (p) => p.gender },
  { key: 'status', label: 'Status', type: 'standard', universalId: 'status', value: (p) => p.status },
  { key: 'position', label: 'Position', type: 'standard', universalId: 'position', value: (p) => p.jobTitle },
  {
    key: 'supervisor', label: 'Supervisor', type: 'standard', universalId: 'supervisor',
    value: (p, pop) => {
      if (p.managerIndex === null) return null;
      const m = pop.people[p.managerIndex]!;
      return {
        type: 'Employee',
        attributes: {
          id: { label: 'ID', value: personioId(m.index), type: 'integer', universal_id: 'id' },
          first_name: { label: 'First name', value: m.firstName, type: 'standard', universal_id: 'first_name' },
          last_name: { label: 'Last name', value: m.lastName, type: 'standard', universal_id: 'last_name' },
          email: { label: 'Email', value: m.workEmail, type: 'standard', universal_id: 'email' },
        },
      };
    },
  },
  { key: 'employment_type', label: 'Employment type', type: 'standard', universalId: 'employment_type', value: (p) => p.employmentType },
  { key: 'weekly_working_hours', label: 'Weekly hours', type: 'standard', universalId: 'weekly_working_hours', bare: true, value: (p) => String(p.weeklyHours) },
  { key: 'hire_date', label: 'Hire date', type: 'date', universalId: 'hire_date', value: (p) => dateTime(p.startDate, p) },
  { key: 'contract_end_date', label: 'Contract ends', type: 'date', universalId: 'contract_end_date', value: () => null },
  { key: 'termination_date', label: 'Termination date', type: 'date', universalId: 'termination_date', value: (p) => dateTime(p.terminationDate, p) },
  {
    key: 'termination_type', label: 'Termination type', type: 'standard', universalId: 'termination_type',
    value: (p) => (p.terminationReason === null ? null : p.terminationReason === 'Resignation' ? 'employee' : 'employer'),
  },
  { key: 'termination_reason', label: 'Termination reason', type: 'standard', universalId: 'termination_reason', value: (p) => p.terminationReason },
  { key: 'probation_period_end', label: 'Probation period end', type: 'date', universalId: 'probation_period_end', value: () => null },
  { key: 'created_at', label: 'created_at', type: 'date', universalId: 'created_at', value: (p) => dateTime(p.startDate < p.updatedAt ? p.startDate : p.updatedAt.slice(0, 10), p) },
  { key: 'last_modified_at', label: 'Last modified', type: 'date', universalId: 'last_modified_at', value: (p) => `${p.updatedAt.slice(0, 19)}+00:00` },
  { key: 'subcompany', label: 'Subcompany', type: 'standard', universalId: 'subcompany', value: (p) => named('Subcompany', p.office.legalEntity) },
  { key: 'office', label: 'Office', type: 'standard', universalId: 'office', value: (p) => named('Office', p.office) },
  { key: 'department', label: 'Department', type: 'standard', universalId: 'department', value: (p) => named('Department', p.department) },
  { key: 'team', label: 'Team', type: 'standard', universalId: 'team', value: (p) => named('Team', p.team) },
  {
    key: 'cost_centers', label: 'Cost center', type: 'standard', universalId: 'cost_centers',
    value: (p) => [{ type: 'CostCenter', attributes: { id: p.department.costCenter.id, name: p.department.costCenter.name, percentage: 100 } }],
  },
  { key: 'fix_salary', label: 'Fix salary', type: 'decimal', universalId: 'fix_salary', currency: true, value: (p) => (p.pay.period === 'hour' ? 0 : p.pay.amount) },
  { key: 'fix_salary_interval', label: 'Salary interval', type: 'standard', universalId: 'fix_salary_interval', value: (p) => INTERVALS[p.pay.period] },
  { key: 'hourly_salary', label: 'Hourly salary', type: 'decimal', universalId: 'hourly_salary', currency: true, value: (p) => (p.pay.period === 'hour' ? p.pay.amount : 0) },
  { key: 'last_working_day', label: 'Last day of work', type: 'date', universalId: 'last_working_day', value: (p) => dateTime(p.terminationDate, p) },
  { key: 'profile_picture', label: 'Profile Picture', type: 'standard', universalId: 'profile_picture', value: (p) => `https://api.personio.de/v1/company/employees/${personioId(p.index)}/profile-picture` },
  { key: 'dynamic_1001', label: 'Employee number', type: 'standard', universalId: null, value: (p) => p.employeeNumber },
  { key: 'dynamic_1002', label: 'Private email', type: 'standard', universalId: null, value: (p) => p.personalEmail },
  { key: 'dynamic_1003', label: 'Mobile phone', type: 'standard', universalId: null, bare: true, value: (p) => p.mobilePhone },
  { key: 'dynamic_180883', label: 'Birthday', type: 'date', universalId: 'date_of_birth', value: (p) => p.birthDate },
  { key: 'dynamic_21827', label: 'IBAN', type: 'standard', universalId: 'iban', value: (p) => p.iban },
  { key: 'dynamic_24410', label: 'Konfession', type: 'list', universalId: null, options: ['römisch-katholisch', 'evangelisch', 'keine', 'muslimisch', 'jüdisch', 'orthodox'], value: (p) => p.religion },
  { key: 'dynamic_33400', label: 'T-shirt size', type: 'list', universalId: null, bare: true, options: ['XS', 'S', 'M', 'L', 'XL', 'XXL'], value: (p) => p.shirtSize },
];

/** Attributes the limited demo credential may not read. */
export const PERSONIO_LIMITED_HIDDEN: readonly string[] = [
  'fix_salary', 'fix_salary_interval', 'hourly_salary', 'dynamic_1002', 'dynamic_1003', 'dynamic_180883', 'dynamic_21827', 'dynamic_24410',
];

/** One employee as `{type: 'Employee', attributes}`, with only the readable (and projected) attributes. */
export function renderEmployee(person: MockPerson, population: Population, readable: readonly AttributeDef[]): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const def of readable) {
    const value = def.value(person, population);
    const wrapper: Record<string, unknown> = def.bare
      ? { label: def.label, value }
      : { label: def.label, value, type: def.type, universal_id: def.universalId };
    if (def.currency) wrapper['currency'] = person.pay.currency;
    attributes[def.key] = wrapper;
  }
  return { type: 'Employee', attributes };
}

/** The `GET /company/employees/attributes` entry of a definition. */
export function describeAttribute(def: AttributeDef): Record<string, unknown> {
  return { key: def.key, label: def.label, type: def.type, universal_id: def.universalId, options: [...(def.options ?? [])] };
}

export type { AttributeDef };
