/**
 * What the configure screen derives from a snapshot and a config, as pure
 * functions: the sources it may offer (readable, never special-category), the
 * fields shown as "not mappable" and why, example values and the values
 * present for "Sync if" pickers, the rules that count, and why one employee is
 * excluded. No DOM, no text: the element turns these into sentences.
 */
import type { SyncConfig } from './config.js';
import { compileConditions, type Condition } from './filters.js';
import { typeFits, type IdentifierKind } from './host.js';
import type { EmployeeRecord, FieldDef, FieldType, FieldValue } from './model.js';
import { isPresetId, type PresetId } from './presets.js';
import type { Issue } from './result.js';
import { specialCategoryOf, type SpecialCategory } from './sensitive.js';
import { FIELDS_PREFIX, sourceFields, sourceReader, type RecordLookup, type SourceField } from './sources.js';

export interface SourceContext {
  readonly catalog: readonly FieldDef[];
  /** Catalog field ids the credential can read; null when unknown (no snapshot, no connection info). */
  readonly readable: readonly string[] | null;
  /** Special-category fields dropped before caching (`Snapshot.dropped.fields`). */
  readonly dropped: readonly { readonly id: string; readonly label: string }[];
  /** Special-category field ids the host allowed in code. */
  readonly allowSensitive?: Iterable<string>;
}

export interface NotMappable {
  readonly id: string;
  readonly label: string;
  /** The special category its id or label falls into; null when the vendor lists it as special. */
  readonly category: SpecialCategory | null;
}

function isSpecial(def: FieldDef, allowed: ReadonlySet<string>): boolean {
  return !allowed.has(def.id) && (def.sensitivity === 'special' || specialCategoryOf(def) !== null);
}

/** Canonical sources plus the readable catalog fields that are not special-category. */
export function offeredSources(ctx: SourceContext): SourceField[] {
  const allowed = new Set(ctx.allowSensitive ?? []);
  const readable = ctx.readable === null ? null : new Set(ctx.readable);
  const usable = ctx.catalog.filter((f) => !isSpecial(f, allowed) && (readable === null || readable.has(f.id)));
  return sourceFields(usable);
}

/** Dropped and special-category catalog fields, once each, in the order met. */
export function notMappable(ctx: SourceContext): NotMappable[] {
  const allowed = new Set(ctx.allowSensitive ?? []);
  const out = new Map<string, NotMappable>();
  const add = (f: { readonly id: string; readonly label: string }) => {
    if (!out.has(f.id) && !allowed.has(f.id)) out.set(f.id, { id: f.id, label: f.label || f.id, category: specialCategoryOf(f) });
  };
  ctx.dropped.forEach(add);
  ctx.catalog.filter((f) => isSpecial(f, allowed)).forEach(add);
  return [...out.values()];
}

/** The offered sources whose values a host field of `type` can hold. */
export function sourcesFor(sources: readonly SourceField[], type: FieldType): SourceField[] {
  return sources.filter((s) => typeFits(s.type, type));
}

/** Finds records by HRIS id (for `manager.*` sources). */
export function recordLookup(records: readonly EmployeeRecord[]): RecordLookup {
  let byId: Map<string, EmployeeRecord> | undefined;
  return (id) => {
    byId ??= new Map(records.map((r) => [r.hrisId, r]));
    return byId.get(id);
  };
}

/** A value as the text a picker shows and a condition compares: one text per list item. */
export function valueTexts(value: FieldValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((v) => String(v)).filter((v) => v.trim() !== '');
}

export interface ValueCount {
  readonly value: string;
  readonly count: number;
}

/**
 * The distinct values of a source in the records, most frequent first (ties
 * in code-point order), at most `limit`. Values equal after folding (case,
 * spaces, NFC) count as one, shown as first met.
 */
export function distinctValues(records: readonly EmployeeRecord[], path: string, limit = 25, lookup: RecordLookup = recordLookup(records)): ValueCount[] {
  const read = sourceReader(path, lookup);
  if (!read) return [];
  const counts = new Map<string, { value: string; count: number }>();
  for (const record of records) {
    for (const text of valueTexts(read(record))) {
      const key = text.normalize('NFC').trim().toLowerCase();
      const entry = counts.get(key);
      if (entry) entry.count += 1;
      else counts.set(key, { value: text.trim(), count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);
}

/** Up to `n` example values of a source, in record order, distinct. */
export function exampleValues(records: readonly EmployeeRecord[], path: string, n = 3, lookup: RecordLookup = recordLookup(records)): string[] {
  const read = sourceReader(path, lookup);
  if (!read) return [];
  const out: string[] = [];
  for (const record of records) {
    for (const text of valueTexts(read(record))) {
      if (!out.includes(text)) out.push(text);
      if (out.length >= n) return out;
    }
  }
  return out;
}

/** How many records have no value for the identifier (they cannot be matched by it). */
export function missingIdentifiers(records: readonly EmployeeRecord[], identifier: IdentifierKind): number {
  return records.filter((r) => valueTexts(r[identifier]).length === 0).length;
}

/** Indexes of the rules without an error: only those count while the config is being edited. */
export function countedRules(conditions: readonly Condition[], issues: readonly Issue[]): number[] {
  const broken = new Set(issues.filter((i) => i.path?.[0] === 'conditions' && typeof i.path[1] === 'number').map((i) => i.path![1]));
  return conditions.map((_, i) => i).filter((i) => !broken.has(i));
}

export type Explanation =
  | { readonly matches: true }
  | { readonly matches: false; /** Index into the config's conditions. */ readonly rule: number; readonly values: readonly string[] };

export interface RuleEvaluator {
  readonly matching: number;
  readonly total: number;
  explain(record: EmployeeRecord): Explanation;
}

/** The live count over the counted rules, and the first rule that excludes a record with the value it read. */
export function evaluateRules(records: readonly EmployeeRecord[], conditions: readonly Condition[], counted: readonly number[]): RuleEvaluator {
  const lookup = recordLookup(records);
  const active = counted.map((i) => conditions[i]!).filter(Boolean);
  const test = compileConditions(active, lookup);
  let matching = 0;
  for (const r of records) if (test(r).matches) matching += 1;
  return {
    matching,
    total: records.length,
    explain(record) {
      const outcome = test(record);
      if (outcome.matches) return { matches: true };
      const rule = counted[outcome.rule]!;
      const read = sourceReader(conditions[rule]!.field, lookup);
      return { matches: false, rule, values: read ? valueTexts(read(record)) : [] };
    },
  };
}

/** The preset an element attribute names: `stakeholder`, `employee-directory` (or `directory`); null otherwise. */
export function presetFromAttribute(value: string | null | undefined): PresetId | null {
  const v = (value ?? '').trim().toLowerCase();
  if (v === 'employee-directory') return 'directory';
  return isPresetId(v) ? v : null;
}

/** Issues whose path starts with `prefix` (e.g. `['conditions', 2]`). */
export function issuesAt(issues: readonly Issue[], ...prefix: readonly (string | number)[]): Issue[] {
  return issues.filter((i) => prefix.every((p, k) => i.path?.[k] === p));
}

/** The catalog field id of a `fields.<id>` path, or null for a canonical path. */
export function catalogId(path: string): string | null {
  return path.startsWith(FIELDS_PREFIX) ? path.slice(FIELDS_PREFIX.length) : null;
}

/** A plain copy of a config (no shared arrays), safe to put in an event or storage. */
export function plainConfig(config: SyncConfig): SyncConfig {
  return structuredClone(config);
}
