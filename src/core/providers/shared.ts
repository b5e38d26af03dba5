/**
 * The one normalization pipeline every provider runs: a provider only turns
 * one raw item into a `Draft`; this module applies the sensitive-field policy,
 * builds the catalog (standard + discovered custom fields), validates each
 * record with zod, quarantines what cannot become a record, and merges
 * duplicates by vendor id. Plus the value coercions vendors need.
 */
import {
  EMPLOYEE_RECORD_KEYS,
  employeeRecordSchema,
  PAY_PERIODS,
  type EmployeeRecord,
  type FieldDef,
  type FieldType,
  type FieldValue,
  type PayPeriod,
  type ProviderId,
  type Quarantined,
  type Sensitivity,
} from '../model.js';
import { issue, type Issue } from '../result.js';
import { mustDrop, specialCategoryOf, type SensitivePolicy } from '../sensitive.js';
import type { DroppedField, NormalizeContext, NormalizeResult } from './types.js';

type CoreFields = Omit<EmployeeRecord, 'provider' | 'hrisId' | 'fields' | 'issues'>;

/** A catalog field value as a provider read it, with what it knows about the field. */
export interface DraftField {
  readonly value: FieldValue;
  /** Label from the vendor (Personio wrappers, HiBob field metadata); used for custom fields. */
  readonly label?: string;
  readonly type?: FieldType;
  /**
   * What the vendor says about a custom field (e.g. Personio `universal_id:
   * "iban"` → `special`, `"date_of_birth"` → `personal`). `special` drops it
   * like a pattern match would; standard catalog fields keep their own.
   */
  readonly sensitivity?: Sensitivity;
}

export interface Draft {
  readonly hrisId: string;
  readonly core: Partial<CoreFields>;
  /** Every field the item carried, by catalog field id; absent = not readable. */
  readonly fields: Readonly<Record<string, DraftField>>;
  readonly issues?: readonly Issue[];
}

/** Outcome of reading one raw item: a draft, or a reason to quarantine it. */
export type DraftResult = { ok: true; draft: Draft } | { ok: false; hrisId: string | null; reason: Issue };

export interface RawItem {
  readonly resource: string;
  readonly index: number;
  readonly item: unknown;
}

const EMPTY_CORE: CoreFields = {
  employeeNumber: null, firstName: null, lastName: null, preferredName: null, workEmail: null, personalEmail: null,
  birthDate: null, startDate: null, terminationDate: null, status: 'unknown', jobTitle: null, department: null,
  team: null, office: null, managerId: null, mobilePhone: null, payRate: null, employmentType: null, gender: null,
  costCenter: null,
};

export interface PipelineInput {
  readonly provider: ProviderId;
  readonly standardFields: readonly FieldDef[];
  readonly sensitiveFieldIds: readonly string[];
  /** Endpoint label for custom fields discovered in the data. */
  readonly customEndpoint: string;
  readonly items: Iterable<RawItem>;
  readonly toDraft: (item: unknown) => DraftResult;
  readonly context: NormalizeContext;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Runs the shared pipeline; never throws on one odd item. */
export function runPipeline(input: PipelineInput): NormalizeResult {
  const policy: SensitivePolicy = { explicit: new Set(input.sensitiveFieldIds), allow: input.context.allowSensitive };
  const standard = new Map(input.standardFields.map((f) => [f.id, f]));
  const discovered = new Map<string, FieldDef>();
  const droppedFields = new Map<string, DroppedField>();
  const dropDecision = new Map<string, boolean>();
  const byId = new Map<string, EmployeeRecord>();
  const quarantine: Quarantined[] = [];
  const readable = new Set<string>();
  let droppedCount = 0;

  const shouldDrop = (id: string, label: string | undefined, sensitivity?: Sensitivity): boolean => {
    let decision = dropDecision.get(id);
    if (decision === undefined) {
      const known = standard.get(id);
      decision = mustDrop({ id, label: known?.label ?? label ?? null, sensitivity: known?.sensitivity ?? sensitivity ?? 'standard' }, policy)
        || (label !== undefined && mustDrop({ id, label }, policy));
      dropDecision.set(id, decision);
    }
    return decision;
  };

  for (const { resource, index, item } of input.items) {
    let result: DraftResult;
    try {
      result = input.toDraft(item);
    } catch (error) {
      result = { ok: false, hrisId: null, reason: issue('normalize_failed', { message: error instanceof Error ? error.message : String(error) }) };
    }
    if (!result.ok) {
      quarantine.push({ hrisId: result.hrisId, index, resource, reason: plainIssue(result.reason) });
      continue;
    }
    const { draft } = result;
    // A plain object built in the same key order for every record keeps one hidden class (a null-prototype object is
    // a dictionary); `__proto__` is skipped below, so no key can reach the prototype.
    const fields: Record<string, FieldValue> = {};
    for (const id in draft.fields) {
      if (!hasOwn.call(draft.fields, id)) continue;
      const field = draft.fields[id]!;
      // zod drops a `__proto__` record key silently; no vendor field is called that.
      if (id === '__proto__') continue;
      if (shouldDrop(id, field.label, field.sensitivity)) {
        if (field.value !== null && field.value !== '') droppedCount += 1;
        if (!droppedFields.has(id)) droppedFields.set(id, { id, label: standard.get(id)?.label ?? field.label ?? id });
        continue;
      }
      fields[id] = field.value;
      readable.add(id);
      if (!standard.has(id) && !discovered.has(id)) {
        discovered.set(id, {
          id, label: field.label ?? id, type: field.type ?? inferType(field.value), endpoint: input.customEndpoint,
          // Reaching here as special means the host allowed it explicitly: the catalog still says what it is.
          sensitivity: field.sensitivity ?? (specialCategoryOf({ id, label: field.label ?? null }) ? 'special' : 'standard'), custom: true,
        });
      }
    }
    const candidate = recordFrom(input.provider, draft, fields);
    const parsed = employeeRecordSchema.safeParse(candidate);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      quarantine.push({ hrisId: draft.hrisId, index, resource, reason: plainIssue(issue('invalid_record', { field: first?.path.join('.') ?? null, detail: first?.code ?? null })) });
      continue;
    }
    const previous = byId.get(draft.hrisId);
    // The candidate itself, validated: it has exactly the schema's keys in its order and the schema has no defaults
    // or transforms, so zod's copy would be equal; not copying every record again halves the garbage per record.
    byId.set(draft.hrisId, previous ? mergeDuplicate(previous, candidate) : candidate);
  }

  const catalog = [...input.standardFields.filter((f) => !shouldDrop(f.id, f.label)), ...[...discovered.values()].sort((a, b) => a.id.localeCompare(b.id))];
  return { records: [...byId.values()], quarantine, catalog, readable: [...readable].sort(), dropped: { count: droppedCount, fields: [...droppedFields.values()] } };
}

/** A draft as a record candidate, key by key in the schema's order (what zod's output would look like). */
function recordFrom(provider: ProviderId, draft: Draft, fields: Record<string, FieldValue>): EmployeeRecord {
  const core = draft.core as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of EMPLOYEE_RECORD_KEYS) {
    switch (key) {
      case 'provider': out[key] = provider; break;
      case 'hrisId': out[key] = draft.hrisId; break;
      case 'fields': out[key] = fields; break;
      case 'issues': out[key] = (draft.issues ?? []).map(plainIssue); break;
      case 'payRate': {
        const pay = key in core ? core[key] : null;
        out[key] = isObject(pay) ? { amount: pay['amount'], currency: pay['currency'], period: pay['period'] } : pay;
        break;
      }
      default: out[key] = key in core ? core[key] : EMPTY_CORE[key as keyof CoreFields];
    }
  }
  return out as EmployeeRecord;
}

/** The same person twice (overlapping pages): later non-empty values win, and the merge is noted. */
function mergeDuplicate(a: EmployeeRecord, b: EmployeeRecord): EmployeeRecord {
  const merged: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) if (value !== null && value !== undefined) merged[key] = value;
  const fields = { ...a.fields };
  for (const [key, value] of Object.entries(b.fields)) if (value !== null) fields[key] = value;
  const issues = [...a.issues, ...b.issues.filter((i) => !a.issues.some((j) => j.code === i.code)), issue('duplicate_merged', { hrisId: a.hrisId })];
  return { ...(merged as EmployeeRecord), fields, issues: dedupeIssues(issues).map(plainIssue) };
}

type IssueData = EmployeeRecord['issues'][number];

/** An `Issue` as the (mutable) zod-inferred shape records and quarantine entries hold. */
function plainIssue(i: Issue): IssueData {
  return { code: i.code, ...(i.path ? { path: [...i.path] } : {}), ...(i.params ? { params: { ...i.params } } : {}) };
}

function dedupeIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function inferType(value: FieldValue): FieldType {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return 'date';
  return 'string';
}

// ——— value coercions ———

/** A trimmed non-empty string, or null. Numbers become their decimal text. */
export function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** An id as a string (vendors mix numbers and strings), or null. */
export function idText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : null;
  return text(value);
}

/**
 * A calendar date `YYYY-MM-DD` from the forms vendors send: ISO dates, ISO
 * date-times with offsets (the calendar date as written, not shifted to UTC),
 * `DD/MM/YYYY`, and BambooHR's `0000-00-00` for "none". Anything else is null.
 */
export function isoDate(value: unknown): string | null {
  const s = text(value);
  if (!s) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (!m) {
    const dmy = /^(\d{2})[./](\d{2})[./](\d{4})$/.exec(s);
    if (dmy) m = [s, dmy[3]!, dmy[2]!, dmy[1]!] as unknown as RegExpExecArray;
  }
  if (!m) return null;
  const [, y, mo, d] = m;
  if (y === '0000' || mo === '00' || d === '00') return null;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

/** A finite number from a number or a numeric string (`"65000.00"`, `"1.234,50"` is not accepted). */
export function amount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const s = text(value);
  if (!s || !/^-?\d+(\.\d+)?$/.test(s.replace(/[\s,](?=\d{3}\b)/g, ''))) return null;
  return Number(s.replace(/[\s,](?=\d{3}\b)/g, ''));
}

/** `"65000.00 USD"` → `{ amount: 65000, currency: 'USD' }`. */
export function moneyWithCurrency(value: unknown): { amount: number; currency: string | null } | null {
  const s = text(value);
  if (!s) return typeof value === 'number' ? { amount: value, currency: null } : null;
  const m = /^(-?[\d.,\s]+?)\s*([A-Za-z]{3})?$/.exec(s);
  if (!m) return null;
  const n = amount(m[1]);
  return n === null ? null : { amount: n, currency: m[2]?.toUpperCase() ?? null };
}

const PERIOD_WORDS: Record<string, PayPeriod> = {
  hour: 'hour', hourly: 'hour', hr: 'hour', stunde: 'hour', heure: 'hour',
  day: 'day', daily: 'day', daily_rate: 'day', tag: 'day', jour: 'day',
  week: 'week', weekly: 'week', woche: 'week', semaine: 'week',
  month: 'month', monthly: 'month', monat: 'month', mois: 'month', mensuel: 'month',
  quarter: 'quarter', quarterly: 'quarter',
  year: 'year', yearly: 'year', annual: 'year', annually: 'year', annum: 'year', jahr: 'year', an: 'year', annuel: 'year',
};

/** A pay period from vendor words (`Monthly`, `Hour`, `per annum`), or null. */
export function payPeriod(value: unknown): PayPeriod | null {
  const s = text(value)?.toLowerCase().replace(/^per\s+/, '').replace(/\s+/g, '_');
  if (!s) return null;
  if ((PAY_PERIODS as readonly string[]).includes(s)) return s as PayPeriod;
  return PERIOD_WORDS[s] ?? null;
}

/** Whether a value is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
