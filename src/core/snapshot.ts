/**
 * Snapshots: what one retrieval produced, as the cache keeps it. The schemas
 * here revalidate everything read back from storage (which is untrusted
 * input: any script of the host origin can write to it). `diffSnapshots`
 * tells what changed since the previous retrieval; it never reports people as
 * gone unless the newer snapshot is COMPLETE.
 */
import { z } from 'zod/mini';
import { employeeRecordSchema, fieldDefSchema, issueSchema, PROVIDER_IDS, quarantinedSchema, type EmployeeRecord } from './model.js';
import { fail, issue, ok, type Result } from './result.js';
import type { RetrievalOutcome } from './retrieval.js';
import { RETRIEVAL_STATUSES } from './retrieval-status.js';

/** A snapshot older than this is refreshed automatically when the widget opens. */
export const SNAPSHOT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export const snapshotOutcomeSchema = z.object({
  status: z.enum(RETRIEVAL_STATUSES),
  reasons: z.array(issueSchema),
  pages: z.int().check(z.nonnegative()),
  retries: z.int().check(z.nonnegative()),
  durationMs: z.number().check(z.nonnegative()),
});

/** Everything of a snapshot except its records (which are stored in chunks). */
export const snapshotMetaSchema = z.object({
  id: z.string().check(z.minLength(1)),
  tenant: z.string().check(z.minLength(1)),
  connectionId: z.string().check(z.minLength(1)),
  provider: z.enum(PROVIDER_IDS),
  retrievedAt: z.iso.datetime(),
  outcome: snapshotOutcomeSchema,
  recordCount: z.int().check(z.nonnegative()),
  quarantine: z.array(quarantinedSchema),
  catalog: z.array(fieldDefSchema),
  readable: z.array(z.string()),
  dropped: z.object({ count: z.int().check(z.nonnegative()), fields: z.array(z.object({ id: z.string(), label: z.string() })) }),
});
export type SnapshotMeta = z.infer<typeof snapshotMetaSchema>;

export const snapshotSchema = z.extend(snapshotMetaSchema, { records: z.array(employeeRecordSchema) });
export type Snapshot = z.infer<typeof snapshotSchema>;

/** One retrieval or sync, as the run history lists it. */
export const runEntrySchema = z.object({
  tenant: z.string().check(z.minLength(1)),
  connectionId: z.string().check(z.minLength(1)),
  kind: z.enum(['retrieve', 'sync']),
  status: z.string().check(z.minLength(1)),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  counts: z.record(z.string(), z.number()),
  reasons: z.array(issueSchema),
});
export type RunEntry = z.infer<typeof runEntrySchema>;

export interface SnapshotKey {
  /** The host's tenant (account, workspace): caches of two tenants on one origin never mix. */
  readonly tenant: string;
  readonly connectionId: string;
}

/** The snapshot of a retrieval, to be cached; a FAILED retrieval has none. */
export function snapshotFromOutcome(outcome: RetrievalOutcome, key: SnapshotKey, id: string = globalThis.crypto.randomUUID()): Result<Snapshot> {
  if (outcome.result === null) return fail(issue('snapshot_not_complete', { status: outcome.status }));
  const { records, quarantine, catalog, readable, dropped } = outcome.result;
  return ok({
    id,
    tenant: key.tenant,
    connectionId: key.connectionId,
    provider: outcome.provider,
    retrievedAt: outcome.finishedAt,
    outcome: { status: outcome.status, reasons: outcome.reasons.map(plain), pages: outcome.pages, retries: outcome.retries, durationMs: outcome.durationMs },
    recordCount: records.length,
    records,
    quarantine,
    catalog,
    readable: [...readable],
    dropped: { count: dropped.count, fields: dropped.fields.map((f) => ({ id: f.id, label: f.label })) },
  });
}

/** A retrieval outcome as a run-history entry. */
export function runFromOutcome(outcome: RetrievalOutcome, key: SnapshotKey): RunEntry {
  return {
    tenant: key.tenant,
    connectionId: key.connectionId,
    kind: 'retrieve',
    status: outcome.status,
    startedAt: outcome.startedAt,
    finishedAt: outcome.finishedAt,
    counts: { pages: outcome.pages, records: outcome.records, retries: outcome.retries, quarantined: outcome.result?.quarantine.length ?? 0 },
    reasons: outcome.reasons.map(plain),
  };
}

function plain(i: { code: string; path?: readonly (string | number)[]; params?: Readonly<Record<string, string | number | boolean | null>> }): RunEntry['reasons'][number] {
  return { code: i.code, ...(i.path ? { path: [...i.path] } : {}), ...(i.params ? { params: { ...i.params } } : {}) };
}

/** True when the snapshot is missing or older than `maxAgeMs` (24 h): time to retrieve again. */
export function isStale(snapshot: Pick<SnapshotMeta, 'retrievedAt'> | null, now: number | Date, maxAgeMs: number = SNAPSHOT_MAX_AGE_MS): boolean {
  if (snapshot === null) return true;
  const at = Date.parse(snapshot.retrievedAt);
  const nowMs = typeof now === 'number' ? now : now.getTime();
  return Number.isNaN(at) || nowMs - at >= maxAgeMs;
}

export interface SnapshotDiff {
  /** hrisIds present now and not before. */
  readonly added: string[];
  /** hrisIds present in both whose data changed. */
  readonly changed: string[];
  /** hrisIds present before and not now; always empty unless the current snapshot is COMPLETE. */
  readonly removed: string[];
  readonly unchanged: number;
  /** False when the current snapshot is not COMPLETE, so nobody may be read as removed. */
  readonly complete: boolean;
}

/** JSON with object keys sorted, so two equal records compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a record says about the person; its processing notes (`issues`) do not count as a change. */
const fingerprint = (record: EmployeeRecord): string => canonical({ ...record, issues: undefined });

type DiffInput = { readonly records: readonly EmployeeRecord[]; readonly outcome: { readonly status: string } };

/** New / changed / gone hrisIds since the previous snapshot (pure). With no previous one, everyone is new. */
export function diffSnapshots(previous: DiffInput | null, current: DiffInput): SnapshotDiff {
  const complete = current.outcome.status === 'COMPLETE';
  const before = new Map((previous?.records ?? []).map((r) => [r.hrisId, r]));
  const added: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const record of current.records) {
    seen.add(record.hrisId);
    const old = before.get(record.hrisId);
    if (!old) added.push(record.hrisId);
    else if (fingerprint(old) !== fingerprint(record)) changed.push(record.hrisId);
    else unchanged += 1;
  }
  const removed = complete ? [...before.keys()].filter((id) => !seen.has(id)) : [];
  return { added, changed, removed, unchanged, complete };
}
