/**
 * Lucca: per-tenant host `https://{tenant}.ilucca.net`, an API key sent as
 * `Authorization: lucca application=<key>`, the v3 directory at
 * `GET /api/v3/users` with a `fields=` projection and `paging=offset,limit`
 * (limit ≤ 1000), envelope `{ data: { items } }`. Former employees are hidden
 * unless asked for with `dtContractEnd=notequal,null`, so they are a second
 * resource; someone with a future end date is in both and merged by id. There
 * is no status field: it follows from the contract dates and `context.now`.
 */
import { z } from 'zod/mini';
import type { FieldDef, FieldType, FieldValue, Sensitivity } from '../model.js';
import { issue } from '../result.js';
import { idText, isObject, isoDate, runPipeline, text, type DraftField, type DraftResult } from './shared.js';
import type { NormalizeContext, NormalizeResult, ProviderDefinition, RawData, ResourceSpec } from './types.js';
import { notAnObject, pageAt, statusFromDates, toFieldValue } from './vendor-helpers.js';

const USERS = 'GET /api/v3/users';
/** Lucca's documented maximum page size. */
const PAGE_SIZE = 1000;

const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The tenant as a single DNS label (`acme`), also accepted pasted as
 * `acme.ilucca.net` or `https://acme.ilucca.net/...`. Anything else fails, so
 * the proxy can only ever reach `*.ilucca.net`.
 */
export const luccaTenantSchema = z.pipe(
  z.pipe(
    z.string().check(z.trim(), z.toLowerCase()),
    z.transform((value: string) => value.replace(/^https?:\/\//, '').replace(/\.ilucca\.net(?:\/.*)?$/, '')),
  ),
  z.string().check(z.regex(DNS_LABEL)),
);

const credentialsSchema = z.object({
  tenant: luccaTenantSchema,
  apiKey: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
});

const field = (id: string, label: string, type: FieldType, sensitivity: Sensitivity = 'standard'): FieldDef =>
  ({ id, label, type, endpoint: USERS, sensitivity, custom: false });

const STANDARD_FIELDS: readonly FieldDef[] = [
  field('id', 'User ID', 'string'),
  field('name', 'Display name', 'string'),
  field('firstName', 'First name', 'string'),
  field('lastName', 'Last name', 'string'),
  field('mail', 'Work email', 'email'),
  field('login', 'Login', 'string'),
  field('employeeNumber', 'Employee number', 'string'),
  field('birthDate', 'Birth date', 'date', 'personal'),
  field('dtContractStart', 'Contract start date', 'date'),
  field('dtContractEnd', 'Contract end date', 'date'),
  field('jobTitle', 'Job title', 'string'),
  field('department.name', 'Department', 'string'),
  field('department.id', 'Department ID', 'reference'),
  field('legalEntity.name', 'Legal entity', 'string'),
  field('legalEntity.id', 'Legal entity ID', 'reference'),
  field('manager.id', 'Manager', 'reference'),
  field('manager.name', 'Manager name', 'string'),
  field('directLine', 'Direct line', 'phone'),
  field('professionalMobile', 'Professional mobile', 'phone'),
  field('modifiedOn', 'Last modified', 'string'),
];

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
  id: 'lucca',
  label: 'Lucca',
  credentials: {
    schema: credentialsSchema,
    fields: [
      { name: 'tenant', label: 'Lucca domain', kind: 'text', placeholder: 'your-company', help: 'The part before .ilucca.net in your Lucca address.', autocomplete: 'off' },
      { name: 'apiKey', label: 'API key', kind: 'secret', autocomplete: 'off' },
    ],
    advice: 'A Lucca administrator must create the key. Give it read access to users only.',
    instructions: [
      'Sign in to Lucca as an administrator; your domain is the part before .ilucca.net in the address bar.',
      'Click the cogwheel in the top-right corner and open Authentication, SSO and API › API keys.',
      'Click Generate API key, name it (for example "HR sync") and select the permissions for the key; the user directory permission ("Manage users") is needed.',
      'Copy the key with Copy key and paste it here together with your domain.',
    ],
  },
  dataTypes: ['identity', 'contact', 'employment', 'organization', 'custom'],
  required: ['mail', 'firstName', 'lastName'],
  standardFields: STANDARD_FIELDS,
  sensitiveFieldIds: [],
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
    const items = (['users', 'formerUsers'] as const).flatMap((resource) =>
      (raw[resource] ?? []).map((item, index) => ({ resource, index, item })));
    return runPipeline({
      provider: 'lucca',
      standardFields: STANDARD_FIELDS,
      sensitiveFieldIds: [],
      customEndpoint: USERS,
      items,
      toDraft: (item) => toDraft(item, context.now),
      context,
    });
  },
};
