/**
 * BambooHR (vendor-apis.md §2), read through one custom report:
 * `POST /v1/reports/custom?format=JSON&onlyCurrent=false` answers
 * `{title, fields:[{id,type,name}], employees:[{id, …}]}` with every value a
 * string, in one response (no pagination).
 *
 * Why not `GET /v1/employees/directory` as well: the directory lists current
 * employees only (leavers need `onlyCurrent=false`), carries only the fields
 * the company shares in its directory, answers 403 when directory sharing is
 * off and 404 when it is empty, and Pipedream calls it "not authoritative as a
 * roster". The report already holds everyone, Active and Inactive, with every
 * field the key may read — so the directory would add a failure mode and
 * nothing else.
 *
 * The proxy injects Basic auth (`apiKey:x`) and `Accept: application/json`
 * (report endpoints answer 404 to other `Accept` values).
 */
import type { FieldType, FieldValue, PayRate } from '../model.js';
import { fail, issue, ok, type Issue, type Result } from '../result.js';
import {
  BAMBOOHR_ENDPOINT, BAMBOOHR_FIELDS, BAMBOOHR_REPORT_BODY, BAMBOOHR_REPORT_PATH, BAMBOOHR_SENSITIVE_IDS, COMPANY_DOMAIN,
  bamboohrInfo, companyDomainOf,
} from './bamboohr-catalog.js';
import { idText, isObject, isoDate, moneyWithCurrency, payPeriod, text } from './coercions.js';
import { runPipeline, type DraftField, type DraftResult } from './shared.js';
import { specialCategoryOf } from '../sensitive.js';
import type { Page, ProviderDefinition, RawData } from './types.js';

const RESOURCE = 'employees';
const META_RESOURCE = 'fields';
const META_PATH = '/v1/meta/fields';

/** `GET /v1/meta/fields` answers a bare array of `{id, name, type, alias?}`. */
export function extractBamboohrMetaFields(body: unknown): Result<Page> {
  if (!Array.isArray(body)) return fail(issue('invalid_envelope', { provider: 'bamboohr', resource: META_RESOURCE }));
  return ok({ items: body, total: null });
}

/**
 * The report's field list: the standard fields, plus every custom field the
 * account defines (by alias, else by numeric id) — except the ones whose
 * label already names a special category: those are never even requested.
 */
export function bamboohrReportFields(metaFields: readonly unknown[]): string[] {
  const wanted = new Set<string>(BAMBOOHR_REPORT_BODY.fields);
  for (const entry of metaFields) {
    if (!isObject(entry)) continue;
    const key = text(entry.alias) ?? idText(entry.id);
    if (!key || key === '__proto__' || STANDARD.has(key)) continue;
    if (specialCategoryOf({ id: key, label: text(entry.name) }) !== null) continue;
    wanted.add(key);
  }
  return [...wanted];
}
const STANDARD = new Map(BAMBOOHR_FIELDS.map((f) => [f.id, f]));

/** A field of the report's own field list: its label and BambooHR type. */
export interface ReportField {
  readonly id: string;
  readonly name: string;
  readonly type: string | null;
}

/**
 * One report employee as stored in the snapshot. The report's field list is
 * the only place custom fields are named (a custom field may be keyed by a
 * bare number such as `"4001"`, and its label is what tells us it holds an
 * SSN), so when the report names custom fields, `extract` keeps their
 * definitions beside each employee (one shared array, custom fields only).
 */
export interface ReportItem {
  readonly employee: Readonly<Record<string, unknown>>;
  readonly customFields: readonly ReportField[];
}

/** Reads the report response; anything but `{employees: [...]}` is an issue. */
export function extractBamboohrReport(body: unknown): Result<Page> {
  if (!isObject(body) || !Array.isArray(body.employees)) return fail(issue('invalid_envelope', { provider: 'bamboohr', resource: RESOURCE }));
  const customFields: ReportField[] = [];
  for (const entry of Array.isArray(body.fields) ? body.fields : []) {
    if (!isObject(entry)) continue;
    const id = idText(entry.id);
    if (!id || STANDARD.has(id) || id === '__proto__') continue;
    customFields.push({ id, name: text(entry.name) ?? id, type: text(entry.type)?.toLowerCase() ?? null });
  }
  const items = customFields.length === 0 ? body.employees : body.employees.map((employee: unknown) => ({ employee, customFields }));
  return ok({ items, total: null });
}

const BAMBOO_TYPES: Readonly<Record<string, FieldType>> = {
  date: 'date', email: 'email', phone: 'phone', list: 'enum', options: 'enum', int: 'number', integer: 'number', float: 'number',
  decimal: 'number', currency: 'money', bool: 'boolean', checkbox: 'boolean', url: 'url', multilist: 'list',
};

/** A report value (a string, or null) as the catalog type wants it; `valid: false` when present but unreadable. */
function toValue(value: unknown, type: FieldType): { value: FieldValue; valid: boolean } {
  const s = text(value);
  if (s === null) return { value: null, valid: true };
  switch (type) {
    case 'date': {
      // `0000-00-00` is how BambooHR writes "no date".
      if (/^0000-00-00/.test(s)) return { value: null, valid: true };
      const date = isoDate(s);
      return { value: date, valid: date !== null };
    }
    case 'money':
    case 'number': {
      const money = moneyWithCurrency(s);
      return { value: money?.amount ?? null, valid: money !== null };
    }
    case 'boolean':
      if (/^(true|yes|1)$/i.test(s)) return { value: true, valid: true };
      if (/^(false|no|0)$/i.test(s)) return { value: false, valid: true };
      return { value: null, valid: false };
    case 'list':
      return { value: s.split(',').map((part) => part.trim()).filter(Boolean), valid: true };
    default:
      return { value: s, valid: true };
  }
}

/** One report employee (bare, or with the report's custom field list) → a draft. */
export function bamboohrDraft(item: unknown): DraftResult {
  const wrapped = isObject(item) && isObject(item.employee) && Array.isArray(item.customFields);
  const employee = wrapped ? (item.employee as Record<string, unknown>) : item;
  if (!isObject(employee)) return { ok: false, hrisId: null, reason: issue('not_an_object', { type: employee === null ? 'null' : Array.isArray(employee) ? 'array' : typeof employee }) };
  const hrisId = idText(employee.id);
  if (!hrisId) return { ok: false, hrisId: null, reason: issue('missing_id') };
  const custom = new Map<string, ReportField>();
  if (wrapped) for (const f of item.customFields as unknown[]) if (isObject(f) && typeof f.id === 'string') custom.set(f.id, f as unknown as ReportField);

  const fields: Record<string, DraftField> = Object.create(null) as Record<string, DraftField>;
  const issues: Issue[] = [];
  for (const [key, raw] of Object.entries(employee)) {
    const known = STANDARD.get(key);
    const meta = custom.get(key);
    const type: FieldType = known?.type ?? (meta?.type ? BAMBOO_TYPES[meta.type] : undefined) ?? 'string';
    const converted = toValue(raw, type);
    if (!converted.valid) issues.push(issue('invalid_value', { field: key, type }));
    fields[key] = known ? { value: converted.value } : { value: converted.value, type, ...(meta ? { label: meta.name } : {}) };
  }

  const str = (key: string): string | null => {
    const value = fields[key]?.value;
    return typeof value === 'string' ? value : null;
  };
  const status = bamboohrStatus(employee.status);
  if (status.issue) issues.push(status.issue);
  // Seed 001: BambooHR employees sync only with a hire date; say so on the record rather than drop it.
  if ('hireDate' in employee && fields.hireDate?.value === null) issues.push(issue('start_date_missing'));

  return {
    ok: true,
    draft: {
      hrisId,
      core: {
        employeeNumber: str('employeeNumber'),
        firstName: str('firstName'),
        lastName: str('lastName'),
        preferredName: str('preferredName'),
        workEmail: str('workEmail'),
        personalEmail: str('homeEmail'),
        birthDate: str('dateOfBirth'),
        startDate: str('hireDate'),
        terminationDate: str('terminationDate'),
        status: status.value,
        jobTitle: str('jobTitle'),
        department: str('department'),
        team: null,
        office: str('location'),
        // vendor-apis.md §2.5: `supervisorEId` is the supervisor's internal id; `supervisorId` may be an employee number.
        managerId: str('supervisorEId'),
        mobilePhone: str('mobilePhone'),
        payRate: bamboohrPayRate(employee.payRate, employee.payPer),
        employmentType: str('employmentHistoryStatus'),
        gender: str('gender'),
        costCenter: null,
      },
      fields,
      issues,
    },
  };
}

/** `Active` / `Inactive` in any case; anything else is `unknown` with an issue. Absent stays `unknown` quietly. */
export function bamboohrStatus(value: unknown): { value: 'active' | 'inactive' | 'unknown'; issue?: Issue } {
  const s = text(value);
  if (s === null) return { value: 'unknown' };
  const lower = s.toLowerCase();
  if (lower === 'active' || lower === 'inactive') return { value: lower };
  return { value: 'unknown', issue: issue('status_unknown', { value: s }) };
}

/** `"65000.00 USD"` per `"Year"` → `{amount: 65000, currency: 'USD', period: 'year'}`. */
function bamboohrPayRate(rate: unknown, per: unknown): PayRate | null {
  const money = moneyWithCurrency(rate);
  if (!money) return null;
  return { amount: money.amount, currency: money.currency, period: payPeriod(per) };
}

export const bamboohr: ProviderDefinition = {
  ...bamboohrInfo,
  vendor: {
    baseUrl(credentials) {
      const domain = companyDomainOf(credentials.companyDomain ?? '');
      // The domain becomes a path segment: anything but a DNS label could steer the proxy elsewhere.
      if (!COMPANY_DOMAIN.test(domain)) throw new Error('bamboohr: companyDomain must be validated by the credential schema first');
      return `https://api.bamboohr.com/api/gateway.php/${domain}`;
    },
    allow: [{ method: 'POST', path: BAMBOOHR_REPORT_PATH }, { method: 'GET', path: META_PATH }],
    // No quota is published; throttling answers 503 until 16 Sep 2026 and 429 after, both with Retry-After.
  },
  resources: [{
    name: RESOURCE,
    method: 'POST',
    path: BAMBOOHR_REPORT_PATH,
    query: { format: 'JSON', onlyCurrent: 'false' },
    body: BAMBOOHR_REPORT_BODY,
    pagination: { kind: 'none' },
    extract: extractBamboohrReport,
    // Read after the field metadata: the report names the account's custom fields too.
    prepare: (earlier) => ({ body: { title: BAMBOOHR_REPORT_BODY.title, fields: bamboohrReportFields(earlier[META_RESOURCE] ?? []) } }),
  }, {
    // Custom fields exist only in the account's field metadata; without it the report would name standard fields only.
    name: META_RESOURCE,
    method: 'GET',
    path: META_PATH,
    pagination: { kind: 'none' },
    extract: extractBamboohrMetaFields,
    optional: true,
  }],
  normalize(raw: RawData, context) {
    return runPipeline({
      provider: 'bamboohr',
      standardFields: BAMBOOHR_FIELDS,
      sensitiveFieldIds: BAMBOOHR_SENSITIVE_IDS,
      customEndpoint: BAMBOOHR_ENDPOINT,
      items: [{ resource: RESOURCE, list: raw[RESOURCE] ?? [] }],
      toDraft: bamboohrDraft,
      context,
    });
  },
};
