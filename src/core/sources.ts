/**
 * Where mapped and filtered values come from: a canonical record path
 * (`workEmail`, `payRate.amount`, `manager.name`) or a catalog field of the
 * provider (`fields.<id>`, custom attributes included). This module lists the
 * sources a configuration may use and reads one from a record.
 *
 * Reading distinguishes "no value" (`null`) from "not there" (`undefined`: a
 * catalog field the record does not carry, i.e. not readable with this
 * credential) — filters need the difference, mapping treats both as empty.
 */
import { EMPLOYMENT_STATUSES, PAY_PERIODS, type EmployeeRecord, type FieldDef, type FieldType, type FieldValue, type Sensitivity } from './model.js';

export interface SourceField {
  /** `workEmail`, `payRate.amount`, `fields.dynamic_123` … */
  readonly path: string;
  readonly label: string;
  readonly type: FieldType;
  readonly sensitivity: Sensitivity;
  /** A provider catalog field (`fields.<id>`) rather than a canonical one. */
  readonly catalog: boolean;
  readonly custom: boolean;
  readonly options?: readonly string[];
}

const canonical = (path: string, label: string, type: FieldType, sensitivity: Sensitivity = 'standard', options?: readonly string[]): SourceField =>
  ({ path, label, type, sensitivity, catalog: false, custom: false, ...(options ? { options } : {}) });

/** Every canonical path a mapping or a condition may name. */
export const CANONICAL_SOURCES: readonly SourceField[] = [
  canonical('hrisId', 'HRIS ID', 'string'),
  canonical('employeeNumber', 'Employee number', 'string'),
  canonical('firstName', 'First name', 'string'),
  canonical('lastName', 'Last name', 'string'),
  canonical('preferredName', 'Preferred name', 'string'),
  canonical('workEmail', 'Work email', 'email'),
  canonical('personalEmail', 'Personal email', 'email', 'personal'),
  canonical('birthDate', 'Birth date', 'date', 'personal'),
  canonical('startDate', 'Start date', 'date'),
  canonical('terminationDate', 'Termination date', 'date'),
  canonical('status', 'Employment status', 'enum', 'standard', EMPLOYMENT_STATUSES),
  canonical('jobTitle', 'Job title', 'string'),
  canonical('department', 'Department', 'string'),
  canonical('team', 'Team', 'string'),
  canonical('office', 'Office', 'string'),
  canonical('managerId', 'Manager (HRIS ID)', 'reference'),
  canonical('manager.name', 'Manager', 'string'),
  canonical('manager.workEmail', 'Manager work email', 'email'),
  canonical('mobilePhone', 'Mobile phone', 'phone', 'personal'),
  canonical('payRate.amount', 'Pay rate', 'money', 'personal'),
  canonical('payRate.currency', 'Pay currency', 'string', 'personal'),
  canonical('payRate.period', 'Pay period', 'enum', 'personal', PAY_PERIODS),
  canonical('employmentType', 'Employment type', 'string'),
  canonical('gender', 'Gender', 'string', 'personal'),
  canonical('costCenter', 'Cost center', 'string'),
];

const CANONICAL_BY_PATH = new Map(CANONICAL_SOURCES.map((s) => [s.path, s]));

export const FIELDS_PREFIX = 'fields.';

/** The canonical sources plus the provider catalog as `fields.<id>` sources. */
export function sourceFields(catalog: readonly FieldDef[]): SourceField[] {
  return [
    ...CANONICAL_SOURCES,
    ...catalog.map((f) => ({
      path: FIELDS_PREFIX + f.id, label: f.label, type: f.type, sensitivity: f.sensitivity, catalog: true, custom: f.custom,
      ...(f.options ? { options: f.options } : {}),
    })),
  ];
}

/** Looks a source up by path: canonical, or `fields.<id>` in the catalog. */
export function findSource(path: string, catalog: readonly FieldDef[] | ReadonlyMap<string, FieldDef>): SourceField | undefined {
  const known = CANONICAL_BY_PATH.get(path);
  if (known) return known;
  if (!path.startsWith(FIELDS_PREFIX)) return undefined;
  const id = path.slice(FIELDS_PREFIX.length);
  const def = catalog instanceof Map ? catalog.get(id) : (catalog as readonly FieldDef[]).find((f) => f.id === id);
  return def ? sourceFields([def])[CANONICAL_SOURCES.length] : undefined;
}

export function isCanonicalPath(path: string): boolean {
  return CANONICAL_BY_PATH.has(path);
}

/** Reads a source value; `undefined` when a catalog field is absent from the record. */
export type SourceReader = (record: EmployeeRecord) => FieldValue | undefined;

/** Finds other records (the manager) by HRIS id. */
export type RecordLookup = (hrisId: string) => EmployeeRecord | undefined;

const hasOwn = Object.prototype.hasOwnProperty;

/** A reader for a path, or null when the path names no source. */
export function sourceReader(path: string, lookup: RecordLookup): SourceReader | null {
  if (path.startsWith(FIELDS_PREFIX)) {
    const id = path.slice(FIELDS_PREFIX.length);
    return (r) => (hasOwn.call(r.fields, id) ? r.fields[id] : undefined);
  }
  switch (path) {
    case 'manager.name':
      return (r) => {
        const m = r.managerId === null ? undefined : lookup(r.managerId);
        return m ? fullName(m, 'first-last') : null;
      };
    case 'manager.workEmail':
      return (r) => (r.managerId === null ? null : (lookup(r.managerId)?.workEmail ?? null));
    case 'payRate.amount':
      return (r) => r.payRate?.amount ?? null;
    case 'payRate.currency':
      return (r) => r.payRate?.currency ?? null;
    case 'payRate.period':
      return (r) => r.payRate?.period ?? null;
    default: {
      if (!CANONICAL_BY_PATH.has(path)) return null;
      const key = path as keyof EmployeeRecord;
      return (r) => r[key] as FieldValue;
    }
  }
}

export const NAME_FORMATS = ['first-last', 'last-first'] as const;
export type NameFormat = (typeof NAME_FORMATS)[number];

/** `Jane Doe` or `Doe, Jane`; one part alone when the other is missing; null when both are. */
export function fullName(record: Pick<EmployeeRecord, 'firstName' | 'lastName'>, format: NameFormat): string | null {
  const first = record.firstName?.trim() || null;
  const last = record.lastName?.trim() || null;
  if (first && last) return format === 'first-last' ? `${first} ${last}` : `${last}, ${first}`;
  return first ?? last;
}
