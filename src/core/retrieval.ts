/**
 * `retrieve`: runs a provider's retrieval plan through the host's proxy and
 * tells exactly how it went. Every resource is read page by page (see
 * `paginate.ts`) under one retry budget, one pacer set from the
 * vendor's rate limits and one bound on requests in flight; the raw items are
 * normalized by the provider (zod per record, quarantine by reason,
 * duplicates merged by vendor id): page by page while the next pages are on
 * their way when the provider can (`ProviderDefinition.stream`: Personio,
 * HiBob), else once every resource is read. Either way the result is the
 * same: pages are handed over in the order of the final list.
 *
 * The outcome is COMPLETE only when every resource was read to the end. A
 * PARTIAL outcome still carries what was read, for display, but must never
 * replace the last good snapshot nor be read as "employees removed"; a FAILED
 * one carries no records at all. `retrieve` never throws, not even on abort.
 */
import type { ProxyClient } from './proxy-client.js';
import type { NormalizeContext, NormalizeResult, NormalizeStream, ProviderDefinition, RawData, RequestOverride, ResourceSpec } from './providers/types.js';
import { issue, type Issue } from './result.js';
import { rateWindows, RequestPacer, Semaphore } from './rate-limit.js';
import { DEFAULT_RETRY_POLICY, RetryBudget, systemClock, type Clock, type RetryPolicy } from './retry.js';
import { readResource, type ResourceProgress, type ResourceRead, type ResourceReport } from './paginate.js';
import type { RunContext } from './fetch-page.js';

import type { RetrievalStatus } from './retrieval-status.js';

export { RETRIEVAL_STATUSES, type RetrievalStatus } from './retrieval-status.js';

export interface RetrievalProgress extends ResourceProgress {
  /** Pages and raw records read so far over all resources. */
  readonly totalPages: number;
  readonly totalRecords: number;
}

export interface RetrieveOptions {
  readonly provider: ProviderDefinition;
  readonly connectionId: string;
  readonly client: ProxyClient;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RetrievalProgress) => void;
  readonly policy?: Partial<RetryPolicy>;
  readonly clock?: Clock;
  /** Source of jitter; `Math.random` unless a test pins it. */
  readonly random?: () => number;
  /** Special-category field ids the host allows explicitly, in code. */
  readonly allowSensitive?: Iterable<string>;
}

export interface RetrievalOutcome {
  readonly status: RetrievalStatus;
  /** Why the run is not COMPLETE (empty when it is), one issue per distinct cause. */
  readonly reasons: readonly Issue[];
  readonly provider: ProviderDefinition['id'];
  readonly connectionId: string;
  /** Raw items per resource, as read (possibly incomplete unless COMPLETE). */
  readonly raw: RawData;
  /** Normalized records; null when the run FAILED. */
  readonly result: NormalizeResult | null;
  /** Quarantined records counted by reason code. */
  readonly quarantineByReason: Readonly<Record<string, number>>;
  readonly resources: readonly ResourceReport[];
  readonly pages: number;
  readonly records: number;
  readonly retries: number;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
}

function statusOf(reads: readonly ResourceRead[], stopped: Issue | null): RetrievalStatus {
  if (stopped?.code === 'aborted') return 'FAILED';
  if (reads.some((r) => !r.report.optional && r.report.status === 'failed')) return 'FAILED';
  if (stopped !== null || reads.some((r) => r.report.status !== 'complete')) return 'PARTIAL';
  return 'COMPLETE';
}

function reasonsOf(reads: readonly ResourceRead[], stopped: Issue | null): Issue[] {
  if (stopped?.code === 'aborted') return [stopped];
  const out: Issue[] = stopped ? [stopped] : [];
  for (const read of reads) {
    for (const reason of read.report.reasons) {
      // Requests cut short because the run stopped are not a cause of their own.
      if (reason.code === 'aborted' || reason === stopped) continue;
      if (!out.some((r) => r.code === reason.code && r.params?.['resource'] === reason.params?.['resource'])) out.push(reason);
    }
  }
  return out;
}

/** A resource left unread because one it depends on failed: no items, no cause of its own. */
function notRead(spec: ResourceSpec): ResourceRead {
  return {
    report: { name: spec.name, status: 'failed', optional: spec.optional === true, pages: 0, items: 0, total: null, failedAtOffset: null, reasons: [] },
    items: [],
    fatal: null,
  };
}

export async function retrieve(options: RetrieveOptions): Promise<RetrievalOutcome> {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  // The account's limit and every endpoint's limits all hold at once.
  const windows = [options.provider.vendor, ...options.provider.resources].flatMap((limits) => rateWindows(limits));
  const run: RunContext = {
    client: options.client,
    connectionId: options.connectionId,
    policy,
    clock,
    random: options.random ?? Math.random,
    budget: new RetryBudget(policy),
    pacer: new RequestPacer({ windows, clock }),
    signal,
  };
  const pool = new Semaphore(policy.concurrency);
  let totalPages = 0;
  let totalRecords = 0;
  const perResource = new Map<string, ResourceProgress>();
  let stopped: Issue | null = null;

  const { resources } = options.provider;
  const context = (): NormalizeContext => ({ allowSensitive: new Set(options.allowSensitive ?? []), now: new Date(clock.now()) });
  // The provider's people are normalized page by page while they are read, when that needs nothing read after them.
  const streamed = options.provider.stream;
  // Assigned in `readOne`: typed as a cast so that the check after the reads is not narrowed to its first value.
  let stream = null as NormalizeStream | null;
  const readOne = async (spec: ResourceSpec, override?: RequestOverride, earlier?: RawData): Promise<ResourceRead> => {
    const { batches, ...request } = override ?? {};
    const open = streamed?.resource === spec.name && (spec.prepare !== undefined || resources.length === 1) ? streamed.open(earlier ?? {}, context()) : null;
    if (open !== null) stream = open;
    const read = await readResource(run, pool, { ...spec, ...request }, {
      onProgress: (progress) => {
        // Lookups (field metadata, an id listing) are not people: the progress a host shows counts people only.
        if (spec.lookup) return;
        const before = perResource.get(progress.resource);
        totalPages += progress.pages - (before?.pages ?? 0);
        totalRecords += progress.records - (before?.records ?? 0);
        perResource.set(progress.resource, progress);
        if (!options.signal?.aborted) options.onProgress?.({ ...progress, totalPages, totalRecords });
      },
      batches,
      onItems: open === null ? undefined : (items) => open.push(spec.name, items),
    });
    if (read.fatal && stopped === null) {
      stopped = read.fatal;
      stop.abort();
    }
    return read;
  };
  // Resources with `prepare` need the others' items first (HiBob's custom field ids come from its field metadata).
  // A dependent resource is not read when a required one failed (the run has FAILED already).
  const firstReads = await Promise.all(resources.map((spec) => (spec.prepare ? null : readOne(spec))));
  const earlier: Record<string, readonly unknown[]> = {};
  resources.forEach((spec, i) => { if (firstReads[i]) earlier[spec.name] = firstReads[i]!.items; });
  const requiredFailed = firstReads.some((read) => read !== null && !read.report.optional && read.report.status === 'failed');
  const reads = await Promise.all(resources.map((spec, i) =>
    firstReads[i] ?? (requiredFailed ? Promise.resolve(notRead(spec)) : readOne(spec, spec.prepare!(earlier), earlier))));
  if (options.signal?.aborted) stopped = issue('aborted');

  let status = statusOf(reads, stopped);
  const extra: Issue[] = [];
  const raw: Record<string, readonly unknown[]> = {};
  for (const [i, spec] of options.provider.resources.entries()) raw[spec.name] = reads[i]!.items;
  let result: NormalizeResult | null = null;
  const quarantineByReason: Record<string, number> = {};
  if (status !== 'FAILED') {
    result = stream === null ? options.provider.normalize(raw, context()) : stream.finish();
    for (const q of result.quarantine) quarantineByReason[q.reason.code] = (quarantineByReason[q.reason.code] ?? 0) + 1;
    // Duplicates merged by vendor id must not hide a person the vendor counted but never sent.
    const main = reads.find((r, i) => !r.report.optional && !resources[i]!.lookup)?.report;
    if (status === 'COMPLETE' && main && main.total !== null) {
      const distinct = result.records.length + result.quarantine.filter((q) => q.resource === main.name).length;
      if (distinct < main.total) {
        status = 'PARTIAL';
        extra.push(issue('total_mismatch', { resource: main.name, expected: main.total, received: distinct }));
      }
    }
  }
  const finished = clock.now();
  return {
    status,
    reasons: status === 'COMPLETE' ? [] : [...reasonsOf(reads, stopped), ...extra],
    provider: options.provider.id,
    connectionId: options.connectionId,
    raw,
    result,
    quarantineByReason,
    resources: reads.map((r) => r.report),
    pages: reads.reduce((n, r) => n + r.report.pages, 0),
    records: result?.records.length ?? 0,
    retries: run.budget.retries,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
  };
}

export { DEFAULT_RETRY_POLICY, parseRetryAfter, backoffDelay, isTransientStatus, systemClock, type Clock, type RetryPolicy } from './retry.js';
export type { ResourceReport, ResourceProgress, ResourceStatus } from './paginate.js';
