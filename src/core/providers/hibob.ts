/**
 * HiBob ("Bob"): a service user (ID + token, HTTP Basic) reads everyone with
 * `POST /v1/people/search` (no pagination, leavers only with `showInactive`):
 * an id listing, then searches filtered by batches of ids (`hibob-search.ts`). Values come nested (`work.title`), under slash keys
 * (`/work/title: { value }`), and — with `humanReadable: APPEND` — again under
 * `humanReadable` with list item ids replaced by names. Fields the service
 * user may not see are silently absent.
 */
import type { EmploymentStatus, FieldType, FieldValue, PayRate } from '../model.js';
import { issue, ok } from '../result.js';
import { HIBOB_ID_LISTING, peopleSearches, searchBody } from './hibob-search.js';
import { valueAt } from './hibob-values.js';
import {
  HIBOB_LIST_FIELDS, HIBOB_REQUESTED_FIELDS, HIBOB_SEARCH, HIBOB_SENSITIVE_FIELD_IDS,
  HIBOB_SPECIAL_CATEGORIES, HIBOB_STANDARD_FIELDS, hibobFieldType, hibobInfo, isHibobListType,
} from './hibob-catalog.js';
import { amount, idText, isObject, isoDate, payPeriod, text } from './coercions.js';
import type { FieldIdSet } from '../sensitive.js';
import { normalizeAll, openPipeline, type DraftResult, type FieldSink } from './shared.js';
import type { NormalizeContext, NormalizeResult, ProviderDefinition, ProviderStream, RawData } from './types.js';
import { listAt, notAnObject, pageAt, statusFromDates, statusFromWord, toFieldValue } from './vendor-helpers.js';

/** `internal.lifecycleStatus`, compared case-insensitively (machine `employed`, UI `Employed`, `Garden leave`…). */
const LIFECYCLE: Readonly<Record<string, EmploymentStatus>> = {
  employed: 'active', active: 'active',
  hired: 'onboarding', onboarding: 'onboarding', preboarding: 'onboarding',
  leave: 'leave', onleave: 'leave', gardenleave: 'leave', temporaryleave: 'leave',
  terminated: 'inactive', inactive: 'inactive',
};
const INTERNAL_STATUS: Readonly<Record<string, EmploymentStatus>> = { active: 'active', inactive: 'inactive' };

interface FieldMeta { readonly label: string; readonly type: unknown; readonly category: string | null }

/**
 * One person's fields as they are read: each goes straight into the record's
 * fields (the pipeline's sink), with its label from the field metadata, so no
 * per-field wrapper object is built and copied.
 */
class Reader {
  private readonly human: unknown;

  constructor(private readonly item: Record<string, unknown>, private readonly meta: ReadonlyMap<string, FieldMeta>, private readonly sink: FieldSink) {
    this.human = isObject(item.humanReadable) ? item.humanReadable : undefined;
  }

  machine(id: string): unknown { return valueAt(this.item, id); }
  humanValue(id: string): unknown { return this.human === undefined ? undefined : valueAt(this.human, id); }

  set(id: string, value: FieldValue | undefined, type?: FieldType, label?: string): void {
    if (value === undefined) return;
    this.sink.addDescribed(id, value, label ?? this.meta.get(id)?.label, type, undefined);
  }

  /** A plain text field; undefined when the credential cannot read it. */
  text(id: string): string | null | undefined {
    const machine = this.machine(id);
    const raw = machine === undefined ? this.humanValue(id) : machine;
    if (raw === undefined) return undefined;
    const value = text(raw);
    this.set(id, value);
    return value;
  }

  /** A list field: the human-readable name wins; the list item id is kept under `<id>.id`. */
  listed(id: string): string | null | undefined {
    const machine = this.machine(id);
    const human = this.humanValue(id);
    if (machine === undefined && human === undefined) return undefined;
    const name = text(human) ?? text(machine);
    this.set(id, name);
    const itemId = idText(machine);
    if (itemId !== null && itemId !== name) this.set(`${id}.id`, itemId);
    return name;
  }

  /** A date field from the machine value (ISO); human dates follow the reader's locale and are not trusted. */
  date(id: string): string | null | undefined {
    const machine = this.machine(id);
    const human = this.humanValue(id);
    if (machine === undefined && human === undefined) return undefined;
    const value = isoDate(machine) ?? (typeof human === 'string' && /^\d{4}-/.test(human) ? isoDate(human) : null);
    this.set(id, value);
    return value;
  }
}

/**
 * The Bob id a key of a person stands for when it holds a custom field (a
 * section's `custom` key, or a slash key `/<category>/custom/<field>`), null
 * otherwise. People repeat the same keys, so each key is worked out once
 * (bounded, like the value paths).
 */
const customIds = new Map<string, string | null>();
const MAX_CUSTOM_IDS = 4096;

function remember(key: string, id: string | null): string | null {
  if (customIds.size >= MAX_CUSTOM_IDS) customIds.clear();
  customIds.set(key, id);
  return id;
}

function slashCustomId(key: string): string | null {
  const known = customIds.get(key);
  if (known !== undefined) return known;
  const m = /^\/([^/]+)\/custom\/([^/]+)$/.exec(key);
  return remember(key, m ? `${m[1]}.custom.${m[2]}` : null);
}

/** `<category>.custom.<field>`, memoized under a key no slash key or id can equal (it starts with a NUL). */
function nestedCustomId(category: string, field: string): string {
  const key = `\u0000${category}\u0000${field}`;
  return customIds.get(key) ?? remember(key, `${category}.custom.${field}`)!;
}

/** Whether two field values are the same (lists item by item). */
function sameFieldValue(a: FieldValue, b: FieldValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** Custom fields (`<category>.custom.field_<id>`), nested or under slash keys, each once, nested ones first. */
function readCustom(reader: Reader, item: Record<string, unknown>, meta: ReadonlyMap<string, FieldMeta>): void {
  const ids: string[] = [];
  for (const category in item) {
    if (!Object.prototype.hasOwnProperty.call(item, category) || category === 'humanReadable' || category.charCodeAt(0) === 47) continue;
    const section = item[category];
    const custom = isObject(section) ? section.custom : undefined;
    if (isObject(custom)) for (const key of Object.keys(custom)) ids.push(nestedCustomId(category, key));
  }
  for (const key in item) {
    if (!Object.prototype.hasOwnProperty.call(item, key) || key.charCodeAt(0) !== 47) continue;
    const id = slashCustomId(key);
    if (id !== null && !ids.includes(id)) ids.push(id);
  }
  for (const id of ids) {
    const info = meta.get(id);
    const machine = reader.machine(id);
    const human = reader.humanValue(id);
    const listLike = info ? isHibobListType(info.type)
      : typeof machine === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(machine) && typeof human === 'string';
    const type = info ? hibobFieldType(info.type) : undefined;
    if (listLike && human !== undefined && human !== null) {
      const value = toFieldValue(human);
      reader.set(id, value, type);
      const itemId = toFieldValue(machine);
      if (itemId !== undefined && itemId !== null && !sameFieldValue(itemId, value)) {
        reader.set(`${id}.id`, itemId, Array.isArray(itemId) ? 'list' : 'string', `${info?.label ?? id} (ID)`);
      }
    } else {
      reader.set(id, toFieldValue(machine ?? null) ?? null, type);
    }
  }
}

function statusOf(reader: Reader, start: string | null | undefined, end: string | null | undefined, now: Date) {
  const lifecycle = statusFromWord(reader.machine('internal.lifecycleStatus') ?? reader.humanValue('internal.lifecycleStatus'), LIFECYCLE);
  if (lifecycle) return lifecycle;
  const internal = statusFromWord(reader.machine('internal.status') ?? reader.humanValue('internal.status'), INTERNAL_STATUS);
  if (internal) return internal;
  if (start === undefined && end === undefined) return { status: 'unknown' as const };
  return { status: statusFromDates(start ?? null, end ?? null, now) };
}

function toDraft(item: unknown, fields: FieldSink, meta: ReadonlyMap<string, FieldMeta>, now: Date): DraftResult {
  if (!isObject(item)) return { ok: false, hrisId: null, reason: notAnObject(item) };
  const hrisId = idText(valueAt(item, 'root.id'));
  if (hrisId === null) return { ok: false, hrisId: null, reason: issue('missing_id') };
  const r = new Reader(item, meta, fields);
  r.set('root.id', hrisId);
  const [title, department, site, contract, employmentType, legalGender] = HIBOB_LIST_FIELDS.map((id) => r.listed(id));

  const employeeNumber = idText(r.machine('work.employeeIdInCompany'));
  if (r.machine('work.employeeIdInCompany') !== undefined) r.set('work.employeeIdInCompany', employeeNumber);

  const reportsTo = r.machine('work.reportsTo');
  const managerId = isObject(reportsTo) ? idText(reportsTo.id) : idText(reportsTo ?? r.machine('work.manager'));
  if (reportsTo !== undefined) {
    r.set('work.reportsTo.id', managerId);
    const humanManager = r.humanValue('work.reportsTo');
    r.set('work.reportsTo.displayName', text(isObject(reportsTo) ? reportsTo.displayName : undefined) ?? text(isObject(humanManager) ? humanManager.displayName : humanManager));
  }

  const payment = r.machine('payroll.salary.payment');
  let payRate: PayRate | null = null;
  if (payment !== undefined) {
    const value = amount(isObject(payment) ? payment.value : payment);
    const currency = text(isObject(payment) ? payment.currency : undefined)?.toUpperCase() ?? null;
    r.set('payroll.salary.payment.value', value);
    r.set('payroll.salary.payment.currency', currency);
    const periodWord = r.text('payroll.salary.payPeriod');
    const period = payPeriod(periodWord) ?? payPeriod(r.humanValue('payroll.salary.payPeriod'));
    if (value !== null) payRate = { amount: value, currency, period };
  } else {
    r.text('payroll.salary.payPeriod');
  }

  const startDate = r.date('work.startDate');
  const terminationDate = r.date('internal.terminationDate');
  r.text('internal.lifecycleStatus');
  r.text('internal.status');
  const { status, issue: statusIssue } = statusOf(r, startDate, terminationDate, now);
  const workMobile = r.text('work.workMobile');
  r.text('work.workPhone');
  const privateMobile = r.text('home.mobilePhone');
  r.text('root.displayName');
  const core = {
    employeeNumber,
    firstName: r.text('root.firstName') ?? null,
    lastName: r.text('root.surname') ?? null,
    workEmail: r.text('root.email') ?? null,
    personalEmail: r.text('home.privateEmail') ?? null,
    birthDate: r.date('personal.birthDate') ?? null,
    startDate: startDate ?? null,
    terminationDate: terminationDate ?? null,
    status,
    jobTitle: title ?? null,
    department: department ?? null,
    office: site ?? null,
    managerId,
    mobilePhone: workMobile ?? privateMobile ?? null,
    payRate,
    employmentType: contract ?? employmentType ?? null,
    gender: legalGender ?? null,
  };
  readCustom(r, item, meta);
  return { ok: true, draft: { hrisId, core, fields: fields.build(), ...(statusIssue ? { issues: [statusIssue] } : {}) } };
}

/** Field metadata by id, from the optional `GET /v1/company/people/fields` resource. */
function metadataOf(raw: RawData): Map<string, FieldMeta> {
  const meta = new Map<string, FieldMeta>();
  for (const entry of raw.fields ?? []) {
    if (!isObject(entry)) continue;
    const id = text(entry.id);
    if (id) meta.set(id, { label: text(entry.name) ?? id, type: entry.type, category: text(entry.categoryId) ?? text(entry.category) });
  }
  return meta;
}

/**
 * Special-category field ids: the fixed list, every field the metadata puts
 * in a special category, and every id under a special category
 * (`financial.*`, nested or as a slash key), which people's data can add as
 * it comes.
 */
function sensitiveIds(meta: ReadonlyMap<string, FieldMeta>): FieldIdSet {
  const special = (category: string | null | undefined) => category != null && HIBOB_SPECIAL_CATEGORIES.includes(category);
  const listed = new Set(HIBOB_SENSITIVE_FIELD_IDS);
  for (const [id, info] of meta) if (special(info.category)) listed.add(id);
  return { has: (id) => listed.has(id) || special(categoryOf(id)) };
}

/** The category of a Bob id: its first segment. */
function categoryOf(id: string): string {
  const end = id.indexOf('.');
  return end < 0 ? id : id.slice(0, end);
}

function employees(body: unknown, resource: string) {
  const items = listAt(body, ['employees'], 'hibob', resource);
  return items.ok ? ok({ items: items.value, total: items.value.length }) : items;
}

/** The people, normalized batch by batch as they are read, once the field metadata is in. */
const hibobStream: ProviderStream = {
  resource: 'people',
  open(earlier, context) {
    const meta = metadataOf(earlier);
    return openPipeline({
      provider: 'hibob',
      standardFields: HIBOB_STANDARD_FIELDS,
      sensitiveFieldIds: sensitiveIds(meta),
      customEndpoint: HIBOB_SEARCH,
      toDraft: (item, fields) => toDraft(item, fields, meta, context.now),
      context,
    });
  },
};

export const hibob: ProviderDefinition = {
  ...hibobInfo,
  vendor: {
    baseUrl: () => 'https://api.hibob.com',
    allow: [
      { method: 'POST', path: '/v1/people/search' },
      { method: 'GET', path: '/v1/company/people/fields' },
    ],
  },
  resources: [
    {
      name: 'fields',
      method: 'GET',
      path: '/v1/company/people/fields',
      pagination: { kind: 'none' },
      optional: true,
      lookup: true,
      extract: (body) => Array.isArray(body) ? ok({ items: body, total: body.length }) : pageAt(body, ['fields'], 'hibob', 'fields'),
    },
    {
      name: 'people',
      method: 'POST',
      path: '/v1/people/search',
      body: searchBody(HIBOB_REQUESTED_FIELDS),
      // Bob returns only the fields it is asked for (the custom ones its metadata lists), in batches of listed ids.
      prepare: peopleSearches,
      pagination: { kind: 'batches' },
      ratePerMinute: 50,
      extract: (body) => employees(body, 'people'),
    },
    {
      name: 'ids',
      method: 'POST',
      path: '/v1/people/search',
      body: HIBOB_ID_LISTING,
      pagination: { kind: 'none' },
      ratePerMinute: 50,
      lookup: true,
      extract: (body) => employees(body, 'ids'),
    },
  ],
  normalize(raw: RawData, context: NormalizeContext): NormalizeResult {
    return normalizeAll(hibobStream, raw, context);
  },
  stream: hibobStream,
};
