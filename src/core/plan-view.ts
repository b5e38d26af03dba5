/**
 * What `<hris-sync-preview>` lists, as an index over the plan itself: a row
 * is a position in the plan's order (bucket after bucket, as `PLAN_BUCKETS`
 * lists them), and the plan's own bucket arrays are the default view. Opening
 * a plan of any size costs a few numbers per bucket; nothing is made per
 * entry before the first rows show. Per-row state lives in arrays indexed by
 * that position, each made on first use: the since-marks when the diff
 * against the previous snapshot is known, the search and sort keys when a
 * query or a sort needs them. A searched or sorted view is a list of
 * positions, built only then. `PlanRow` objects are made for the rows on
 * screen only.
 */
import type { SyncConfig } from './config.js';
import type { HostSchema } from './host.js';
import { PLAN_BUCKETS, type PlanBucket, type PlanEntry, type SyncPlan } from './plan-types.js';
import type { SnapshotDiff } from './snapshot.js';

/** How an HRIS record changed since the previous retrieval. */
export type SinceMark = 'added' | 'changed' | null;

/** One plan entry as a list row: made when asked for, never stored. */
export interface PlanRow {
  /** Position in the plan's own order: the default sort, and the row's key (an HRIS id may appear twice among conflicts). */
  readonly order: number;
  readonly bucket: PlanBucket;
  readonly entry: PlanEntry;
  /** Whether "Sync selected" can act on it: creates, updates and leavers the policy acts on. */
  readonly actionable: boolean;
  /** Set once the diff against the previous snapshot is known (`markSince`). */
  readonly since: SinceMark;
}

export const PLAN_SORTS = ['plan', 'name', 'identifier', 'changes', 'since'] as const;
export type PlanSortKey = (typeof PLAN_SORTS)[number];

export interface PlanSort {
  readonly key: PlanSortKey;
  readonly descending: boolean;
}

/** Since-marks as stored per position: 0 none. */
const SINCE_CODES: readonly SinceMark[] = [null, 'added', 'changed'];

export interface PlanRows {
  readonly plan: SyncPlan;
  readonly counts: Readonly<Record<PlanBucket, number>>;
  /** Number of entries in the plan, all buckets together. */
  readonly total: number;
  /** Plan position of the row `position` of `bucket`. */
  orderOf(bucket: PlanBucket, position: number): number;
  /** The row at a plan position, or undefined past the end. */
  row(order: number): PlanRow | undefined;
  /** The row of an HRIS id (the first one, for the rare duplicate among conflicts); the index is built on first use. */
  find(hrisId: string): PlanRow | undefined;
  /** The since-mark of the row at a plan position (null until `markSince` marked it). */
  since(order: number): SinceMark;
}

/** Per-position state of a plan's rows, each array made on first use. */
interface RowState {
  since: Uint8Array | null;
  byHrisId: Map<string, number> | null;
  search: (string | undefined)[] | null;
  name: (string | undefined)[] | null;
  identifier: (string | undefined)[] | null;
}

const states = new WeakMap<PlanRows, RowState>();
const stateOf = (rows: PlanRows): RowState => {
  const state = states.get(rows);
  if (!state) throw new Error('plan rows not made by buildPlanRows');
  return state;
};

/** The rows of a plan: counts and bucket offsets only, whatever the plan's size. */
export function buildPlanRows(plan: SyncPlan): PlanRows {
  const counts = {} as Record<PlanBucket, number>;
  const offsets = {} as Record<PlanBucket, number>;
  let total = 0;
  for (const bucket of PLAN_BUCKETS) {
    offsets[bucket] = total;
    counts[bucket] = plan[bucket].length;
    total += plan[bucket].length;
  }
  const state: RowState = { since: null, byHrisId: null, search: null, name: null, identifier: null };
  const since = (order: number): SinceMark => SINCE_CODES[state.since?.[order] ?? 0] ?? null;
  const row = (order: number): PlanRow | undefined => {
    if (!(order >= 0 && order < total)) return undefined;
    let b = PLAN_BUCKETS.length - 1;
    while (offsets[PLAN_BUCKETS[b]!] > order) b -= 1;
    const bucket = PLAN_BUCKETS[b]!;
    const entry = plan[bucket][order - offsets[bucket]]!;
    return { order, bucket, entry, actionable: entry.action !== 'none', since: since(order) };
  };
  const rows: PlanRows = {
    plan,
    counts,
    total,
    orderOf: (bucket, position) => offsets[bucket] + position,
    row,
    since,
    find(hrisId) {
      if (!state.byHrisId) {
        const index = new Map<string, number>();
        let order = 0;
        for (const bucket of PLAN_BUCKETS) {
          for (const entry of plan[bucket]) {
            if (!index.has(entry.hrisId)) index.set(entry.hrisId, order);
            order += 1;
          }
        }
        state.byHrisId = index;
      }
      const order = state.byHrisId.get(hrisId);
      return order === undefined ? undefined : row(order);
    },
  };
  states.set(rows, state);
  return rows;
}

/** Marks the rows whose HRIS record is new or changed since the previous snapshot; returns how many were marked. */
export function markSince(rows: PlanRows, diff: Pick<SnapshotDiff, 'added' | 'changed'>): number {
  let marked = 0;
  const state = stateOf(rows);
  const marks = (state.since ??= new Uint8Array(rows.total));
  const mark = (ids: readonly string[], code: number) => {
    for (const id of ids) {
      const row = rows.find(id);
      if (!row) continue;
      marks[row.order] = code;
      marked += 1;
    }
  };
  mark(diff.added, SINCE_CODES.indexOf('added'));
  mark(diff.changed, SINCE_CODES.indexOf('changed'));
  return marked;
}

/** Text folded for search and sort: Unicode-decomposed, accents dropped, lower case, single spaces. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

type Keys = 'search' | 'name' | 'identifier';

const KEYS: Readonly<Record<Keys, (e: PlanEntry) => string>> = {
  search: (e) => fold([e.displayName, e.identifier ?? '', e.hrisId, e.hostId ?? ''].join('\n')),
  name: (e) => fold(e.displayName),
  identifier: (e) => fold(e.identifier ?? ''),
};

/** The folded `kind` key of each position of `bucket`, computed on first use and kept for the plan's lifetime. */
function keysOf(rows: PlanRows, kind: Keys, bucket: PlanBucket): (position: number) => string {
  const state = stateOf(rows);
  const keys = (state[kind] ??= new Array<string | undefined>(rows.total));
  const entries = rows.plan[bucket];
  const offset = rows.orderOf(bucket, 0);
  const make = KEYS[kind];
  return (position) => (keys[offset + position] ??= make(entries[position]!));
}

/**
 * What the grid lists for one bucket: `entries` in view order, and where
 * each one is in the bucket. Without a query or a sort, `entries` is the
 * plan's own array and `positions` is null (position = index).
 */
export interface PlanView {
  readonly bucket: PlanBucket;
  readonly entries: readonly PlanEntry[];
  readonly positions: readonly number[] | null;
}

/** The row listed at `index` of `view`, or undefined past its end. */
export function viewRow(rows: PlanRows, view: PlanView, index: number): PlanRow | undefined {
  if (!(index >= 0 && index < view.entries.length)) return undefined;
  return rows.row(rows.orderOf(view.bucket, view.positions ? view.positions[index]! : index));
}

/** The plan position of the row listed at `index` of `view` (the row's key). */
export function viewOrder(rows: PlanRows, view: PlanView, index: number): number {
  return rows.orderOf(view.bucket, view.positions ? view.positions[index]! : index);
}

const SINCE_RANK: Readonly<Record<string, number>> = { added: 0, changed: 1, null: 2 };

/** Compares two positions of `bucket` by `key`, plan order breaking ties. */
function compare(rows: PlanRows, bucket: PlanBucket, key: Exclude<PlanSortKey, 'plan'>): (a: number, b: number) => number {
  const text = (k: (position: number) => string) => (a: number, b: number) => {
    const x = k(a);
    const y = k(b);
    return x < y ? -1 : x > y ? 1 : a - b;
  };
  const entries = rows.plan[bucket];
  switch (key) {
    case 'name':
      return text(keysOf(rows, 'name', bucket));
    case 'identifier':
      return text(keysOf(rows, 'identifier', bucket));
    case 'changes':
      return (a, b) => entries[b]!.changes.length - entries[a]!.changes.length || a - b;
    case 'since': {
      const rank = (p: number) => SINCE_RANK[String(rows.since(rows.orderOf(bucket, p)))]!;
      return (a, b) => rank(a) - rank(b) || a - b;
    }
  }
}

/**
 * The rows of one bucket that contain `query` (folded: case and accents do
 * not matter) in the name, identifier, HRIS id or host id, in the requested
 * order. With no query and the plan's order, the view is the plan's own
 * array (nothing copied); otherwise a new list. The plan is never reordered.
 */
export function viewRows(rows: PlanRows, bucket: PlanBucket, query: string, sort: PlanSort = { key: 'plan', descending: false }): PlanView {
  const entries = rows.plan[bucket];
  const q = fold(query);
  if (q === '' && sort.key === 'plan' && !sort.descending) return { bucket, entries, positions: null };
  let positions: number[];
  if (q === '') {
    positions = new Array<number>(entries.length);
    for (let i = 0; i < entries.length; i += 1) positions[i] = i;
  } else {
    positions = [];
    const search = keysOf(rows, 'search', bucket);
    for (let i = 0; i < entries.length; i += 1) if (search(i).includes(q)) positions.push(i);
  }
  if (sort.key !== 'plan') {
    const cmp = compare(rows, bucket, sort.key);
    // Keys are computed once per row before sorting, not once per comparison.
    if (sort.key === 'name' || sort.key === 'identifier') {
      const key = keysOf(rows, sort.key, bucket);
      for (const p of positions) key(p);
    }
    positions.sort(cmp);
  }
  if (sort.descending) positions.reverse();
  return { bucket, entries: positions.map((p) => entries[p]!), positions };
}

/** Whether planning needs the phone validator: the config maps a source into a host field of type phone. */
export function configNeedsPhone(config: Pick<SyncConfig, 'mappings'>, schema: Pick<HostSchema, 'fields'>): boolean {
  const phoneTargets = new Set(schema.fields.filter((f) => f.type === 'phone').map((f) => f.id));
  return config.mappings.some((m) => phoneTargets.has(m.target));
}
