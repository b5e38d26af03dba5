/**
 * One sync run from "Sync now" to its results: the confirmation, the
 * cancelable `hris-request-sync` (the host may veto it, or hold it and call
 * `confirm()` later, e.g. after asking for a password), the apply through the
 * host adapter with progress and Stop, per-record results, "Retry failed"
 * (which applies only the failed part of the plan that was applied), and the
 * run history in the snapshot store. The plan itself is computed elsewhere;
 * this controller applies exactly the plan it is given.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApplyProgress, ApplyRecordResult, ApplyResult, HostAdapter } from '../../core/host.js';
import { failedPart } from '../../core/plan-apply.js';
import type { SyncPlan } from '../../core/plan-types.js';
import type { RunEntry, SnapshotKey } from '../../core/snapshot.js';
import { actionableIds, mergeResults, runFromSync, syncCounts, tallyResults, type SyncCounts } from '../../core/sync-run.js';
import { HrisRequestSyncEvent } from '../../events/request-sync.js';
import { HrisSyncCompleteEvent } from '../../events/sync-complete.js';
import { snapshotStore } from './snapshot-controller.js';

export type SyncPhase = 'idle' | 'confirming' | 'awaiting-host' | 'applying' | 'done';

export interface SyncSource {
  readonly host: HostAdapter | undefined;
  readonly key: SnapshotKey | null;
}

export interface SyncRequest {
  /** The plan to apply: the full plan, a selection of it, or the failed part of an earlier run. */
  readonly plan: SyncPlan;
  readonly counts: SyncCounts;
  readonly retry: boolean;
}

export interface SyncControllerOptions {
  readonly source: () => SyncSource;
  /** Where `hris-request-sync` and `hris-sync-complete` are dispatched (the element). */
  readonly target: EventTarget;
  /** Called after every run that reached the host, so the element can re-list the host's records. */
  readonly onApplied?: (result: ApplyResult | null) => void;
}

export class SyncController implements ReactiveController {
  phase: SyncPhase = 'idle';
  request: SyncRequest | null = null;
  progress: ApplyProgress | null = null;
  /** Per-record results of the last run, retries folded in. */
  results: ApplyRecordResult[] = [];
  /** The plan of the last run (what "Retry failed" selects from) and its merged result. */
  applied: { readonly plan: SyncPlan; readonly result: ApplyResult } | null = null;
  /** Why the last run failed as a whole (issue code), e.g. the host threw. */
  failure: string | null = null;
  /** True when the host vetoed the last request. */
  vetoed = false;
  history: RunEntry[] = [];

  private abort: AbortController | null = null;
  private historyKey = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SyncControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Shows the confirmation for `plan` (full plan or selection). */
  ask(plan: SyncPlan): void {
    this.set({ phase: 'confirming', request: { plan, counts: syncCounts(plan), retry: false }, vetoed: false, failure: null });
    // Confirming sends the plan's hash, which a plan takes when first read (0.3–0.5 s for 100,000 entries): take it
    // once the confirmation is on screen, while the admin reads it, rather than after the click.
    void this.host.updateComplete.then(() => setTimeout(() => {
      if (this.request?.plan === plan) void plan.hash;
    }));
  }

  /** Closes the confirmation (or drops a request the host held) without syncing. */
  dismiss(): void {
    if (this.phase === 'confirming' || this.phase === 'awaiting-host') this.set({ phase: this.applied ? 'done' : 'idle', request: null });
  }

  /** The user confirmed: fires `hris-request-sync`; applies unless the host vetoes or holds it. */
  async submit(): Promise<void> {
    const request = this.request;
    if (!request || this.phase !== 'confirming') return;
    const event = new HrisRequestSyncEvent({
      planHash: request.plan.hash,
      recordKeys: actionableIds(request.plan),
      hrisIds: actionableIds(request.plan),
      creates: request.counts.creates,
      updates: request.counts.updates,
      leavers: request.counts.leavers,
      counts: { creates: request.counts.creates, updates: request.counts.updates, leavers: request.counts.leavers, total: request.counts.total },
      retry: request.retry,
    });
    const go = this.options.target.dispatchEvent(event);
    if (!go) {
      this.set({ phase: 'awaiting-host', vetoed: true });
      return;
    }
    await this.apply();
  }

  /** The host allows a request it held (after `preventDefault()`); does nothing otherwise. */
  async confirm(): Promise<boolean> {
    if (this.phase !== 'awaiting-host' || !this.request) return false;
    await this.apply();
    return true;
  }

  /** "Retry failed": asks again (through `hris-request-sync`) for only the failed records of the last run. */
  async retryFailed(): Promise<void> {
    const applied = this.applied;
    if (!applied || this.phase === 'applying') return;
    const plan = failedPart(applied.plan, applied.result);
    this.set({ phase: 'confirming', request: { plan, counts: syncCounts(plan), retry: true }, vetoed: false, failure: null });
    await this.submit();
  }

  /** Stops a run in flight (the host adapter receives the abort through its signal). */
  stop(): void {
    this.abort?.abort();
  }

  /** Reads the run history for (tenant, connection); call when the key changes. */
  async loadHistory(force = false): Promise<void> {
    const key = this.options.source().key;
    const id = key ? JSON.stringify([key.tenant, key.connectionId]) : '';
    if (!force && id === this.historyKey) return;
    this.historyKey = id;
    if (!key) {
      this.set({ history: [] });
      return;
    }
    const runs = await (await snapshotStore()).listRuns(key, 20);
    if (this.historyKey === id) this.set({ history: runs.ok ? runs.value : [] });
  }

  private async apply(): Promise<void> {
    const request = this.request;
    const { host, key } = this.options.source();
    if (!request || !host || !key) return;
    const abort = new AbortController();
    this.abort = abort;
    const startedAt = new Date().toISOString();
    this.set({ phase: 'applying', progress: { done: 0, total: request.counts.total }, failure: null, vetoed: false });
    let result: ApplyResult | null = null;
    let failure: string | null = null;
    try {
      result = await host.apply(request.plan, {
        signal: abort.signal,
        idempotencyKey: request.plan.hash,
        onProgress: (progress) => {
          if (this.abort === abort) this.set({ progress });
        },
      });
    } catch {
      failure = abort.signal.aborted ? 'aborted' : 'host_error';
    }
    this.abort = null;
    const finishedAt = new Date().toISOString();
    const cancelled = abort.signal.aborted;
    const runs = result?.results ?? [];
    const results = request.retry ? mergeResults(this.results, runs) : [...runs];
    const parent = request.retry && this.applied ? this.applied.plan : request.plan;
    const merged: ApplyResult = { planHash: parent.hash, idempotencyKey: result?.idempotencyKey ?? request.plan.hash, results };
    this.set({ phase: 'done', request: null, progress: null, results, applied: { plan: parent, result: merged }, failure });
    const store = await snapshotStore();
    await store.addRun(runFromSync({ key, plan: request.plan, result, startedAt, finishedAt, cancelled, failure }));
    await this.loadHistory(true);
    const tally = tallyResults(request.plan, runs);
    this.options.target.dispatchEvent(new HrisSyncCompleteEvent({
      planHash: request.plan.hash,
      finishedAt,
      ...tally,
      results: runs.map((r) => ({ hrisId: r.hrisId, ok: r.ok, action: r.action, hostId: r.hostId, code: r.ok ? null : r.code })),
    }));
    this.options.onApplied?.(result);
  }

  private set(patch: Partial<Pick<SyncController, 'phase' | 'request' | 'progress' | 'results' | 'applied' | 'failure' | 'vetoed' | 'history'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}
