/** The snapshot store's interface, shared by the IndexedDB store and its in-memory fallback. */
import type { z } from 'zod/mini';
import type { Issue, Result } from '../core/result.js';
import type { RunEntry, Snapshot, SnapshotKey, SnapshotMeta } from '../core/snapshot.js';

export interface PutResult {
  readonly current: SnapshotMeta;
  /** The snapshot that was current before, kept so the preview can say what changed. */
  readonly previous: SnapshotMeta | null;
}

export interface SnapshotStore {
  readonly kind: 'indexeddb' | 'memory';
  /**
   * Why the cache is degraded, for a visible notice: `storage_unavailable`
   * (memory only, nothing survives a reload), `upgrade_blocked` (another tab
   * holds an older version), `upgrade_required` (another tab upgraded: reload).
   */
  readonly notice: Issue | null;
  /**
   * Writes a COMPLETE snapshot in full, then makes it current and keeps the
   * one before as previous (older ones are deleted). On any failure the
   * current snapshot stays as it was. Non-COMPLETE snapshots are refused
   * (`snapshot_not_complete`): a partial read never replaces a good one.
   */
  putSnapshot(snapshot: Snapshot): Promise<Result<PutResult>>;
  /** The current snapshot, revalidated; `null` when there is none (or it was evicted). */
  getCurrent(key: SnapshotKey): Promise<Result<Snapshot | null>>;
  getPrevious(key: SnapshotKey): Promise<Result<Snapshot | null>>;
  /** Metadata of the current snapshot without its records (cheap: for "last retrieved …" and staleness). */
  getCurrentMeta(key: SnapshotKey): Promise<Result<SnapshotMeta | null>>;
  saveConfig(key: SnapshotKey, config: unknown): Promise<Result<null>>;
  /** The saved config, revalidated with the caller's schema (`config_invalid` if it no longer fits). */
  getConfig<T>(key: SnapshotKey, schema: z.ZodMiniType<T>): Promise<Result<T | null>>;
  addRun(run: RunEntry): Promise<Result<null>>;
  /** Newest first. */
  listRuns(key: SnapshotKey, limit?: number): Promise<Result<RunEntry[]>>;
  /** Forgets every snapshot, config and run of a connection (on disconnect). */
  clear(key: SnapshotKey): Promise<Result<null>>;
  close(): void;
}
