/**
 * The canonical model every provider normalizes into. Enumerations are `as
 * const` arrays so code, tests and docs share one list; each shape is a zod
 * schema so anything read back from storage or a host can be revalidated.
 */
import { z } from 'zod/mini';

export const PROVIDER_IDS = ['personio', 'bamboohr', 'hibob', 'humaans', 'lucca'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export const EMPLOYMENT_STATUSES = ['active', 'onboarding', 'leave', 'inactive', 'unknown'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** Field value types; they decide which filter operators and host fields fit. */
export const FIELD_TYPES = ['string', 'email', 'phone', 'date', 'number', 'money', 'enum', 'boolean', 'reference', 'url', 'list'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * `standard`: ordinary work data. `personal`: personal data that may be mapped
 * (birth date, private email, pay). `special`: GDPR art. 9/10 and the seeds'
 * list — dropped during normalization unless the host allows the field in code.
 */
export const SENSITIVITIES = ['standard', 'personal', 'special'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const fieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const issueSchema = z.object({
  code: z.string(),
  path: z.optional(z.array(z.union([z.string(), z.number()]))),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
});

/** One entry of a provider's field catalog: standard or discovered from data. */
export const fieldDefSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string(),
  type: z.enum(FIELD_TYPES),
  /** Vendor endpoint the value comes from, e.g. `GET /v1/company/employees`. */
  endpoint: z.string(),
  sensitivity: z.enum(SENSITIVITIES),
  custom: z._default(z.boolean(), false),
  /** Known values for enum-like fields (Personio `options`, HiBob lists). */
  options: z.optional(z.array(z.string())),
});
export type FieldDef = z.infer<typeof fieldDefSchema>;

export const payRateSchema = z.object({
  amount: z.number(),
  currency: z.nullable(z.string()),
  period: z.nullable(z.enum(PAY_PERIODS)),
});
export type PayRate = z.infer<typeof payRateSchema>;

/** ISO calendar date `YYYY-MM-DD` (no time, no offset). */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * The canonical record as a plain zod object: what a record means. It explains
 * every record `employeeRecordSchema` refuses, and tests hold that schema's
 * fast check to it.
 */
export const employeeRecordReferenceSchema = z.object({
  provider: z.enum(PROVIDER_IDS),
  /** The vendor's own id, as a string. */
  hrisId: z.string().check(z.minLength(1)),
  employeeNumber: z.nullable(z.string()),
  firstName: z.nullable(z.string()),
  lastName: z.nullable(z.string()),
  preferredName: z.nullable(z.string()),
  workEmail: z.nullable(z.string()),
  personalEmail: z.nullable(z.string()),
  birthDate: z.nullable(isoDateSchema),
  startDate: z.nullable(isoDateSchema),
  terminationDate: z.nullable(isoDateSchema),
  status: z.enum(EMPLOYMENT_STATUSES),
  jobTitle: z.nullable(z.string()),
  department: z.nullable(z.string()),
  team: z.nullable(z.string()),
  office: z.nullable(z.string()),
  /** `hrisId` of the manager, when the vendor gives one. */
  managerId: z.nullable(z.string()),
  mobilePhone: z.nullable(z.string()),
  payRate: z.nullable(payRateSchema),
  employmentType: z.nullable(z.string()),
  gender: z.nullable(z.string()),
  costCenter: z.nullable(z.string()),
  /** Every readable catalog field's value by catalog field id (custom attributes included). */
  fields: z.record(z.string(), fieldValueSchema),
  /** Non-fatal findings about this record, e.g. `status_unknown`. */
  issues: z.array(issueSchema),
});
export type EmployeeRecord = z.infer<typeof employeeRecordReferenceSchema>;

/** The record's keys in the schema's order (the order zod's output has). */
export const EMPLOYEE_RECORD_KEYS = Object.freeze(Object.keys(employeeRecordReferenceSchema.shape)) as readonly (keyof EmployeeRecord)[];

/**
 * An `EmployeeRecord`, with exactly the meaning of
 * `employeeRecordReferenceSchema`. A record that is already what zod would
 * return (a plain object with the schema's keys in its order, every value
 * valid, nothing to strip) passes one hand-written check and comes back
 * itself, uncopied; anything else (a refusal, extra keys zod strips, another
 * key order, a class instance) goes through the zod object, so the output and
 * the issues are that schema's own. Normalization validates every record and
 * a cached snapshot revalidates 100,000 on read: the zod object checks each of
 * 25 keys and about 35 field values through a schema and copies the record.
 */
export const employeeRecordSchema = z.pipe(z.unknown(), z.transform((input: unknown, ctx): EmployeeRecord => {
  if (isRecordAsParsed(input)) return input;
  const parsed = employeeRecordReferenceSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const problem of parsed.error.issues) ctx.issues.push({ ...problem, input: undefined });
  return z.NEVER;
}));

/** A raw item that could not become a record; kept so the admin can see why. */
export const quarantinedSchema = z.object({
  hrisId: z.nullable(z.string()),
  /** Position in the resource it came from. */
  index: z.int(),
  resource: z.string(),
  reason: issueSchema,
});
export type Quarantined = z.infer<typeof quarantinedSchema>;

// ——— the fast check: true only where zod would accept the value and return an equal copy ———

const PROVIDER_SET: ReadonlySet<unknown> = new Set(PROVIDER_IDS);
const STATUS_SET: ReadonlySet<unknown> = new Set(EMPLOYMENT_STATUSES);
const PERIOD_SET: ReadonlySet<unknown> = new Set(PAY_PERIODS);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAY_KEYS = ['amount', 'currency', 'period'] as const;
const hasOwn = Object.prototype.hasOwnProperty;
// In a `for…in` loop, `Object.prototype.hasOwnProperty.call(object, key)` is written out: the optimizing compiler
// then knows the function and answers from the object's shape, where a call through a variable stays a call (about
// ten times slower over a record's fields).

/** An object literal's kind of object: zod's output objects have `Object.prototype`; anything else is left to zod. */
function isLiteralObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Whether the object's enumerable keys are exactly `keys`, in that order (no extra key for zod to strip). */
function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in value) {
    if (key !== keys[i]) return false;
    i += 1;
  }
  return i === keys.length;
}

function isNullableString(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

/** A string-keyed record of values `isValue` accepts, that `z.record` would copy as it is (no `__proto__` key, no symbols). */
function isPlainDictionary(value: unknown, isValue: (v: unknown) => boolean): boolean {
  if (!isLiteralObject(value)) return false;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key) || key === '__proto__' || !isValue(value[key])) return false;
  }
  return Object.getOwnPropertySymbols(value).length === 0;
}

function isParamValue(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function isPathSegment(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function isArrayOf(value: unknown, isItem: (v: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i += 1) if (!isItem(value[i])) return false;
  return true;
}

const ISSUE_KEYS = ['code', 'path', 'params'];

/** `issueSchema`'s output: `code`, then `path` and `params` when present (not undefined), in that order, nothing else. */
function isIssueAsParsed(value: unknown): boolean {
  if (!isLiteralObject(value) || typeof value['code'] !== 'string') return false;
  let next = 0;
  for (const key in value) {
    const position = ISSUE_KEYS.indexOf(key);
    if (position < next) return false;
    next = position + 1;
  }
  if (hasOwn.call(value, 'path') && !isArrayOf(value['path'], isPathSegment)) return false;
  return !hasOwn.call(value, 'params') || isPlainDictionary(value['params'], isParamValue);
}

function isPayRateAsParsed(value: unknown): boolean {
  if (value === null) return true;
  if (!isLiteralObject(value) || !hasExactKeys(value, PAY_KEYS)) return false;
  const amount = value['amount'];
  const period = value['period'];
  return typeof amount === 'number' && Number.isFinite(amount) && isNullableString(value['currency']) && (period === null || PERIOD_SET.has(period));
}

/** What `fieldValueSchema` accepts: a string, a finite number, a boolean, null, or an array of strings. */
function isFieldValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      return value === null || isArrayOf(value, isString);
    default:
      return false;
  }
}

const isString = (value: unknown): boolean => typeof value === 'string';
const isNullableIsoDate = (value: unknown): boolean => value === null || (typeof value === 'string' && ISO_DATE.test(value));

/**
 * `fields` as `z.record(z.string(), fieldValueSchema)` returns it: `isPlainDictionary(value, isFieldValue)` with the
 * value check inlined (about 35 values per record; a string or null is the common case).
 */
function isFieldsAsParsed(value: unknown): boolean {
  if (!isLiteralObject(value)) return false;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key) || key === '__proto__') return false;
    const entry = value[key];
    if (entry !== null && typeof entry !== 'string' && !isFieldValue(entry)) return false;
  }
  return Object.getOwnPropertySymbols(value).length === 0;
}

/** True only when `employeeRecordReferenceSchema` accepts the value and its output would equal the value itself. */
function isRecordAsParsed(value: unknown): value is EmployeeRecord {
  if (!isLiteralObject(value) || !hasExactKeys(value, EMPLOYEE_RECORD_KEYS)) return false;
  // Each key read by name: one shape, so each read is a fast load.
  const record = value as Partial<Record<keyof EmployeeRecord, unknown>>;
  if (!(isNullableString(record.employeeNumber) && isNullableString(record.firstName) && isNullableString(record.lastName)
    && isNullableString(record.preferredName) && isNullableString(record.workEmail) && isNullableString(record.personalEmail)
    && isNullableString(record.jobTitle) && isNullableString(record.department) && isNullableString(record.team)
    && isNullableString(record.office) && isNullableString(record.managerId) && isNullableString(record.mobilePhone)
    && isNullableString(record.employmentType) && isNullableString(record.gender) && isNullableString(record.costCenter))) return false;
  const hrisId = record.hrisId;
  return PROVIDER_SET.has(record.provider) && typeof hrisId === 'string' && hrisId.length > 0 && STATUS_SET.has(record.status)
    && isNullableIsoDate(record.birthDate) && isNullableIsoDate(record.startDate) && isNullableIsoDate(record.terminationDate)
    && isPayRateAsParsed(record.payRate) && isFieldsAsParsed(record.fields) && isArrayOf(record.issues, isIssueAsParsed);
}
