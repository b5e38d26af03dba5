/**
 * Working with a computed plan: the entries applying it touches, a selection
 * of it ("Sync selected", "Retry failed") that keeps its hash lineage, and
 * the pure application of its creates and updates to host records — used by
 * the property tests and by the demo host adapter.
 */
import { hashValue } from './hash.js';
import type { ApplyResult, HostRecord } from './host.js';
import type { FieldValue } from './model.js';
import { once, withLineage } from './plan-hash.js';
import { GROUP_FIELD, HRIS_ID_FIELD, TAGS_FIELD, type PlanEntry, type SyncPlan } from './plan-types.js';

/** Entries applying the plan creates or updates: creates, updates, and leavers the policy acts on. */
export function actionableEntries(plan: SyncPlan): PlanEntry[] {
  return [...plan.create, ...plan.update, ...plan.leavers.filter((e) => e.action !== 'none')];
}

/**
 * The plan restricted to the given HRIS ids, in every bucket. Its hash is
 * derived from the parent's hash and the selection, and it records its parent
 * and root, so a host can check that what it applies descends from what the
 * user previewed. Like a full plan's, these are read when first asked for:
 * selecting from a plan whose hash was never read does not take it (0.3–0.5 s
 * for 100,000 entries) before the confirmation shows.
 */
export function selectFromPlan(plan: SyncPlan, hrisIds: Iterable<string>): SyncPlan {
  const wanted = new Set(hrisIds);
  const keep = (entries: readonly PlanEntry[]) => entries.filter((e) => wanted.has(e.hrisId));
  const selection = [...wanted].sort();
  const hash = once(() => hashValue(['selection', plan.hash, selection]));
  return withLineage({ hash, parentHash: () => plan.hash, rootHash: () => plan.rootHash }, selection, {
    schemaId: plan.schemaId, today: plan.today, totals: plan.totals,
    create: keep(plan.create), update: keep(plan.update), unchanged: keep(plan.unchanged), leavers: keep(plan.leavers),
    conflicts: keep(plan.conflicts), invalid: keep(plan.invalid), excluded: keep(plan.excluded),
    possibleMatches: plan.possibleMatches.filter((m) => wanted.has(m.hrisId)),
  });
}

/** "Retry failed": the part of the plan whose entries failed in `result`. */
export function failedPart(plan: SyncPlan, result: ApplyResult): SyncPlan {
  return selectFromPlan(plan, result.results.filter((r) => !r.ok).map((r) => r.hrisId));
}

export interface ApplyToRecordsOptions {
  /** Id for a created record; defaults to `hris-<hrisId>`. */
  readonly newId?: (entry: PlanEntry) => string;
}

/**
 * Host records after applying the plan's actionable entries: updated records
 * stay in place (as new objects), created ones are appended in plan order.
 * Updates whose host record is missing are skipped.
 */
export function applyPlanToRecords(hostRecords: readonly HostRecord[], plan: SyncPlan, options: ApplyToRecordsOptions = {}): HostRecord[] {
  const newId = options.newId ?? ((e: PlanEntry) => `hris-${e.hrisId}`);
  const out = [...hostRecords];
  const position = new Map<string, number>();
  out.forEach((r, i) => position.set(r.id, i));
  for (const e of actionableEntries(plan)) {
    if (e.action === 'create') {
      const created = withChanges({ id: newId(e), hrisId: null, values: {} }, e);
      position.set(created.id, out.length);
      out.push(created);
    } else if (e.hostId !== null) {
      const at = position.get(e.hostId);
      if (at !== undefined) out[at] = withChanges(out[at]!, e);
    }
  }
  return out;
}

function withChanges(record: HostRecord, e: PlanEntry): HostRecord {
  const values: Record<string, FieldValue> = { ...record.values };
  let next: HostRecord = { ...record, values };
  for (const change of e.changes) {
    if (change.field === HRIS_ID_FIELD) next = { ...next, hrisId: typeof change.after === 'string' ? change.after : null };
    else if (change.field === GROUP_FIELD) next = { ...next, group: typeof change.after === 'string' ? change.after : null };
    else if (change.field === TAGS_FIELD) next = { ...next, tags: Array.isArray(change.after) ? [...change.after] : [] };
    else values[change.field] = change.after;
  }
  return next;
}
