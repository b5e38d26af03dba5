/**
 * The one IndexedDB module: the `DBSchema`, the version constant, cumulative
 * `oldVersion < n` upgrades, and an `open` that never hangs. A newer version
 * opened in another tab makes this connection close itself (`blocking`); an
 * older tab that will not let go (`blocked`) is given `blockedTimeoutMs`, then
 * the open gives up with `upgrade_blocked` and closes the late connection
 * whenever it arrives.
 */
import { unwrap, wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { EmployeeRecord } from '../core/model.js';
import type { RunEntry, SnapshotMeta } from '../core/snapshot.js';
import { fail, issue, ok, type Issue, type Result } from '../core/result.js';

export const DB_NAME = 'hris-kit';
/**
 * v1: snapshots, chunks, pointers. v2: configs and run history. v3: a snapshot's
 * records move to `recordChunks`, keyed out of line (Chromium extracts an inline
 * key from every serialized chunk: writing 100,000 records took 1.09 s with the
 * v1 store's key path against 0.77 s without).
 */
export const DB_VERSION = 3;

export interface PointerRow {
  readonly tenant: string;
  readonly connectionId: string;
  readonly current: string;
  readonly previous: string | null;
}

/** One chunk of a snapshot's records, stored as the bare array under the key [snapshot id, chunk index]. */
export type ChunkRow = readonly EmployeeRecord[];

export interface ConfigRow {
  readonly tenant: string;
  readonly connectionId: string;
  readonly config: unknown;
  readonly savedAt: string;
}

export interface HrisDB extends DBSchema {
  /** Snapshot metadata (everything but the records), by snapshot id. */
  snapshots: { key: string; value: SnapshotMeta };
  /** Records of a snapshot in chunks, by [snapshot id, chunk index] (out-of-line keys, since v3). */
  recordChunks: { key: [string, number]; value: ChunkRow };
  /** Current and previous snapshot of each (tenant, connection). */
  pointers: { key: [string, string]; value: PointerRow };
  configs: { key: [string, string]; value: ConfigRow };
  runs: { key: number; value: RunEntry; indexes: { byConnection: [string, string] } };
}

export type HrisDatabase = IDBPDatabase<HrisDB>;
type UpgradeTx = IDBPTransaction<HrisDB, StoreNames<HrisDB>[], 'versionchange'>;

/** The v1 chunk store, replaced in v3; not in the schema any more. */
const V1_CHUNKS = 'chunks';

/**
 * Cumulative migrations: a database at any older version walks every later
 * step. A fresh database never had the v1 chunk store, so v1 creates only
 * what later versions still use and v3 moves chunks over only when they exist.
 */
export function upgrade(db: HrisDatabase, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    db.createObjectStore('snapshots', { keyPath: 'id' });
    db.createObjectStore('pointers', { keyPath: ['tenant', 'connectionId'] });
  }
  if (oldVersion < 2) {
    db.createObjectStore('configs', { keyPath: ['tenant', 'connectionId'] });
    const runs = db.createObjectStore('runs', { autoIncrement: true });
    runs.createIndex('byConnection', ['tenant', 'connectionId']);
  }
  if (oldVersion < 3) {
    db.createObjectStore('recordChunks');
    const raw = unwrap(tx);
    if (raw.objectStoreNames.contains(V1_CHUNKS)) moveV1Chunks(raw);
  }
}

/**
 * Copies every v1 chunk row `{ snapshotId, index, records }` to `recordChunks`
 * under the key [snapshotId, index], one row at a time, then deletes the v1
 * store, all inside the upgrade transaction: a failure aborts the upgrade and
 * leaves the v2 database as it was. Configs, pointers, snapshots' metadata and
 * run history stay where they are. A row without a usable key is not copied;
 * its snapshot then reads as `snapshot_corrupt` (records missing), exactly as
 * that row would have failed validation before.
 */
function moveV1Chunks(tx: IDBTransaction): void {
  const from = tx.objectStore(V1_CHUNKS);
  const to = tx.objectStore('recordChunks');
  const cursor = from.openCursor();
  cursor.addEventListener('success', () => {
    const at = cursor.result;
    if (at === null) {
      tx.db.deleteObjectStore(V1_CHUNKS);
      return;
    }
    const row: unknown = at.value;
    if (typeof row === 'object' && row !== null) {
      const { snapshotId, index, records } = row as { snapshotId?: unknown; index?: unknown; records?: unknown };
      if (typeof snapshotId === 'string' && typeof index === 'number' && Number.isInteger(index)) to.put(records, [snapshotId, index]);
    }
    at.continue();
  });
}

export interface OpenOptions {
  readonly name?: string;
  /** The IndexedDB factory; `null` means none (Tor, SSR, disabled storage). Defaults to the global one. */
  readonly indexedDB?: IDBFactory | null;
  /** How long an older tab may hold the upgrade before the open gives up. */
  readonly blockedTimeoutMs?: number;
  /** Another tab opened a newer version: this connection has closed itself. */
  readonly onVersionChange?: () => void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  readonly onTerminated?: () => void;
}

/** Opens (and upgrades) the database; an expected failure is a result with `storage_unavailable` or `upgrade_blocked`. */
export function openDatabase(options: OpenOptions = {}): Promise<Result<HrisDatabase>> {
  const factory = options.indexedDB === undefined ? (globalThis as { indexedDB?: IDBFactory }).indexedDB ?? null : options.indexedDB;
  if (!factory) return Promise.resolve(fail(issue('storage_unavailable', { cause: 'no_indexeddb' })));
  return new Promise((resolve) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (result: Result<HrisDatabase>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(options.name ?? DB_NAME, DB_VERSION);
    } catch (error) {
      settle(fail(storageIssue(error)));
      return;
    }
    request.addEventListener('upgradeneeded', (event) => {
      // A throw here aborts the upgrade transaction: the older data stays as it was.
      upgrade(wrap(request.result) as HrisDatabase, event.oldVersion, wrap(request.transaction!) as unknown as UpgradeTx);
    });
    request.addEventListener('blocked', (event) => {
      timer = setTimeout(() => settle(fail(issue('upgrade_blocked', { currentVersion: event.oldVersion, wantedVersion: DB_VERSION }))), options.blockedTimeoutMs ?? 1500);
    });
    request.addEventListener('error', (event) => {
      event.preventDefault();
      settle(fail(storageIssue(request.error)));
    });
    request.addEventListener('success', () => {
      const raw = request.result;
      if (settled) { raw.close(); return; } // gave up while blocked: do not keep blocking others
      raw.addEventListener('versionchange', () => { raw.close(); options.onVersionChange?.(); });
      raw.addEventListener('close', () => options.onTerminated?.());
      settle(ok(wrap(raw) as HrisDatabase));
    });
  });
}

/** An IndexedDB failure as an issue code the elements can explain. */
export function storageIssue(error: unknown): Issue {
  const name = error instanceof DOMException || error instanceof Error ? error.name : 'Error';
  if (name === 'QuotaExceededError') return issue('quota_exceeded');
  if (name === 'VersionError') return issue('upgrade_required');
  return issue('storage_unavailable', { cause: name });
}

/** The error that explains why a transaction failed: the request's own error beats the transaction's AbortError. */
export function transactionError(caught: unknown, tx: { error: DOMException | null }): unknown {
  const own = caught instanceof DOMException && caught.name !== 'AbortError' ? caught : null;
  return own ?? tx.error ?? caught;
}
