/**
 * Personio, v1 employees API (vendor-apis.md §1). One resource: `GET
 * /v1/company/employees`, paged with `limit`/`offset` (100 is the maximum page
 * size since the pagination enforcement of January 2025), answered in the v1
 * envelope `{success, data, metadata}`. Authentication (`POST /v1/auth` for a
 * bearer token) is the proxy's job, so it is not in the forward allow-list.
 */
import type { FieldType, FieldValue, PayRate } from '../model.js';
import { fail, issue, ok, type Issue, type Result } from '../result.js';
import {
  customType, declaredSensitivity, entityId, INVALID, roleOf, toFieldValue, unwrap, wrappedValue,
  type Attribute, type Role,
} from './personio-attributes.js';
import {
  PERSONIO_EMPLOYEES_PATH, PERSONIO_ENDPOINT, PERSONIO_FIELDS, PERSONIO_SENSITIVE_IDS, PERSONIO_STATUSES, personioInfo,
} from './personio-catalog.js';
import { amount, idText, isObject, isoDate, payPeriod, text } from './coercions.js';
import { runPipeline, type Draft, type DraftField, type DraftResult } from './shared.js';
import { FieldsBuilder } from './fields-builder.js';
import type { Page, ProviderDefinition, RawData } from './types.js';

const RESOURCE = 'employees';
const STANDARD = new Map(PERSONIO_FIELDS.map((f) => [f.id, f]));
/** A custom attribute recognised as a canonical field gets that field's type, whatever its wrapper says. */
const ROLE_TYPES: Readonly<Record<Role, FieldType>> = { birthDate: 'date', personalEmail: 'email', mobilePhone: 'phone', employeeNumber: 'string' };

/** Reads one v1 list response; a `success: false` body or anything but the envelope is an issue. */
export function extractPersonioPage(body: unknown): Result<Page> {
  if (!isObject(body)) return fail(issue('invalid_envelope', { provider: 'personio', resource: RESOURCE }));
  if (body.success === false) {
    const error = isObject(body.error) ? body.error : {};
    return fail(issue('vendor_error', {
      provider: 'personio',
      status: typeof error.code === 'number' ? error.code : idText(error.code),
      message: text(error.message),
    }));
  }
  if (body.success !== true || !Array.isArray(body.data)) return fail(issue('invalid_envelope', { provider: 'personio', resource: RESOURCE }));
  const metadata = isObject(body.metadata) ? body.metadata : {};
  const total = amount(metadata.total_elements);
  return ok({ items: body.data, total: total !== null && Number.isInteger(total) && total >= 0 ? total : null });
}

const hasOwn = Object.prototype.hasOwnProperty;
/** Each person's draft fields from the previous person's layout (one allocation with the right hidden class). */
const draftFields = new FieldsBuilder<DraftField | FieldValue>();

/** An attribute of the employee as `unwrap` reads it, or undefined when the employee has no such attribute. */
function attributeOf(attrs: Record<string, unknown>, key: string): Attribute | undefined {
  return hasOwn.call(attrs, key) ? unwrap(attrs[key]) : undefined;
}

/**
 * One raw v1 employee → a draft, or the reason it cannot become a record. Runs
 * once per person over about 40 attributes, so it allocates little: a standard
 * attribute is read straight from its wrapper (only custom ones are unwrapped
 * with their label and universal id), and the few attributes the core fields
 * need are unwrapped on their own.
 */
export function personioDraft(item: unknown): DraftResult {
  if (!isObject(item)) return { ok: false, hrisId: null, reason: issue('not_an_object', { type: item === null ? 'null' : Array.isArray(item) ? 'array' : typeof item }) };
  if (!isObject(item.attributes)) return { ok: false, hrisId: idText(item.id), reason: issue('unexpected_item', { expected: 'Employee' }) };
  const attrs = item.attributes;
  const hrisId = idText(unwrap(attrs.id).value);
  if (!hrisId) return { ok: false, hrisId: null, reason: issue('missing_id') };

  // Fields built from the previous person's layout; standard attributes are kept as bare values; an attribute called
  // `__proto__` is read (it may still play a role) but not kept, as the pipeline would drop that key.
  draftFields.begin();
  const roles = new Map<Role, { value: FieldValue; strong: boolean }>();
  const issues: Issue[] = [];

  for (const key in attrs) {
    if (!hasOwn.call(attrs, key)) continue;
    const raw = attrs[key];
    const known = STANDARD.get(key);
    if (known) {
      const converted = toFieldValue(wrappedValue(raw), known.type);
      if (converted === INVALID) issues.push(issue('invalid_value', { field: key, type: known.type }));
      draftFields.add(key, converted === INVALID ? null : converted);
      continue;
    }
    const attribute = unwrap(raw);
    const role = roleOf(attribute);
    const type: FieldType = role ? ROLE_TYPES[role.role] : customType(attribute);
    const converted = toFieldValue(attribute.value, type);
    if (converted === INVALID) issues.push(issue('invalid_value', { field: key, type }));
    const value = converted === INVALID ? null : converted;
    const sensitivity = declaredSensitivity(attribute, role?.role ?? null);
    if (key !== '__proto__') {
      const field: { -readonly [K in keyof DraftField]: DraftField[K] } = { value, type };
      if (attribute.label) field.label = attribute.label;
      if (sensitivity) field.sensitivity = sensitivity;
      draftFields.add(key, field);
    }
    // A special attribute never feeds a canonical field, whatever its label says.
    if (role && sensitivity !== 'special' && value !== null) {
      const previous = roles.get(role.role);
      if (!previous || (role.strong && !previous.strong)) roles.set(role.role, { value, strong: role.strong });
    }
  }

  const fields = draftFields.build();
  // Standard attributes only: their fields hold bare values.
  const str = (key: string): string | null => {
    const value = hasOwn.call(fields, key) ? fields[key] : undefined;
    return typeof value === 'string' ? value : null;
  };
  const role = (name: Role): string | null => {
    const value = roles.get(name)?.value;
    return typeof value === 'string' ? value : null;
  };
  const status = personioStatus(attributeOf(attrs, 'status')?.value);
  if (status.issue) issues.push(status.issue);
  const supervisor = attributeOf(attrs, 'supervisor');

  const draft: Draft = {
    hrisId,
    core: {
      employeeNumber: role('employeeNumber'),
      firstName: str('first_name'),
      lastName: str('last_name'),
      preferredName: str('preferred_name'),
      workEmail: str('email'),
      personalEmail: role('personalEmail'),
      birthDate: isoDate(role('birthDate')),
      startDate: str('hire_date'),
      terminationDate: str('termination_date'),
      status: status.value,
      jobTitle: str('position'),
      department: str('department'),
      team: str('team'),
      office: str('office'),
      managerId: supervisor ? entityId(supervisor.value) : null,
      mobilePhone: role('mobilePhone'),
      payRate: personioPayRate(attrs),
      employmentType: str('employment_type'),
      gender: str('gender'),
      costCenter: mainCostCenter(attributeOf(attrs, 'cost_centers')?.value),
    },
    fields,
    issues,
  };
  return { ok: true, draft };
}

/** Personio's four statuses, in any case; anything else is `unknown` with an issue. Absent stays `unknown` quietly. */
export function personioStatus(value: unknown): { value: (typeof PERSONIO_STATUSES)[number] | 'unknown'; issue?: Issue } {
  const s = text(value);
  if (s === null) return { value: 'unknown' };
  const lower = s.toLowerCase();
  const known = PERSONIO_STATUSES.find((status) => status === lower);
  return known ? { value: known } : { value: 'unknown', issue: issue('status_unknown', { value: s }) };
}

/**
 * `fix_salary` (+ its `currency`) per `fix_salary_interval`; when there is no
 * fixed salary, a non-zero `hourly_salary` is the rate per hour.
 */
function personioPayRate(attrs: Record<string, unknown>): PayRate | null {
  const fixSalary = attributeOf(attrs, 'fix_salary');
  const fix = fixSalary ? amount(fixSalary.value) : null;
  if (fix !== null && fix > 0) {
    return { amount: fix, currency: fixSalary?.currency ?? null, period: payPeriod(attributeOf(attrs, 'fix_salary_interval')?.value) };
  }
  const hourlySalary = attributeOf(attrs, 'hourly_salary');
  const hourly = hourlySalary ? amount(hourlySalary.value) : null;
  if (hourly !== null && hourly > 0) return { amount: hourly, currency: hourlySalary?.currency ?? null, period: 'hour' };
  return null;
}

/** The cost center carrying the largest share (the first one on a tie). */
function mainCostCenter(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  let best: { name: string; share: number } | null = null;
  for (const entry of value) {
    const attrs = isObject(entry) ? (isObject(entry.attributes) ? entry.attributes : entry) : null;
    const name = attrs ? text(attrs.name) : text(entry);
    if (!name) continue;
    const share = attrs ? amount(attrs.percentage) ?? 0 : 0;
    if (!best || share > best.share) best = { name, share };
  }
  return best?.name ?? null;
}

export const personio: ProviderDefinition = {
  ...personioInfo,
  vendor: {
    baseUrl: () => 'https://api.personio.de',
    allow: [{ method: 'GET', path: PERSONIO_EMPLOYEES_PATH }],
    // v1 allows 2000 requests/min per IP overall (since 8 Jul 2024).
    ratePerMinute: 2000,
  },
  resources: [{
    name: RESOURCE,
    method: 'GET',
    path: PERSONIO_EMPLOYEES_PATH,
    pagination: { kind: 'offset', limitParam: 'limit', offsetParam: 'offset', pageSize: 100 },
    extract: extractPersonioPage,
    // GET employees: 300 requests/min, burst 15/s (since 6 May 2024); 429 beyond, retry after ≥ 1 s.
    ratePerMinute: 300,
    burstPerSecond: 15,
  }],
  normalize(raw: RawData, context) {
    return runPipeline({
      provider: 'personio',
      standardFields: PERSONIO_FIELDS,
      sensitiveFieldIds: PERSONIO_SENSITIVE_IDS,
      customEndpoint: PERSONIO_ENDPOINT,
      items: rawItems(raw[RESOURCE] ?? []),
      toDraft: personioDraft,
      context,
    });
  },
};

function* rawItems(items: readonly unknown[]): Iterable<{ resource: string; index: number; item: unknown }> {
  for (let index = 0; index < items.length; index += 1) yield { resource: RESOURCE, index, item: items[index] };
}
