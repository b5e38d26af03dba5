/**
 * Bench 3, snapshot cache, in the page: a 100,000-record snapshot written and
 * read back through the cache module (`openSnapshotStore`: chunked rows, the
 * pointer flip in the same transaction, zod revalidation on read), against a
 * bare idb `put`/`getAll` of the same records (see `bareRound`) in the same
 * run. Rounds alternate which goes first; each uses a fresh database.
 */
import { openDB } from 'idb';
import type { Snapshot } from '../../src/core/snapshot.js';
import { CHUNK_SIZE, openSnapshotStore } from '../../src/store/snapshots.js';
import { benchRecords, TODAY } from './data.js';

const deleteDb = (name: string): Promise<void> => new Promise((resolve, reject) => {
  const request = indexedDB.deleteDatabase(name);
  request.onsuccess = () => resolve();
  request.onerror = () => reject(request.error);
  request.onblocked = () => resolve();
});

async function moduleRound(snapshot: Snapshot, round: number): Promise<{ writeMs: number; readMs: number }> {
  const name = `hris-bench-module-${round}`;
  await deleteDb(name);
  const store = await openSnapshotStore({ name });
  if (store.kind !== 'indexeddb') throw new Error(`cache bench: store is ${store.kind}`);
  const t0 = performance.now();
  const put = await store.putSnapshot(snapshot);
  const t1 = performance.now();
  const got = await store.getCurrent({ tenant: snapshot.tenant, connectionId: snapshot.connectionId });
  const t2 = performance.now();
  if (!put.ok) throw new Error(`cache bench: put failed ${JSON.stringify(put.issues)}`);
  if (!got.ok || got.value?.records.length !== snapshot.records.length) throw new Error(`cache bench: read back ${got.ok ? got.value?.records.length : JSON.stringify(got.issues)}`);
  store.close();
  await deleteDb(name);
  return { writeMs: t1 - t0, readMs: t2 - t1 };
}

/**
 * The baseline: the same records with bare idb and nothing else, in one
 * transaction of plain rows of `CHUNK_SIZE` records (Chromium refuses one
 * value of all 100,000 records: the transaction aborts), read back with one
 * `getAll`. No pointer, no metadata, no validation.
 */
async function bareRound(snapshot: Snapshot, round: number): Promise<{ writeMs: number; readMs: number }> {
  const name = `hris-bench-bare-${round}`;
  await deleteDb(name);
  const db = await openDB(name, 1, { upgrade: (d) => { d.createObjectStore('rows'); } });
  const { records } = snapshot;
  const t0 = performance.now();
  const tx = db.transaction('rows', 'readwrite', { durability: 'relaxed' });
  const puts: Promise<unknown>[] = [];
  for (let i = 0; i * CHUNK_SIZE < records.length; i += 1) puts.push(tx.store.put(records.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE), i));
  await Promise.all([...puts, tx.done]);
  const t1 = performance.now();
  const rows = (await db.getAll('rows')) as unknown[][];
  const back: unknown[] = [];
  for (const row of rows) for (const record of row) back.push(record);
  const t2 = performance.now();
  if (back.length !== records.length) throw new Error('cache bench: bare read back the wrong count');
  db.close();
  await deleteDb(name);
  return { writeMs: t1 - t0, readMs: t2 - t1 };
}

export async function benchCache(size: number, rounds: number) {
  const { records, catalog, readable } = await benchRecords(size);
  const snapshot: Snapshot = {
    id: `bench-${size}`, tenant: 'bench', connectionId: 'conn-bench', provider: 'personio', retrievedAt: `${TODAY}T09:00:00.000Z`,
    outcome: { status: 'COMPLETE', reasons: [], pages: Math.ceil(size / 100), retries: 0, durationMs: 1 },
    recordCount: records.length, records, quarantine: [], catalog, readable,
    dropped: { count: 0, fields: [] },
  };
  const module: { writeMs: number; readMs: number }[] = [];
  const bare: { writeMs: number; readMs: number }[] = [];
  // One warm-up round of each (JIT, IndexedDB backend start-up), not counted.
  await moduleRound(snapshot, -1);
  await bareRound(snapshot, -1);
  // Alternate which goes first, so neither always runs while the other's deleted database is still being cleaned up.
  for (let r = 0; r < rounds; r += 1) {
    if (r % 2 === 0) {
      bare.push(await bareRound(snapshot, r));
      module.push(await moduleRound(snapshot, r));
    } else {
      module.push(await moduleRound(snapshot, r));
      bare.push(await bareRound(snapshot, r));
    }
  }
  return { size, module, bare };
}

(globalThis as { benchCache?: typeof benchCache }).benchCache = benchCache;
document.body.dataset['ready'] = 'cache';
