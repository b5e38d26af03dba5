/**
 * The demo's HostAdapter: the host's records ("stakeholders", or the employee
 * directory) kept in the browser's IndexedDB, in a database of its own (not
 * the widget's cache). `apply` applies exactly the plan it is given — the
 * core's pure `applyPlanToRecords` computes every record — in batches with
 * progress, one result per entry, and remembers each idempotency key so a
 * repeated call never creates twice. "Simulate a failure" makes the next
 * sync fail for one record, so "Retry failed" can be shown.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ApplyOptions, ApplyRecordResult, ApplyResult, HostAdapter, HostRecord } from '../src/core/host.js';
import { actionableEntries, applyPlanToRecords } from '../src/core/plan-apply.js';
import type { PlanEntry, SyncPlan } from '../src/core/plan-types.js';
import type { PresetId } from '../src/core/presets.js';

export const DEMO_DB_NAME = 'hris-kit-demo-host';
const DB_VERSION = 1;
const BATCH = 500;

/** What the last sync did to a record, for the table's "Last sync" column. */
export type LastChange = 'created' | 'updated' | null;

export interface StoredRecord {
  readonly preset: PresetId;
  readonly id: string;
  /** Insertion order, for a stable table. */
  readonly seq: number;
  readonly record: HostRecord;
  readonly lastChange: LastChange;
}

interface DemoHostDB extends DBSchema {
  records: { key: [string, string]; value: StoredRecord; indexes: { byPreset: [string, number] } };
  applied: { key: string; value: { readonly key: string; readonly result: ApplyResult } };
}

export function openDemoDb(name = DEMO_DB_NAME): Promise<IDBPDatabase<DemoHostDB>> {
  return openDB<DemoHostDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const records = db.createObjectStore('records', { keyPath: ['preset', 'id'] });
        records.createIndex('byPreset', ['preset', 'seq']);
        db.createObjectStore('applied', { keyPath: 'key' });
      }
    },
  });
}

const abortError = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('Aborted', 'AbortError');

export class DemoHostAdapter implements HostAdapter {
  /** When on, the next `apply` fails its first entry (retryable), then turns itself off. */
  failNext = false;
  /** Fires `change` after records were written. */
  readonly events = new EventTarget();

  constructor(
    private readonly db: IDBPDatabase<DemoHostDB>,
    readonly preset: PresetId,
  ) {}

  /** The preset's stored records in table order. */
  async stored(): Promise<StoredRecord[]> {
    const range = IDBKeyRange.bound([this.preset, -Infinity], [this.preset, Infinity]);
    return this.db.getAllFromIndex('records', 'byPreset', range);
  }

  async listRecords(options: { readonly signal?: AbortSignal } = {}): Promise<HostRecord[]> {
    const all = await this.stored();
    if (options.signal?.aborted) throw abortError(options.signal);
    return all.map((s) => s.record);
  }

  async count(): Promise<number> {
    const range = IDBKeyRange.bound([this.preset, -Infinity], [this.preset, Infinity]);
    return this.db.countFromIndex('records', 'byPreset', range);
  }

  /** Replaces every record of the preset (and forgets applied keys): a fresh demo. */
  async reset(records: readonly HostRecord[]): Promise<void> {
    const tx = this.db.transaction(['records', 'applied'], 'readwrite');
    const store = tx.objectStore('records');
    const keys = await store.index('byPreset').getAllKeys(IDBKeyRange.bound([this.preset, -Infinity], [this.preset, Infinity]));
    await Promise.all([
      ...keys.map((k) => store.delete(k)),
      ...records.map((record, seq) => store.put({ preset: this.preset, id: record.id, seq, record, lastChange: null })),
      tx.objectStore('applied').clear(),
      tx.done,
    ]);
    this.changed();
  }

  /** Writes records changed outside a sync (the bulk identifier import). */
  async putRecords(records: readonly HostRecord[]): Promise<void> {
    const current = new Map((await this.stored()).map((s) => [s.id, s]));
    const tx = this.db.transaction('records', 'readwrite');
    const writes = records.map((record) => {
      const before = current.get(record.id);
      return tx.store.put({ preset: this.preset, id: record.id, seq: before?.seq ?? current.size, record, lastChange: before?.lastChange ?? null });
    });
    await Promise.all([...writes, tx.done]);
    this.changed();
  }

  async apply(plan: SyncPlan, options: ApplyOptions): Promise<ApplyResult> {
    const { signal, idempotencyKey, onProgress } = options;
    const key = `${this.preset}:${idempotencyKey}`;
    const earlier = await this.db.get('applied', key);
    if (earlier && earlier.result.planHash === plan.hash) return earlier.result;
    if (signal.aborted) throw abortError(signal);

    const stored = await this.stored();
    const byId = new Map(stored.map((s) => [s.id, s]));
    const entries = actionableEntries(plan);
    const newId = (e: PlanEntry) => `hris-${e.hrisId}`;
    // The reference application of the whole plan; each entry's record is read from it.
    const after = applyPlanToRecords(stored.map((s) => s.record), plan, { newId });
    const afterById = new Map(after.map((r) => [r.id, r]));
    let seq = stored.reduce((max, s) => Math.max(max, s.seq + 1), 0);
    const results: ApplyRecordResult[] = [];
    let failOne = this.failNext;
    this.failNext = false;

    for (let start = 0; start < entries.length; start += BATCH) {
      if (signal.aborted) throw abortError(signal);
      const batch = entries.slice(start, start + BATCH);
      const tx = this.db.transaction('records', 'readwrite');
      const writes: Promise<unknown>[] = [];
      for (const e of batch) {
        const action = e.action === 'create' ? 'create' : 'update';
        const id = action === 'create' ? newId(e) : e.hostId;
        const record = id === null ? undefined : afterById.get(id);
        if (failOne) {
          failOne = false;
          results.push({ hrisId: e.hrisId, ok: false, hostId: action === 'create' ? null : id, action, code: 'host_unavailable', retryable: true });
          continue;
        }
        if (id === null || record === undefined) {
          results.push({ hrisId: e.hrisId, ok: false, hostId: id, action, code: 'host_error', retryable: false });
          continue;
        }
        const before = byId.get(id);
        const next: StoredRecord = { preset: this.preset, id, seq: before?.seq ?? seq++, record, lastChange: action === 'create' ? 'created' : 'updated' };
        byId.set(id, next);
        writes.push(tx.store.put(next));
        results.push({ hrisId: e.hrisId, ok: true, hostId: id, action });
      }
      await Promise.all([...writes, tx.done]);
      onProgress?.({ done: Math.min(start + BATCH, entries.length), total: entries.length });
      this.changed();
    }
    if (entries.length === 0) onProgress?.({ done: 0, total: 0 });

    const result: ApplyResult = { planHash: plan.hash, idempotencyKey, results };
    await this.db.put('applied', { key, result });
    return result;
  }

  private changed(): void {
    this.events.dispatchEvent(new Event('change'));
  }
}
