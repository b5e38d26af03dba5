/**
 * The in-memory snapshot store: the fallback when IndexedDB is unavailable
 * (disabled storage, private modes, Tor, SSR) and a stand-in in tests. Same
 * contract as the IndexedDB store; values are cloned in and out so a caller
 * mutating what it got back cannot change what is stored.
 */
import type { z } from 'zod/mini';
import { fail, issue, ok, type Issue, type Result } from '../core/result.js';
import type { RunEntry, Snapshot, SnapshotKey, SnapshotMeta } from '../core/snapshot.js';
import type { PutResult, SnapshotStore } from './types.js';

const keyOf = (key: SnapshotKey): string => JSON.stringify([key.tenant, key.connectionId]);
const metaOf = ({ records: _records, ...meta }: Snapshot): SnapshotMeta => meta;

export function createMemoryStore(notice: Issue | null = null): SnapshotStore {
  const snapshots = new Map<string, { current: Snapshot; previous: Snapshot | null }>();
  const configs = new Map<string, unknown>();
  const runs = new Map<string, RunEntry[]>();

  return {
    kind: 'memory',
    notice,
    async putSnapshot(snapshot) {
      if (snapshot.outcome.status !== 'COMPLETE') return fail<PutResult>(issue('snapshot_not_complete', { status: snapshot.outcome.status }));
      const key = keyOf(snapshot);
      const copy = structuredClone(snapshot);
      const previous = snapshots.get(key)?.current ?? null;
      snapshots.set(key, { current: copy, previous });
      return ok({ current: metaOf(copy), previous: previous && metaOf(previous) });
    },
    async getCurrent(key) {
      const found = snapshots.get(keyOf(key))?.current;
      return ok(found ? structuredClone(found) : null);
    },
    async getPrevious(key) {
      const found = snapshots.get(keyOf(key))?.previous;
      return ok(found ? structuredClone(found) : null);
    },
    async getCurrentMeta(key) {
      const found = snapshots.get(keyOf(key))?.current;
      return ok(found ? structuredClone(metaOf(found)) : null);
    },
    async saveConfig(key, config) {
      try {
        configs.set(keyOf(key), structuredClone(config));
      } catch {
        return fail<null>(issue('config_invalid'));
      }
      return ok(null);
    },
    async getConfig<T>(key: SnapshotKey, schema: z.ZodMiniType<T>): Promise<Result<T | null>> {
      const k = keyOf(key);
      if (!configs.has(k)) return ok(null);
      const parsed = schema.safeParse(structuredClone(configs.get(k)));
      return parsed.success ? ok(parsed.data) : fail(issue('config_invalid'));
    },
    async addRun(run) {
      const k = keyOf(run);
      runs.set(k, [...(runs.get(k) ?? []), structuredClone(run)]);
      return ok(null);
    },
    async listRuns(key, limit = 50) {
      return ok((runs.get(keyOf(key)) ?? []).slice().reverse().slice(0, limit).map((r) => structuredClone(r)));
    },
    async clear(key) {
      const k = keyOf(key);
      snapshots.delete(k);
      configs.delete(k);
      runs.delete(k);
      return ok(null);
    },
    close() {
      snapshots.clear();
      configs.clear();
      runs.clear();
    },
  };
}
