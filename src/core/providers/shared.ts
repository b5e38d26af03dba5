/**
 * The one normalization pipeline every provider runs: a provider only turns
 * one raw item into a `Draft`; this module applies the sensitive-field policy,
 * builds the catalog (standard + discovered custom fields), validates each
 * record with zod, quarantines what cannot become a record, and merges
 * duplicates by vendor id. The value coercions vendors need live in
 * `coercions.ts`.
 */
import {
  employeeRecordSchema,
  type EmployeeRecord,
  type FieldDef,
  type FieldType,
  type FieldValue,
  type ProviderId,
  type Quarantined,
  type Sensitivity,
} from '../model.js';
import { issue, type Issue } from '../result.js';
import type { FieldIdSet, SensitivePolicy } from '../sensitive.js';
import { isObject } from './coercions.js';
import { RecordFields, type FieldSink } from './record-fields.js';
import type { NormalizeContext, NormalizeResult, NormalizeStream, ProviderStream, RawData } from './types.js';

export type { FieldSink } from './record-fields.js';

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
  /**
   * Every field the item carried, by catalog field id; absent = not readable.
   * A bare value stands for a field the provider knows nothing more about (a
   * standard catalog field): one object less per field and record.
   */
  readonly fields: Readonly<Record<string, DraftField | FieldValue>>;
  readonly issues?: readonly Issue[];
}

/** Outcome of reading one raw item: a draft, or a reason to quarantine it. */
export type DraftResult = { ok: true; draft: Draft } | { ok: false; hrisId: string | null; reason: Issue };

const EMPTY_CORE: CoreFields = {
  employeeNumber: null, firstName: null, lastName: null, preferredName: null, workEmail: null, personalEmail: null,
  birthDate: null, startDate: null, terminationDate: null, status: 'unknown', jobTitle: null, department: null,
  team: null, office: null, managerId: null, mobilePhone: null, payRate: null, employmentType: null, gender: null,
  costCenter: null,
};

/** A resource's raw items as the vendor listed them; an item's index in `list` is the one quarantine reports. */
export interface ResourceItems {
  readonly resource: string;
  readonly list: readonly unknown[];
}

/** Everything the pipeline needs but the items. */
export interface PipelineSetup {
  readonly provider: ProviderId;
  readonly standardFields: readonly FieldDef[];
  /** Field ids that are always special-category: a list, or a test for ids known only as they come. */
  readonly sensitiveFieldIds: readonly string[] | FieldIdSet;
  /** Endpoint label for custom fields discovered in the data. */
  readonly customEndpoint: string;
  /**
   * One raw item → a draft. A provider may put the item's fields into `fields`
   * as it reads them and give the draft `fields.build()` as its fields (one
   * object per record, dropped fields never kept); a draft with fields of its
   * own has them read by the pipeline.
   */
  readonly toDraft: (item: unknown, fields: FieldSink) => DraftResult;
  readonly context: NormalizeContext;
}

export interface PipelineInput extends PipelineSetup {
  /** Each resource the people come from, in order (Lucca: current then former users). */
  readonly items: readonly ResourceItems[];
}

/** A `DraftField` rather than a bare field value (which is never an object other than an array). */
function isDraftField(entry: DraftField | FieldValue): entry is DraftField {
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry);
}

function isIdList(ids: readonly string[] | FieldIdSet): ids is readonly string[] {
  return Array.isArray(ids);
}

/** Runs the shared pipeline over every item at once; never throws on one odd item. */
export function runPipeline(input: PipelineInput): NormalizeResult {
  const stream = openPipeline(input);
  for (const { resource, list } of input.items) stream.push(resource, list);
  return stream.finish();
}

/** `normalize` for a provider with a stream: every item of the resource it streams, pushed at once. */
export function normalizeAll(stream: ProviderStream, raw: RawData, context: NormalizeContext): NormalizeResult {
  const open = stream.open(raw, context);
  open.push(stream.resource, raw[stream.resource] ?? []);
  return open.finish();
}

/** The shared pipeline, fed by `push`; never throws on one odd item. */
export function openPipeline(setup: PipelineSetup): NormalizeStream {
  const ids = setup.sensitiveFieldIds;
  const policy: SensitivePolicy = { explicit: isIdList(ids) ? new Set(ids) : ids, allow: setup.context.allowSensitive };
  const fields = new RecordFields(setup.standardFields, policy, setup.customEndpoint);
  const byId = new Map<string, EmployeeRecord>();
  const quarantine: Quarantined[] = [];
  /** Items pushed so far per resource: the index of the next one. */
  const pushed = new Map<string, number>();

  const take = (resource: string, index: number, item: unknown): void => {
    let result: DraftResult;
    fields.begin();
    try {
      result = setup.toDraft(item, fields);
    } catch (error) {
      result = { ok: false, hrisId: null, reason: issue('normalize_failed', { message: error instanceof Error ? error.message : String(error) }) };
    }
    if (!result.ok) {
      quarantine.push({ hrisId: result.hrisId, index, resource, reason: plainIssue(result.reason) });
      return;
    }
    const { draft } = result;
    const recordFields = fields.isBuilt(draft.fields) ? draft.fields as Record<string, FieldValue> : fieldsOfDraft(draft, fields);
    fields.commit();
    const candidate = recordFrom(setup.provider, draft, recordFields);
    const parsed = employeeRecordSchema.safeParse(candidate);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      quarantine.push({ hrisId: draft.hrisId, index, resource, reason: plainIssue(issue('invalid_record', { field: first?.path.join('.') ?? null, detail: first?.code ?? null })) });
      return;
    }
    const previous = byId.get(draft.hrisId);
    // The candidate itself, validated: the schema hands back a record that is already what zod would return.
    byId.set(draft.hrisId, previous ? mergeDuplicate(previous, parsed.data) : parsed.data);
  };

  return {
    push(resource, items) {
      const start = pushed.get(resource) ?? 0;
      for (let i = 0; i < items.length; i += 1) take(resource, start + i, items[i]);
      pushed.set(resource, start + items.length);
    },
    finish() {
      const discovered = [...fields.discovered.values()].sort((a, b) => a.id.localeCompare(b.id));
      return {
        records: [...byId.values()], quarantine,
        catalog: [...setup.standardFields.filter((f) => !fields.drops(f.id, f.label)), ...discovered],
        readable: [...fields.readable].sort(),
        dropped: { count: fields.droppedCount, fields: [...fields.droppedFields.values()] },
      };
    },
  };
}

/** A draft's own fields through the sink: each id decided, each `DraftField` down to its value. */
function fieldsOfDraft(draft: Draft, sink: RecordFields): Record<string, FieldValue> {
  sink.begin();
  // A plain object (a null-prototype object is a dictionary); the sink skips `__proto__`, so no key can reach the
  // prototype.
  const own = draft.fields;
  for (const id in own) {
    // Written out, not through a variable: the compiler answers it from the object's shape in a `for…in` loop.
    if (!Object.prototype.hasOwnProperty.call(own, id)) continue;
    const entry = own[id]!;
    if (isDraftField(entry)) sink.addDescribed(id, entry.value, entry.label, entry.type, entry.sensitivity);
    else sink.add(id, entry);
  }
  return sink.build();
}

/** A draft as a record candidate, key by key in the schema's order (`EMPLOYEE_RECORD_KEYS`, what zod's output looks like). */
function recordFrom(provider: ProviderId, draft: Draft, fields: Record<string, FieldValue>): EmployeeRecord {
  const core = draft.core;
  const pay = coreValue(core.payRate, core, 'payRate');
  return {
    provider,
    hrisId: draft.hrisId,
    employeeNumber: coreValue(core.employeeNumber, core, 'employeeNumber'),
    firstName: coreValue(core.firstName, core, 'firstName'),
    lastName: coreValue(core.lastName, core, 'lastName'),
    preferredName: coreValue(core.preferredName, core, 'preferredName'),
    workEmail: coreValue(core.workEmail, core, 'workEmail'),
    personalEmail: coreValue(core.personalEmail, core, 'personalEmail'),
    birthDate: coreValue(core.birthDate, core, 'birthDate'),
    startDate: coreValue(core.startDate, core, 'startDate'),
    terminationDate: coreValue(core.terminationDate, core, 'terminationDate'),
    status: coreValue(core.status, core, 'status'),
    jobTitle: coreValue(core.jobTitle, core, 'jobTitle'),
    department: coreValue(core.department, core, 'department'),
    team: coreValue(core.team, core, 'team'),
    office: coreValue(core.office, core, 'office'),
    managerId: coreValue(core.managerId, core, 'managerId'),
    mobilePhone: coreValue(core.mobilePhone, core, 'mobilePhone'),
    payRate: isObject(pay) ? { amount: pay.amount, currency: pay.currency, period: pay.period } : pay,
    employmentType: coreValue(core.employmentType, core, 'employmentType'),
    gender: coreValue(core.gender, core, 'gender'),
    costCenter: coreValue(core.costCenter, core, 'costCenter'),
    fields,
    issues: draft.issues && draft.issues.length > 0 ? draft.issues.map(plainIssue) : [],
  };
}

/**
 * A core value as the provider set it (even undefined, which the schema then refuses), or the empty record's. The
 * caller reads `value` by name (`core.firstName`: one fast load); the key is only looked up when it is undefined.
 */
function coreValue<K extends keyof CoreFields>(value: Partial<CoreFields>[K], core: Partial<CoreFields>, key: K): CoreFields[K] {
  return value !== undefined || key in core ? value as CoreFields[K] : EMPTY_CORE[key];
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
