/**
 * "Sync if" conditions: at most five rules, AND between rules, OR between the
 * values of one rule. Semantics, documented because they decide who is synced:
 * - Text compares after Unicode NFC, trimming and lower-casing; a list field
 *   matches when any of its items does.
 * - A missing value (null, empty text, empty list, or a field the record does
 *   not carry) never satisfies a positive operator (`is`, `is_one_of`,
 *   `contains`, `before`, `after`, `is_not_empty`). It does satisfy the
 *   negative ones: `is_not` ("department is not Sales" keeps people without a
 *   department) and `is_empty`.
 * - `before`/`after` compare calendar dates (`YYYY-MM-DD`), strictly.
 * - A rule on a field that does not exist or is not readable is a config error
 *   (`validateConfig`); here such a field reads as missing, so it excludes —
 *   it never degrades to "match all".
 */
import type { EmployeeRecord, FieldType, FieldValue } from './model.js';
import { sourceReader, type RecordLookup, type SourceReader } from './sources.js';

export const OPERATORS = ['is', 'is_not', 'is_one_of', 'contains', 'before', 'after', 'is_empty', 'is_not_empty'] as const;
export type Operator = (typeof OPERATORS)[number];

export const MAX_CONDITIONS = 5;

export interface Condition {
  /** A source path: canonical (`status`) or catalog (`fields.dynamic_123`). */
  readonly field: string;
  readonly operator: Operator;
  /** OR between values. Empty for `is_empty` / `is_not_empty`; exactly one for `before` / `after`. */
  readonly values: readonly string[];
}

/** How many values each operator takes. */
export const OPERATOR_ARITY: Readonly<Record<Operator, 'none' | 'one' | 'many'>> = {
  is: 'many', is_not: 'many', is_one_of: 'many', contains: 'many', before: 'one', after: 'one', is_empty: 'none', is_not_empty: 'none',
};

const EMPTINESS = ['is_empty', 'is_not_empty'] as const;
const EQUALITY = ['is', 'is_not', 'is_one_of'] as const;

/** The operators that fit each field type; the configure UI builds its menus from this table. */
export const OPERATORS_BY_TYPE: Readonly<Record<FieldType, readonly Operator[]>> = {
  string: [...EQUALITY, 'contains', ...EMPTINESS],
  email: [...EQUALITY, 'contains', ...EMPTINESS],
  phone: ['is', 'is_not', 'contains', ...EMPTINESS],
  url: ['is', 'is_not', 'contains', ...EMPTINESS],
  date: ['is', 'is_not', 'before', 'after', ...EMPTINESS],
  number: [...EQUALITY, ...EMPTINESS],
  money: [...EQUALITY, ...EMPTINESS],
  enum: [...EQUALITY, ...EMPTINESS],
  reference: [...EQUALITY, ...EMPTINESS],
  boolean: ['is', ...EMPTINESS],
  list: ['contains', ...EMPTINESS],
};

export type ConditionOutcome = { readonly matches: true } | { readonly matches: false; /** Index of the first rule that excluded the record. */ readonly rule: number };

export type CompiledConditions = (record: EmployeeRecord) => ConditionOutcome;

const MATCHES: ConditionOutcome = { matches: true };

/** Folds text for comparison: NFC, trimmed, lower-case. */
export function foldText(value: string): string {
  return value.normalize('NFC').trim().toLowerCase();
}

function isMissing(value: FieldValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

function scalars(value: FieldValue | undefined): readonly (string | number | boolean)[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function equals(value: string | number | boolean, wanted: string): boolean {
  if (typeof value === 'number') return wanted.trim() !== '' && Number(wanted) === value;
  if (typeof value === 'boolean') return foldText(wanted) === String(value);
  return foldText(value) === wanted;
}

function calendarDate(value: string | number | boolean): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(value.trim());
  return m ? m[0] : null;
}

/** One rule as a predicate over the value read from a record. */
export function compileCondition(condition: Condition): (value: FieldValue | undefined) => boolean {
  const wanted = condition.values.map(foldText);
  const anyEquals = (value: FieldValue | undefined) => scalars(value).some((v) => wanted.some((w) => equals(v, w)));
  switch (condition.operator) {
    case 'is':
    case 'is_one_of':
      return anyEquals;
    case 'is_not':
      return (value) => isMissing(value) || !anyEquals(value);
    case 'contains':
      return (value) => scalars(value).some((v) => wanted.some((w) => w !== '' && foldText(String(v)).includes(w)));
    case 'before':
    case 'after': {
      const bound = condition.values[0]?.trim() ?? '';
      const before = condition.operator === 'before';
      return (value) => scalars(value).some((v) => {
        const date = calendarDate(v);
        return date !== null && bound !== '' && (before ? date < bound : date > bound);
      });
    }
    case 'is_empty':
      return isMissing;
    case 'is_not_empty':
      return (value) => !isMissing(value);
  }
}

/** All rules as one function; the first failing rule's index is reported. */
export function compileConditions(conditions: readonly Condition[], lookup: RecordLookup = () => undefined): CompiledConditions {
  if (conditions.length === 0) return () => MATCHES;
  const rules: { read: SourceReader; test: (v: FieldValue | undefined) => boolean }[] = conditions.map((c) => ({
    read: sourceReader(c.field, lookup) ?? (() => undefined),
    test: compileCondition(c),
  }));
  return (record) => {
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      if (!rule.test(rule.read(record))) return { matches: false, rule: i };
    }
    return MATCHES;
  };
}

/**
 * Whether one record passes the rules, or the first rule that excludes it.
 * Rules on `manager.*` need the other records: use `compileConditions` with a
 * lookup, or `countMatching`, for those; here the manager reads as missing.
 */
export function evaluateConditions(record: EmployeeRecord, conditions: readonly Condition[]): ConditionOutcome {
  return compileConditions(conditions)(record);
}

export interface MatchCount {
  readonly matching: number;
  readonly total: number;
  /** Per rule, how many records it excluded (as the first failing rule), so the counts add up to `total - matching`. */
  readonly excludedBy: readonly number[];
}

/** The live "N of M employees match" count. */
export function countMatching(records: readonly EmployeeRecord[], config: { readonly conditions: readonly Condition[] }): MatchCount {
  const byId = new Map<string, EmployeeRecord>();
  if (config.conditions.some((c) => c.field.startsWith('manager.'))) for (const r of records) byId.set(r.hrisId, r);
  const test = compileConditions(config.conditions, (id) => byId.get(id));
  const excludedBy = config.conditions.map(() => 0);
  let matching = 0;
  for (const record of records) {
    const outcome = test(record);
    if (outcome.matches) matching++;
    else excludedBy[outcome.rule]! += 1;
  }
  return { matching, total: records.length, excludedBy };
}
