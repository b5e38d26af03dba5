/**
 * Humaans: a Bearer API access token with read scopes. A person's job title,
 * department and manager live in `/api/job-roles`, pay in `/api/compensations`
 * (its own scope), custom fields in `/api/custom-values`; each is a dated
 * history joined to the person by `personId`, and the one in force on
 * `context.now` wins. Lists are `{ total, limit, skip, data }` pages read with
 * `$limit`/`$skip`.
 */
import type { EmploymentStatus, FieldType, FieldValue, PayRate } from '../model.js';
import { HUMAANS_CUSTOM_VALUES, HUMAANS_STANDARD_FIELDS, humaansInfo } from './humaans-catalog.js';
import { issue } from '../result.js';
import { amount, idText, isObject, isoDate, payPeriod, text } from './coercions.js';
import { runPipeline, type DraftField, type DraftResult } from './shared.js';
import type { NormalizeContext, NormalizeResult, ProviderDefinition, RawData, ResourceSpec } from './types.js';
import { isoDay, notAnObject, pageAt, statusFromDates, statusFromWord, toFieldValue } from './vendor-helpers.js';

const PAGE_SIZE = 250;

/** Person keys read as text, dates, lists, by catalog kind. */
const TEXT_KEYS = ['employeeId', 'firstName', 'middleName', 'lastName', 'preferredName', 'email', 'personalEmail', 'phoneNumber',
  'personalPhoneNumber', 'gender', 'nationality', 'address', 'city', 'postcode', 'countryCode', 'country', 'locationId',
  'leavingReason', 'contractType', 'status', 'timezone', 'taxId', 'taxCode'] as const;
const DATE_KEYS = ['birthday', 'employmentStartDate', 'firstWorkingDay', 'employmentEndDate', 'lastWorkingDay', 'probationEndDate'] as const;

const STATUS: Readonly<Record<string, EmploymentStatus>> = {
  active: 'active', newhire: 'onboarding', offboarded: 'inactive', inactive: 'inactive', onleave: 'leave',
};

/** A dated row (job role, compensation) of one person. */
interface Dated { readonly row: Record<string, unknown>; readonly from: string | null; readonly to: string | null }

/**
 * The row in force today (latest start among those not ended); else the next
 * one to start (a hire's first role); else the last one that ended (a leaver's).
 */
export function pickCurrent(rows: readonly Dated[], today: string): Record<string, unknown> | null {
  const current = rows.filter((r) => (r.from === null || r.from <= today) && (r.to === null || r.to >= today));
  if (current.length > 0) return current.reduce((a, b) => ((b.from ?? '') > (a.from ?? '') ? b : a)).row;
  const upcoming = rows.filter((r) => r.from !== null && r.from > today);
  if (upcoming.length > 0) return upcoming.reduce((a, b) => ((b.from ?? '') < (a.from ?? '') ? b : a)).row;
  if (rows.length === 0) return null;
  return rows.reduce((a, b) => ((b.to ?? b.from ?? '') > (a.to ?? a.from ?? '') ? b : a)).row;
}

/** Rows of a resource grouped by `personId`, each with its effective range. */
function byPerson(items: readonly unknown[] | undefined): Map<string, Dated[]> {
  const map = new Map<string, Dated[]>();
  for (const row of items ?? []) {
    if (!isObject(row)) continue;
    const personId = idText(row.personId);
    if (personId === null) continue;
    const list = map.get(personId) ?? [];
    list.push({ row, from: isoDate(row.effectiveDate), to: isoDate(row.endDate) });
    map.set(personId, list);
  }
  return map;
}

interface Joins {
  readonly roles: Map<string, Dated[]>;
  readonly pay: Map<string, Dated[]>;
  readonly values: Map<string, Dated[]>;
  readonly customLabels: Map<string, { label: string; type: unknown }>;
  readonly locations: Map<string, string>;
  readonly today: string;
  readonly now: Date;
}

function joinsOf(raw: RawData, now: Date): Joins {
  const customLabels = new Map<string, { label: string; type: unknown }>();
  for (const f of raw.customFields ?? []) {
    const id = isObject(f) ? idText(f.id) : null;
    if (isObject(f) && id) customLabels.set(id, { label: text(f.name) ?? id, type: f.type });
  }
  const locations = new Map<string, string>();
  for (const l of raw.locations ?? []) {
    const id = isObject(l) ? idText(l.id) : null;
    const name = isObject(l) ? text(l.name) : null;
    if (id && name) locations.set(id, name);
  }
  return { roles: byPerson(raw.jobRoles), pay: byPerson(raw.compensations), values: byPerson(raw.customValues), customLabels, locations, today: isoDay(now), now };
}

function customType(type: unknown): FieldType | undefined {
  switch (type) {
    case 'date': return 'date';
    case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'select': return 'enum';
    case 'multiselect': return 'list';
    case 'link': return 'url';
    default: return undefined;
  }
}

function toDraft(item: unknown, joins: Joins): DraftResult {
  if (!isObject(item)) return { ok: false, hrisId: null, reason: notAnObject(item) };
  const hrisId = idText(item.id);
  if (hrisId === null) return { ok: false, hrisId: null, reason: issue('missing_id') };
  const fields: Record<string, DraftField> = Object.create(null) as Record<string, DraftField>;
  const set = (id: string, value: FieldValue, label?: string, type?: FieldType) => {
    fields[id] = { value, ...(label !== undefined ? { label } : {}), ...(type ? { type } : {}) };
  };
  const has = (key: string) => Object.hasOwn(item, key);
  set('id', hrisId);
  const t: Partial<Record<(typeof TEXT_KEYS)[number], string | null>> = {};
  for (const key of TEXT_KEYS) if (has(key)) set(key, (t[key] = text(item[key])));
  const d: Partial<Record<(typeof DATE_KEYS)[number], string | null>> = {};
  for (const key of DATE_KEYS) if (has(key)) set(key, (d[key] = isoDate(item[key])));
  if (has('nationalities')) set('nationalities', toFieldValue(item.nationalities) ?? []);
  const teams = has('teams') ? toFieldValue(item.teams) ?? [] : undefined;
  if (teams !== undefined) set('teams', teams);
  const office = t.locationId ? joins.locations.get(t.locationId) ?? null : null;
  if (office !== null) set('location.name', office);

  const role = pickCurrent(joins.roles.get(hrisId) ?? [], joins.today);
  const reportingTo = role ? (isObject(role.reportingTo) ? idText(role.reportingTo.id) : idText(role.reportingTo)) : null;
  const jobTitle = role ? text(role.jobTitle) : null;
  const department = role ? text(role.department) ?? (isObject(role.department) ? text(role.department.name) : null) : null;
  if (role) {
    set('jobRole.jobTitle', jobTitle);
    set('jobRole.department', department);
    set('jobRole.effectiveDate', isoDate(role.effectiveDate));
    if (Object.hasOwn(role, 'reportingTo')) set('jobRole.reportingTo', reportingTo);
  }

  const pay = pickCurrent(joins.pay.get(hrisId) ?? [], joins.today);
  let payRate: PayRate | null = null;
  if (pay) {
    const value = amount(pay.amount);
    const currency = text(pay.currency)?.toUpperCase() ?? null;
    const period = payPeriod(pay.period);
    set('compensation.amount', value);
    set('compensation.currency', currency);
    set('compensation.period', text(pay.period));
    set('compensation.effectiveDate', isoDate(pay.effectiveDate));
    if (value !== null) payRate = { amount: value, currency, period };
  }

  const latestValue = new Map<string, Dated>();
  for (const entry of joins.values.get(hrisId) ?? []) {
    const fieldId = idText(entry.row.customFieldId);
    if (fieldId !== null && (entry.from ?? '') >= (latestValue.get(fieldId)?.from ?? '')) latestValue.set(fieldId, entry);
  }
  for (const [fieldId, entry] of latestValue) {
    const info = joins.customLabels.get(fieldId);
    set(`custom.${fieldId}`, toFieldValue(entry.row.value) ?? null, info?.label, customType(info?.type));
  }

  const word = statusFromWord(t.status, STATUS);
  const start = d.employmentStartDate ?? null;
  const end = d.employmentEndDate ?? null;
  const status = word ?? { status: statusFromDates(start, end, joins.now) };
  const teamNames = Array.isArray(teams) ? teams : [];

  return {
    ok: true,
    draft: {
      hrisId,
      core: {
        employeeNumber: t.employeeId ?? null, firstName: t.firstName ?? null, lastName: t.lastName ?? null,
        preferredName: t.preferredName ?? null, workEmail: t.email ?? null, personalEmail: t.personalEmail ?? null,
        birthDate: d.birthday ?? null, startDate: start, terminationDate: end, status: status.status,
        jobTitle, department,
        team: teamNames[0] ?? null, office, managerId: reportingTo, mobilePhone: t.phoneNumber ?? null, payRate,
        employmentType: t.contractType ?? null, gender: t.gender ?? null,
      },
      fields,
      ...(status.issue ? { issues: [status.issue] } : {}),
    },
  };
}

function listResource(name: string, path: string, optional: boolean): ResourceSpec {
  return {
    name, method: 'GET', path,
    pagination: { kind: 'offset', limitParam: '$limit', offsetParam: '$skip', pageSize: PAGE_SIZE },
    extract: (body) => pageAt(body, ['data'], 'humaans', name, isObject(body) ? body.total : null),
    ...(optional ? { optional: true } : {}),
  };
}

export const humaans: ProviderDefinition = {
  ...humaansInfo,
  vendor: {
    baseUrl: () => 'https://app.humaans.io',
    allow: ['/api/people', '/api/job-roles', '/api/compensations', '/api/locations', '/api/custom-fields', '/api/custom-values']
      .map((path) => ({ method: 'GET' as const, path })),
  },
  resources: [
    listResource('people', '/api/people', false),
    listResource('jobRoles', '/api/job-roles', false),
    listResource('compensations', '/api/compensations', true),
    listResource('locations', '/api/locations', true),
    listResource('customFields', '/api/custom-fields', true),
    listResource('customValues', '/api/custom-values', true),
  ],
  normalize(raw: RawData, context: NormalizeContext): NormalizeResult {
    const joins = joinsOf(raw, context.now);
    return runPipeline({
      provider: 'humaans',
      standardFields: HUMAANS_STANDARD_FIELDS,
      sensitiveFieldIds: ['taxId', 'taxCode'],
      customEndpoint: HUMAANS_CUSTOM_VALUES,
      items: [{ resource: 'people', list: raw.people ?? [] }],
      toDraft: (item) => toDraft(item, joins),
      context,
    });
  },
};
