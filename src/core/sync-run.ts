/**
 * One sync run as the preview shows and records it: what a request will do
 * (the numbers of the confirmation and of `hris-request-sync`), the
 * per-record outcome of an `ApplyResult`, "Retry failed" folded back into
 * the results, and the run-history entry. Pure functions over plain data.
 */
import type { SyncConfig } from './config.js';
import type { ApplyRecordResult, ApplyResult } from './host.js';
import { actionableEntries } from './plan-apply.js';
import type { SyncPlan } from './plan-types.js';
import type { RunEntry, SnapshotKey } from './snapshot.js';

export interface SyncCounts {
  readonly creates: number;
  readonly updates: number;
  /** Leavers the policy acts on (tag or group); skipped leavers are not counted. */
  readonly leavers: number;
  /** Leavers left alone (policy `skip`, or nothing to change). */
  readonly leaversSkipped: number;
  readonly total: number;
}

/** What applying `plan` will do, entry by entry. */
export function syncCounts(plan: SyncPlan): SyncCounts {
  const leavers = plan.leavers.filter((e) => e.action !== 'none').length;
  return {
    creates: plan.create.length,
    updates: plan.update.length,
    leavers,
    leaversSkipped: plan.leavers.length - leavers,
    total: plan.create.length + plan.update.length + leavers,
  };
}

/** HRIS ids of the entries applying `plan` acts on, in plan order. */
export function actionableIds(plan: SyncPlan): string[] {
  return actionableEntries(plan).map((e) => e.hrisId);
}

/** The leaver policy as plain data for the confirmation sentence. */
export function leaverHandling(config: Pick<SyncConfig, 'leavers'>): { readonly policy: 'skip' | 'tag' | 'group'; readonly value: string | null } {
  const l = config.leavers;
  return l.policy === 'tag' ? { policy: 'tag', value: l.tag } : l.policy === 'group' ? { policy: 'group', value: l.group } : { policy: 'skip', value: null };
}

export interface SyncTally {
  readonly created: number;
  readonly updated: number;
  readonly failed: number;
  /** Entries of the plan the host reported nothing for. */
  readonly skipped: number;
}

/** Counts of one run's results against the plan that was applied. */
export function tallyResults(plan: SyncPlan, results: readonly ApplyRecordResult[]): SyncTally {
  let created = 0;
  let updated = 0;
  let failed = 0;
  const reported = new Set<string>();
  for (const r of results) {
    reported.add(r.hrisId);
    if (!r.ok) failed += 1;
    else if (r.action === 'create') created += 1;
    else updated += 1;
  }
  const skipped = actionableIds(plan).filter((id) => !reported.has(id)).length;
  return { created, updated, failed, skipped };
}

/**
 * The results after "Retry failed": each retried record's new outcome
 * replaces its old one in place; everything else stays as it was.
 */
export function mergeResults(previous: readonly ApplyRecordResult[], retry: readonly ApplyRecordResult[]): ApplyRecordResult[] {
  const next = new Map(retry.map((r) => [r.hrisId, r]));
  const merged = previous.map((r) => next.get(r.hrisId) ?? r);
  const known = new Set(previous.map((r) => r.hrisId));
  for (const r of retry) if (!known.has(r.hrisId)) merged.push(r);
  return merged;
}

export const SYNC_RUN_STATUSES = ['COMPLETE', 'PARTIAL', 'FAILED', 'CANCELLED'] as const;
export type SyncRunStatus = (typeof SYNC_RUN_STATUSES)[number];

/** COMPLETE when every record went through, PARTIAL when some did, FAILED when none did. */
export function runStatus(tally: SyncTally, cancelled: boolean): SyncRunStatus {
  if (cancelled) return 'CANCELLED';
  const ok = tally.created + tally.updated;
  if (tally.failed === 0 && tally.skipped === 0) return 'COMPLETE';
  return ok > 0 ? 'PARTIAL' : 'FAILED';
}

export interface SyncRunInput {
  readonly key: SnapshotKey;
  readonly plan: SyncPlan;
  /** Null when the host threw or the run was cancelled before any result. */
  readonly result: ApplyResult | null;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly cancelled?: boolean;
  /** Why the run failed as a whole (the host threw), as an issue code. */
  readonly failure?: string | null;
}

/** The run-history entry of one sync (or retry). */
export function runFromSync(input: SyncRunInput): RunEntry {
  const tally = tallyResults(input.plan, input.result?.results ?? []);
  const status = input.result === null && !input.cancelled ? 'FAILED' : runStatus(tally, input.cancelled ?? false);
  const codes = new Set<string>();
  if (input.failure) codes.add(input.failure);
  for (const r of input.result?.results ?? []) if (!r.ok) codes.add(r.code);
  return {
    tenant: input.key.tenant,
    connectionId: input.key.connectionId,
    kind: 'sync',
    status,
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    counts: { ...tally, planned: syncCounts(input.plan).total },
    reasons: [...codes].map((code) => ({ code })),
  };
}
