/**
 * What `<hris-sync-preview>` lists: one light view model per plan entry,
 * built once per plan, and the bucket / search / sort of those rows in one
 * pass. Search and sort keys are computed on first use and kept on the row,
 * so opening a 100,000-row plan costs one object per entry and nothing more;
 * typing a query walks the rows once, sorting compares precomputed keys.
 */
import type { SyncConfig } from './config.js';
import type { HostSchema } from './host.js';
import { PLAN_BUCKETS, type PlanBucket, type PlanEntry, type SyncPlan } from './plan-types.js';
import type { SnapshotDiff } from './snapshot.js';

/** How an HRIS record changed since the previous retrieval. */
export type SinceMark = 'added' | 'changed' | null;

export interface PlanRow {
  /** Position in the plan's own order: the default sort, and the row's key (an HRIS id may appear twice among conflicts). */
  readonly order: number;
  readonly bucket: PlanBucket;
  readonly entry: PlanEntry;
  /** Whether "Sync selected" can act on it: creates, updates and leavers the policy acts on. */
  readonly actionable: boolean;
  /** Set once the diff against the previous snapshot is known. */
  since: SinceMark;
  /** Lazily computed keys (see `searchKey`, `sortKey`). */
  _search?: string;
  _name?: string;
  _identifier?: string;
}

export const PLAN_SORTS = ['plan', 'name', 'identifier', 'changes', 'since'] as const;
export type PlanSortKey = (typeof PLAN_SORTS)[number];

export interface PlanSort {
  readonly key: PlanSortKey;
  readonly descending: boolean;
}

export interface PlanRows {
  readonly byBucket: Readonly<Record<PlanBucket, readonly PlanRow[]>>;
  readonly counts: Readonly<Record<PlanBucket, number>>;
  /** Rows by HRIS id (the first one, for the rare duplicate among conflicts). */
  readonly byHrisId: ReadonlyMap<string, PlanRow>;
}

/**
 * The rows of a plan, grouped by bucket in plan order. The index by HRIS id is
 * built on first use (selection, since-marks), not before the first rows show.
 */
export function buildPlanRows(plan: SyncPlan): PlanRows {
  const byBucket = {} as Record<PlanBucket, PlanRow[]>;
  const counts = {} as Record<PlanBucket, number>;
  let order = 0;
  for (const bucket of PLAN_BUCKETS) {
    const entries = plan[bucket];
    const rows: PlanRow[] = new Array<PlanRow>(entries.length);
    for (let i = 0; i < entries.length; i += 1) {
      const entry = entries[i]!;
      rows[i] = { order: order++, bucket, entry, actionable: entry.action !== 'none', since: null };
    }
    byBucket[bucket] = rows;
    counts[bucket] = rows.length;
  }
  let index: Map<string, PlanRow> | null = null;
  return {
    byBucket,
    counts,
    get byHrisId(): ReadonlyMap<string, PlanRow> {
      if (!index) {
        index = new Map();
        for (const bucket of PLAN_BUCKETS) for (const row of byBucket[bucket]) if (!index.has(row.entry.hrisId)) index.set(row.entry.hrisId, row);
      }
      return index;
    },
  };
}

/** Marks the rows whose HRIS record is new or changed since the previous snapshot; returns how many were marked. */
export function markSince(rows: PlanRows, diff: Pick<SnapshotDiff, 'added' | 'changed'>): number {
  let marked = 0;
  const mark = (ids: readonly string[], value: SinceMark) => {
    for (const id of ids) {
      const row = rows.byHrisId.get(id);
      if (!row) continue;
      row.since = value;
      marked += 1;
    }
  };
  mark(diff.added, 'added');
  mark(diff.changed, 'changed');
  return marked;
}

/** Text folded for search and sort: Unicode-decomposed, accents dropped, lower case, single spaces. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function searchKey(row: PlanRow): string {
  if (row._search === undefined) {
    const e = row.entry;
    row._search = fold([e.displayName, e.identifier ?? '', e.hrisId, e.hostId ?? ''].join('\n'));
  }
  return row._search;
}

function nameKey(row: PlanRow): string {
  return (row._name ??= fold(row.entry.displayName));
}

function identifierKey(row: PlanRow): string {
  return (row._identifier ??= fold(row.entry.identifier ?? ''));
}

const SINCE_RANK: Readonly<Record<string, number>> = { added: 0, changed: 1, null: 2 };

function compare(key: PlanSortKey): (a: PlanRow, b: PlanRow) => number {
  const byOrder = (a: PlanRow, b: PlanRow) => a.order - b.order;
  const text = (k: (r: PlanRow) => string) => (a: PlanRow, b: PlanRow) => {
    const x = k(a);
    const y = k(b);
    return x < y ? -1 : x > y ? 1 : byOrder(a, b);
  };
  switch (key) {
    case 'name':
      return text(nameKey);
    case 'identifier':
      return text(identifierKey);
    case 'changes':
      return (a, b) => b.entry.changes.length - a.entry.changes.length || byOrder(a, b);
    case 'since':
      return (a, b) => SINCE_RANK[String(a.since)]! - SINCE_RANK[String(b.since)]! || byOrder(a, b);
    case 'plan':
      return byOrder;
  }
}

/**
 * The rows of one bucket that contain `query` (folded: case and accents do
 * not matter) in the name, identifier, HRIS id or host id, in the requested
 * order. Always a new array; the input is never reordered.
 */
export function viewRows(rows: readonly PlanRow[], query: string, sort: PlanSort = { key: 'plan', descending: false }): PlanRow[] {
  const q = fold(query);
  let out: PlanRow[];
  if (q === '') out = rows.slice();
  else {
    out = [];
    for (const row of rows) if (searchKey(row).includes(q)) out.push(row);
  }
  if (sort.key !== 'plan') {
    // Keys are computed once per row before sorting, not once per comparison.
    if (sort.key === 'name') for (const r of out) nameKey(r);
    else if (sort.key === 'identifier') for (const r of out) identifierKey(r);
    out.sort(compare(sort.key));
  }
  if (sort.descending) out.reverse();
  return out;
}

/** Whether planning needs the phone validator: the config maps a source into a host field of type phone. */
export function configNeedsPhone(config: Pick<SyncConfig, 'mappings'>, schema: Pick<HostSchema, 'fields'>): boolean {
  const phoneTargets = new Set(schema.fields.filter((f) => f.type === 'phone').map((f) => f.id));
  return config.mappings.some((m) => phoneTargets.has(m.target));
}
