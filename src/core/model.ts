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

/** `z.record(z.string(), fieldValueSchema)`: the reference for `fieldsSchema`, and what explains a value it refuses. */
const fieldsRecordSchema = z.record(z.string(), fieldValueSchema);

/** What `fieldValueSchema` accepts: a string, a finite number, a boolean, null, or an array of strings. */
function isFieldValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (!Array.isArray(value)) return false;
      for (let i = 0; i < value.length; i += 1) if (typeof value[i] !== 'string') return false;
      return true;
    }
    default:
      return false;
  }
}

/** zod's notion of a plain object (what `z.record` accepts): no class instances, arrays or functions. */
function isPlainRecord(value: unknown): value is Record<PropertyKey, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ctor: unknown = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = (ctor as { prototype?: unknown }).prototype;
  return typeof proto === 'object' && proto !== null && Object.hasOwn(proto, 'isPrototypeOf');
}

/**
 * The record's `fields`, with exactly the meaning of `fieldsRecordSchema`: a
 * plain object whose own enumerable keys are strings and whose values are
 * field values; an own `__proto__` key is left out of the result. Checked in
 * one loop instead of a schema run per key and value, which was most of the
 * cost of revalidating a record (a cached snapshot revalidates 100,000); a
 * value it refuses is explained by the zod record itself, so the issues (codes
 * and paths) are the ones that schema gives.
 */
const fieldsSchema = z.pipe(z.unknown(), z.transform((input: unknown, ctx): Record<string, FieldValue> => {
  if (isPlainRecord(input)) {
    let valid = true;
    let proto = false;
    for (const key of Reflect.ownKeys(input)) {
      if (key === '__proto__') { proto = true; continue; }
      if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      if (typeof key !== 'string' || !isFieldValue(input[key])) { valid = false; break; }
    }
    if (valid) {
      if (!proto) return input as Record<string, FieldValue>;
      const copy: Record<string, FieldValue> = {};
      for (const key of Object.keys(input)) if (key !== '__proto__') copy[key] = input[key] as FieldValue;
      return copy;
    }
  }
  const parsed = fieldsRecordSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const problem of parsed.error.issues) ctx.issues.push({ ...problem, input: undefined });
  return z.NEVER;
}));

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

export const employeeRecordSchema = z.object({
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
  fields: fieldsSchema,
  /** Non-fatal findings about this record, e.g. `status_unknown`. */
  issues: z.array(issueSchema),
});
export type EmployeeRecord = z.infer<typeof employeeRecordSchema>;

/** A raw item that could not become a record; kept so the admin can see why. */
export const quarantinedSchema = z.object({
  hrisId: z.nullable(z.string()),
  /** Position in the resource it came from. */
  index: z.int(),
  resource: z.string(),
  reason: issueSchema,
});
export type Quarantined = z.infer<typeof quarantinedSchema>;
