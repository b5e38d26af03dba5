/**
 * Where a HiBob field lives in a person of a search answer: `root.*` at the
 * top level, other ids nested by category (`work.title`), and the same values
 * again under slash keys (`"/work/title": { "value": … }`).
 */
import { isObject } from './coercions.js';

/** Own property lookup along a dot path; undefined when any step is missing. */
function walk(node: unknown, parts: readonly string[]): unknown {
  let current = node;
  for (const part of parts) {
    if (!isObject(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current;
}

interface FieldPath { readonly nested: readonly string[]; readonly slash: readonly string[] }

/**
 * Where a Bob id lives, worked out once per id rather than once per person and field (a 10,000-person run asks
 * about 60 ids of each person). Ids come from the catalog and the data's custom keys: the cache starts over when
 * a tenant's keys would grow it past a bound.
 */
const PATHS = new Map<string, FieldPath>();
const MAX_PATHS = 4096;

function pathOf(id: string): FieldPath {
  let path = PATHS.get(id);
  if (path === undefined) {
    const parts = id.split('.');
    path = { nested: parts[0] === 'root' ? parts.slice(1) : parts, slash: ['/' + parts.join('/')] };
    if (PATHS.size >= MAX_PATHS) PATHS.clear();
    PATHS.set(id, path);
  }
  return path;
}

/** A field by Bob id: `root.*` lives at the top level; slash keys (`/work/title: { value }`) are the fallback. */
export function valueAt(node: unknown, id: string): unknown {
  const path = pathOf(id);
  const nested = walk(node, path.nested);
  if (nested !== undefined) return nested;
  const slash = walk(node, path.slash);
  return isObject(slash) && Object.hasOwn(slash, 'value') ? slash.value : slash;
}
