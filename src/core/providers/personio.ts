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
  customType, declaredSensitivity, entityId, INVALID, isWrapper, roleOf, toFieldValue, wrappedCurrency, wrappedType, wrappedValue, type Role,
} from './personio-attributes.js';
import {
  PERSONIO_EMPLOYEES_PATH, PERSONIO_ENDPOINT, PERSONIO_FIELDS, PERSONIO_SENSITIVE_IDS, PERSONIO_STATUSES, personioInfo,
} from './personio-catalog.js';
import { amount, idText, isObject, isoDate, payPeriod, text } from './coercions.js';
import { normalizeAll, openPipeline, type Draft, type DraftResult, type FieldSink } from './shared.js';
import type { Page, ProviderDefinition, ProviderStream, RawData } from './types.js';

const RESOURCE = 'employees';
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
/**
 * Standard attributes the core fields read: the ones read as text (their field
 * value when it is a string), then the ones read from their raw attribute.
 */
const CORE_TEXT_KEYS = ['first_name', 'last_name', 'preferred_name', 'email', 'hire_date', 'termination_date', 'position', 'department',
  'team', 'office', 'employment_type', 'gender'] as const;
const CORE_RAW_KEYS = ['status', 'supervisor', 'cost_centers', 'fix_salary', 'fix_salary_interval', 'hourly_salary'] as const;
type SlotKey = (typeof CORE_TEXT_KEYS)[number] | (typeof CORE_RAW_KEYS)[number];
const SLOT = Object.fromEntries([...CORE_TEXT_KEYS, ...CORE_RAW_KEYS].map((key, i) => [key, i])) as Readonly<Record<SlotKey, number>>;
/** A standard attribute: its catalog type, and its slot when a core field reads it (-1 otherwise). */
interface StandardAttribute {
  readonly type: FieldType;
  readonly slot: number;
}
const STANDARD = new Map<string, StandardAttribute>(
  PERSONIO_FIELDS.map((f) => [f.id, { type: f.type, slot: hasOwn.call(SLOT, f.id) ? SLOT[f.id as SlotKey] : -1 }]));
const ROLE_SLOT: Readonly<Record<Role, number>> = { birthDate: 0, personalEmail: 1, mobilePhone: 2, employeeNumber: 3 };

/**
 * One person's reading state, reused from person to person (nothing per person
 * but the draft): `slots[SLOT.x]` holds the field value of a core text
 * attribute or the raw attribute of a core raw one (undefined when absent);
 * `roleValues`/`roleStrong` the value each role took and whether by
 * `universal_id` (undefined when none).
 */
const slots: unknown[] = new Array<unknown>(CORE_TEXT_KEYS.length + CORE_RAW_KEYS.length).fill(undefined);
const roleValues: (FieldValue | undefined)[] = [undefined, undefined, undefined, undefined];
const roleStrong: boolean[] = [false, false, false, false];
/** The previous person's attribute keys by position, with their `STANDARD` entries: people come with the same attributes in the same order. */
const layoutKeys: string[] = [];
const layoutStandard: (StandardAttribute | undefined)[] = [];

const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** A core text attribute's value: a string field value, else null. */
function slotText(slot: number): string | null {
  const value = slots[slot];
  return typeof value === 'string' ? value : null;
}

function roleText(role: Role): string | null {
  const value = roleValues[ROLE_SLOT[role]];
  return typeof value === 'string' ? value : null;
}

/**
 * One raw v1 employee → a draft, or the reason it cannot become a record. Runs
 * once per person over about 40 attributes, so it allocates little: each
 * attribute is read from its wrapper in place and goes straight into the
 * record's fields (`fields`, the pipeline's sink), and the core fields come
 * from what the attributes loop set aside.
 */
export function personioDraft(item: unknown, fields: FieldSink): DraftResult {
  if (!isObject(item)) return { ok: false, hrisId: null, reason: issue('not_an_object', { type: item === null ? 'null' : Array.isArray(item) ? 'array' : typeof item }) };
  if (!isObject(item.attributes)) return { ok: false, hrisId: idText(item.id), reason: issue('unexpected_item', { expected: 'Employee' }) };
  const attrs = item.attributes;
  const hrisId = idText(wrappedValue(attrs.id));
  if (!hrisId) return { ok: false, hrisId: null, reason: issue('missing_id') };

  // `roleStrong[i]` is only read where `roleValues[i]` is set, so it needs no reset.
  slots.fill(undefined);
  roleValues.fill(undefined);
  let issues: Issue[] | undefined;
  let at = 0;

  for (const key in attrs) {
    // Written out, not through `hasOwn`: the compiler answers it from the object's shape in a `for…in` loop.
    if (!Object.prototype.hasOwnProperty.call(attrs, key)) continue;
    const raw = attrs[key];
    let known: StandardAttribute | undefined;
    if (layoutKeys[at] === key) {
      known = layoutStandard[at];
    } else {
      known = STANDARD.get(key);
      layoutKeys[at] = key;
      layoutStandard[at] = known;
    }
    at += 1;
    if (known) {
      const converted = toFieldValue(wrappedValue(raw), known.type);
      if (converted === INVALID) (issues ??= []).push(issue('invalid_value', { field: key, type: known.type }));
      const value = converted === INVALID ? null : converted;
      fields.add(key, value);
      if (known.slot >= 0) slots[known.slot] = known.slot < CORE_TEXT_KEYS.length ? value : raw;
      continue;
    }
    const wrapped = isWrapper(raw);
    const label = wrapped ? text(raw.label) : null;
    const universalId = wrapped ? text(raw.universal_id) : null;
    const role = roleOf(universalId, label);
    const attributeValue = wrapped ? raw.value : raw;
    const type: FieldType = role ? ROLE_TYPES[role.role] : customType(wrappedType(raw), attributeValue);
    const converted = toFieldValue(attributeValue, type);
    if (converted === INVALID) (issues ??= []).push(issue('invalid_value', { field: key, type }));
    const value = converted === INVALID ? null : converted;
    const sensitivity = declaredSensitivity(universalId, role?.role ?? null);
    // An attribute called `__proto__` is read (it may still play a role) but not kept: the sink leaves that key out.
    fields.addDescribed(key, value, label ?? undefined, type, sensitivity);
    // A special attribute never feeds a canonical field, whatever its label says.
    if (role && sensitivity !== 'special' && value !== null) {
      const roleAt = ROLE_SLOT[role.role];
      if (roleValues[roleAt] === undefined || (role.strong && !roleStrong[roleAt])) {
        roleValues[roleAt] = value;
        roleStrong[roleAt] = role.strong;
      }
    }
  }

  const statusText = text(wrappedValue(slots[SLOT.status]));
  const status = statusText === null ? 'unknown' : knownStatus(statusText);
  if (status === null) (issues ??= []).push(issue('status_unknown', { value: statusText }));
  const supervisor = slots[SLOT.supervisor];

  const draft: Draft = {
    hrisId,
    core: {
      employeeNumber: roleText('employeeNumber'),
      firstName: slotText(SLOT.first_name),
      lastName: slotText(SLOT.last_name),
      preferredName: slotText(SLOT.preferred_name),
      workEmail: slotText(SLOT.email),
      personalEmail: roleText('personalEmail'),
      birthDate: isoDate(roleText('birthDate')),
      startDate: slotText(SLOT.hire_date),
      terminationDate: slotText(SLOT.termination_date),
      status: status ?? 'unknown',
      jobTitle: slotText(SLOT.position),
      department: slotText(SLOT.department),
      team: slotText(SLOT.team),
      office: slotText(SLOT.office),
      managerId: supervisor === undefined ? null : entityId(wrappedValue(supervisor)),
      mobilePhone: roleText('mobilePhone'),
      payRate: personioPayRate(slots[SLOT.fix_salary], slots[SLOT.fix_salary_interval], slots[SLOT.hourly_salary]),
      employmentType: slotText(SLOT.employment_type),
      gender: slotText(SLOT.gender),
      costCenter: mainCostCenter(wrappedValue(slots[SLOT.cost_centers])),
    },
    fields: fields.build(),
    issues: issues ?? NO_ISSUES,
  };
  return { ok: true, draft };
}

type PersonioStatus = (typeof PERSONIO_STATUSES)[number];

/** One of Personio's four statuses, in any case, or null (the draft then says `unknown` with an issue; absent is `unknown` quietly). */
function knownStatus(s: string): PersonioStatus | null {
  const lower = s.toLowerCase();
  return (PERSONIO_STATUSES as readonly string[]).includes(lower) ? lower as PersonioStatus : null;
}

/**
 * `fix_salary` (+ its `currency`) per `fix_salary_interval`; when there is no
 * fixed salary, a non-zero `hourly_salary` is the rate per hour. Each is the
 * raw attribute, undefined when the employee has none.
 */
function personioPayRate(fixSalary: unknown, interval: unknown, hourlySalary: unknown): PayRate | null {
  const fix = amount(wrappedValue(fixSalary));
  if (fix !== null && fix > 0) return { amount: fix, currency: wrappedCurrency(fixSalary) ?? null, period: payPeriod(wrappedValue(interval)) };
  const hourly = amount(wrappedValue(hourlySalary));
  if (hourly !== null && hourly > 0) return { amount: hourly, currency: wrappedCurrency(hourlySalary) ?? null, period: 'hour' };
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

/** Personio's one resource, normalized page by page as it is read. */
const personioStream: ProviderStream = {
  resource: RESOURCE,
  open: (_earlier, context) => openPipeline({
    provider: 'personio',
    standardFields: PERSONIO_FIELDS,
    sensitiveFieldIds: PERSONIO_SENSITIVE_IDS,
    customEndpoint: PERSONIO_ENDPOINT,
    toDraft: personioDraft,
    context,
  }),
};

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
    return normalizeAll(personioStream, raw, context);
  },
  stream: personioStream,
};
