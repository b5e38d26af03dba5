/**
 * Lucca: per-tenant host `https://{tenant}.ilucca.net`, an API key sent as
 * `Authorization: lucca application=<key>`, the v3 directory at
 * `GET /api/v3/users` with a `fields=` projection and `paging=offset,limit`
 * (limit ≤ 1000), envelope `{ data: { items } }`. Former employees are hidden
 * unless asked for with `dtContractEnd=notequal,null`, so they are a second
 * resource; someone with a future end date is in both and merged by id. There
 * is no status field: it follows from the contract dates and `context.now`.
 */
import type { FieldValue } from '../model.js';
import { LUCCA_STANDARD_FIELDS, LUCCA_USERS, luccaInfo, luccaTenantSchema } from './lucca-catalog.js';
import { issue } from '../result.js';
import { idText, isObject, isoDate, text } from './coercions.js';
import { runPipeline, type DraftField, type DraftResult } from './shared.js';
import type { NormalizeContext, NormalizeResult, ProviderDefinition, RawData, ResourceSpec } from './types.js';
import { notAnObject, pageAt, statusFromDates, toFieldValue } from './vendor-helpers.js';

export { luccaTenantSchema };

/** Lucca's documented maximum page size. */
const PAGE_SIZE = 1000;

/** The `fields=` projection: without it Lucca returns only id, name and url. */
const PROJECTION = [
  'id', 'name', 'firstName', 'lastName', 'mail', 'login', 'employeeNumber', 'birthDate', 'dtContractStart', 'dtContractEnd',
  'jobTitle', 'department[id,name]', 'legalEntity[id,name]', 'manager[id,name]', 'directLine', 'professionalMobile', 'modifiedOn',
  'extendedData',
].join(',');

const TEXT_KEYS = ['name', 'firstName', 'lastName', 'mail', 'login', 'jobTitle', 'directLine', 'professionalMobile', 'modifiedOn'] as const;
const DATE_KEYS = ['birthDate', 'dtContractStart', 'dtContractEnd'] as const;
const REFERENCES = ['department', 'legalEntity', 'manager'] as const;

/** Custom values: `extendedData.<key>` (scalar, `{ value }` or a list) and flat `applicationData.<module>.<key>` values. */
function readCustom(item: Record<string, unknown>, set: (id: string, value: FieldValue, label?: string) => void): void {
  if (isObject(item.extendedData)) {
    for (const [key, entry] of Object.entries(item.extendedData)) {
      const value = toFieldValue(entry);
      const label = isObject(entry) ? text(entry.name) ?? text(entry.label) ?? undefined : undefined;
      if (value !== undefined) set(`extendedData.${key}`, value, label ?? key);
    }
  }
  if (isObject(item.applicationData)) {
    for (const [module, profile] of Object.entries(item.applicationData)) {
      if (!isObject(profile)) continue;
      for (const [key, entry] of Object.entries(profile)) {
        const value = toFieldValue(entry);
        if (value !== undefined) set(`applicationData.${module}.${key}`, value, key);
      }
    }
  }
}

function toDraft(item: unknown, now: Date): DraftResult {
  if (!isObject(item)) return { ok: false, hrisId: null, reason: notAnObject(item) };
  const hrisId = idText(item.id);
  if (hrisId === null) return { ok: false, hrisId: null, reason: issue('missing_id') };
  const fields: Record<string, DraftField> = Object.create(null) as Record<string, DraftField>;
  const set = (id: string, value: FieldValue, label?: string) => { fields[id] = label === undefined ? { value } : { value, label }; };
  const has = (key: string) => Object.hasOwn(item, key);
  set('id', hrisId);

  const t: Partial<Record<(typeof TEXT_KEYS)[number], string | null>> = {};
  for (const key of TEXT_KEYS) if (has(key)) set(key, (t[key] = text(item[key])));
  const d: Partial<Record<(typeof DATE_KEYS)[number], string | null>> = {};
  for (const key of DATE_KEYS) if (has(key)) set(key, (d[key] = isoDate(item[key])));
  const employeeNumber = has('employeeNumber') ? idText(item.employeeNumber) : null;
  if (has('employeeNumber')) set('employeeNumber', employeeNumber);
  const ref: Partial<Record<(typeof REFERENCES)[number], { id: string | null; name: string | null }>> = {};
  for (const key of REFERENCES) {
    if (!has(key)) continue;
    const node = item[key];
    const value = { id: isObject(node) ? idText(node.id) : null, name: isObject(node) ? text(node.name) : null };
    ref[key] = value;
    set(`${key}.id`, value.id);
    set(`${key}.name`, value.name);
  }
  readCustom(item, set);

  const startDate = d.dtContractStart ?? null;
  const terminationDate = d.dtContractEnd ?? null;
  return {
    ok: true,
    draft: {
      hrisId,
      core: {
        employeeNumber, firstName: t.firstName ?? null, lastName: t.lastName ?? null, workEmail: t.mail ?? null,
        birthDate: d.birthDate ?? null, startDate, terminationDate, status: statusFromDates(startDate, terminationDate, now),
        jobTitle: t.jobTitle ?? null, department: ref.department?.name ?? null, office: ref.legalEntity?.name ?? null,
        managerId: ref.manager?.id ?? null, mobilePhone: t.professionalMobile ?? null,
      },
      fields,
    },
  };
}

function usersResource(name: string, extra: Readonly<Record<string, string>>): ResourceSpec {
  return {
    name,
    method: 'GET',
    path: '/api/v3/users',
    query: { fields: PROJECTION, ...extra },
    pagination: { kind: 'paging-param', param: 'paging', pageSize: PAGE_SIZE },
    extract: (body) => pageAt(body, ['data', 'items'], 'lucca', name),
  };
}

export const lucca: ProviderDefinition = {
  ...luccaInfo,
  vendor: {
    baseUrl(credentials) {
      const tenant = luccaTenantSchema.safeParse(credentials.tenant);
      if (!tenant.success) throw new TypeError('Lucca tenant must be a single DNS label');
      return `https://${tenant.data}.ilucca.net`;
    },
    allow: [{ method: 'GET', path: '/api/v3/users' }],
  },
  resources: [
    usersResource('users', {}),
    usersResource('formerUsers', { dtContractEnd: 'notequal,null' }),
  ],
  normalize(raw: RawData, context: NormalizeContext): NormalizeResult {
    const items = (['users', 'formerUsers'] as const).map((resource) => ({ resource, list: raw[resource] ?? [] }));
    return runPipeline({
      provider: 'lucca',
      standardFields: LUCCA_STANDARD_FIELDS,
      sensitiveFieldIds: [],
      customEndpoint: LUCCA_USERS,
      items,
      toDraft: (item) => toDraft(item, context.now),
      context,
    });
  },
};
