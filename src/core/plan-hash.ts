/**
 * A plan's hash: what identifies "the plan the user previewed" from preview to
 * apply (and keys the host's idempotency). It is a hash of the plan itself —
 * every entry of every bucket as the preview shows it and the host adapter
 * applies it, the possible matches, the totals — plus the config, schema and
 * date it was planned with. So two plannings that come to the same plan share
 * a hash, and any change of input that changes the plan changes it; an input
 * the plan does not depend on (a value no rule, mapping or match reads, the key
 * order of a host record's values, a host record no one matches and nothing
 * sums) cannot.
 *
 * Hashing the plan rather than its inputs also costs less: an unchanged record
 * feeds its ids and names, not every mapped value and every host value again.
 */
import { Hasher } from './hash.js';
import { PLAN_BUCKETS, type PlanEntry, type SyncPlan } from './plan-types.js';

export type PlanBody = Omit<SyncPlan, 'hash' | 'parentHash' | 'rootHash' | 'selection'>;

/** The hash of a full plan (`selection` null) planned under `settings` (the config, schema and date). */
export function hashPlan(settings: unknown, plan: PlanBody): string {
  const h = new Hasher().value(settings).value(plan.schemaId).value(plan.today)
    .value(plan.totals.pulled).value(plan.totals.matching).value(plan.totals.hostRecords);
  for (const bucket of PLAN_BUCKETS) {
    const entries = plan[bucket];
    h.string(bucket).value(entries.length);
    for (const entry of entries) feedEntry(h, entry);
  }
  h.value(plan.possibleMatches.length);
  for (const m of plan.possibleMatches) h.value(m.hrisId).value(m.displayName).value(m.hostId).value(m.kind);
  return h.digest();
}

/**
 * The full plan (`selection` null) with its hash taken the first time it is
 * read, once. Only applying a plan needs the hash, and most plans are only
 * looked at: the preview plans anew on every change of config. Built outside
 * `planSync` so the getters keep only the settings and the plan alive, not
 * the planner's working maps.
 */
export function withHash(settings: unknown, body: PlanBody): SyncPlan {
  const hash = once(() => hashPlan(settings, body));
  return withLineage({ hash, parentHash: () => null, rootHash: hash }, null, body);
}

/** How a plan names itself and its ancestry; each read when first asked for (`once`). */
export interface PlanLineage {
  readonly hash: () => string;
  readonly parentHash: () => string | null;
  readonly rootHash: () => string;
}

/**
 * A plan (a full one or a selection) whose hash, parent and root are
 * enumerable getters over `lineage`, in the members' usual order: copying,
 * cloning or serializing the plan reads them.
 */
export function withLineage(lineage: PlanLineage, selection: readonly string[] | null, body: PlanBody): SyncPlan {
  return {
    get hash() { return lineage.hash(); },
    get parentHash() { return lineage.parentHash(); },
    get rootHash() { return lineage.rootHash(); },
    selection,
    ...body,
  };
}

/** `compute`, run on the first call only. */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** Every member of an entry in a fixed order; issues (rare) as whole values. */
function feedEntry(h: Hasher, e: PlanEntry): void {
  h.value(e.hrisId).value(e.hostId).value(e.displayName).value(e.identifier).value(e.matchedBy).value(e.action).value(e.excludedBy);
  const changes = e.changes;
  h.value(changes.length);
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    h.value(c.field).value(c.before).value(c.after);
  }
  h.value(e.reasons).value(e.warnings);
}
