/**
 * Small helpers the HiBob, Humaans and Lucca modules share: reading list
 * envelopes into pages, turning vendor values into field values, vendor status
 * words into canonical statuses, and contract dates into a status.
 */
import type { EmploymentStatus, FieldValue } from '../model.js';
import { fail, issue, ok, type Issue, type Result } from '../result.js';
import { isObject } from './coercions.js';
import type { Page } from './types.js';

/** Today's calendar date (UTC) as `YYYY-MM-DD`. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Status from contract dates: a start after today is onboarding, an end before
 * today is inactive (the last day itself still counts as employed), else active.
 */
export function statusFromDates(start: string | null, end: string | null, now: Date): EmploymentStatus {
  const today = isoDay(now);
  if (end !== null && end < today) return 'inactive';
  if (start !== null && start > today) return 'onboarding';
  return 'active';
}

/** Folds a vendor status word for lookup: `On Leave`, `on_leave`, `ON-LEAVE` → `onleave`. */
export function foldStatus(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * A canonical status from a vendor word, through a table of folded words.
 * An unknown word becomes `unknown` with a `status_unknown` issue; an absent
 * word gives null so the caller can fall back to dates.
 */
export function statusFromWord(value: unknown, table: Readonly<Record<string, EmploymentStatus>>): { status: EmploymentStatus; issue?: Issue } | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const word = foldStatus(value);
  const status = Object.hasOwn(table, word) ? table[word] : undefined;
  return status ? { status } : { status: 'unknown', issue: issue('status_unknown', { value: value.trim() }) };
}

/**
 * A vendor value as a catalog field value: scalars as they are, arrays as
 * lists of their texts (list items may be `{ value }` or `{ name }` objects),
 * `{ value }` wrappers unwrapped. Anything else (nested objects) is undefined.
 */
export function toFieldValue(value: unknown): FieldValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const entry of value) {
      const inner = isObject(entry) ? (entry.value ?? entry.name) : entry;
      if (typeof inner === 'string') items.push(inner);
      else if (typeof inner === 'number' && Number.isFinite(inner)) items.push(String(inner));
    }
    return items;
  }
  if (isObject(value) && 'value' in value) return toFieldValue(value.value);
  return undefined;
}

/** The items of a list found at `keys` of a response body, or an `invalid_envelope` issue. */
export function listAt(body: unknown, keys: readonly string[], provider: string, resource: string): Result<unknown[]> {
  let node: unknown = body;
  for (const key of keys) node = isObject(node) ? node[key] : undefined;
  if (!Array.isArray(node)) return fail(issue('invalid_envelope', { provider, resource }));
  return ok(node);
}

/** Why a raw item is not an object, for the quarantine. */
export function notAnObject(item: unknown): Issue {
  return issue('not_an_object', { type: item === null ? 'null' : Array.isArray(item) ? 'array' : typeof item });
}

/** A page from a list found at `keys`, with the vendor's total when it gives a usable one. */
export function pageAt(body: unknown, keys: readonly string[], provider: string, resource: string, total: unknown = null): Result<Page> {
  const items = listAt(body, keys, provider, resource);
  if (!items.ok) return items;
  const count = typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total
    : typeof total === 'string' && /^\d+$/.test(total) ? Number(total) : null;
  return ok({ items: items.value, total: count });
}
