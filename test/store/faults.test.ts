import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { z } from 'zod';
import { openSnapshotStore } from '../../src/store/snapshots.js';
import { DB_VERSION } from '../../src/store/db.js';
import { range, record, snapshot, uniqueName } from './store-fakes.js';

const KEY = { tenant: 'acme', connectionId: 'conn-1' };

/** Makes `put` on the given object store throw QuotaExceededError after `allowed` successful puts, until restored. */
function quotaAfter(storeName: string, allowed: number): () => void {
  const original = IDBObjectStore.prototype.put;
  let left = allowed;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName && left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  };
  return () => { IDBObjectStore.prototype.put = original; };
}

describe('IndexedDB store: quota exceeded', () => {
  it('leaves the previous snapshot intact and says quota_exceeded', async () => {
    const name = uniqueName();
    const store = await openSnapshotStore({ name });
    await store.putSnapshot(snapshot('good', [record(1), record(2)]));
    // The new snapshot needs 3 chunks; the second chunk put hits the quota.
    const restore = quotaAfter('recordChunks', 1);
    let result;
    try {
      result = await store.putSnapshot(snapshot('big', range(1, 5000).map((i) => record(i))));
    } finally {
      restore();
    }
    expect(result).to.deep.equal({ ok: false, issues: [{ code: 'quota_exceeded' }] });
    const current = await store.getCurrent(KEY);
    expect(current.ok && current.value?.id).to.equal('good');
    expect(current.ok && current.value?.records.map((r) => r.hrisId)).to.deep.equal(['1', '2']);
    // Nothing of the failed write was committed: no orphan chunk, no orphan metadata.
    const raw = await openDB(name, DB_VERSION);
    expect(await raw.getAllKeys('recordChunks')).to.deep.equal([['good', 0]]);
    expect(await raw.getAllKeys('snapshots')).to.deep.equal(['good']);
    raw.close();
    // And the store still works afterwards.
    expect((await store.putSnapshot(snapshot('next', [record(3)]))).ok).to.equal(true);
    const previous = await store.getPrevious(KEY);
    expect(previous.ok && previous.value?.id).to.equal('good');
    store.close();
    await deleteDB(name);
  });

  it('reports a quota failure of the request itself (transaction aborted) the same way', async () => {
    const name = uniqueName();
    const store = await openSnapshotStore({ name });
    await store.putSnapshot(snapshot('good', [record(1)]));
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = original.apply(this, args);
      if (this.name === 'pointers') {
        // The browser fails the request asynchronously and aborts the transaction with QuotaExceededError.
        const tx = this.transaction;
        queueMicrotask(() => { Object.defineProperty(tx, 'error', { value: new DOMException('quota', 'QuotaExceededError') }); tx.abort(); });
      }
      return request;
    };
    let result;
    try {
      result = await store.putSnapshot(snapshot('new', [record(2)]));
    } finally {
      IDBObjectStore.prototype.put = original;
    }
    expect(result).to.deep.equal({ ok: false, issues: [{ code: 'quota_exceeded' }] });
    const current = await store.getCurrent(KEY);
    expect(current.ok && current.value?.id).to.equal('good');
    store.close();
    await deleteDB(name);
  });
});

describe('IndexedDB store: unavailable', () => {
  it('falls back to memory with a notice when there is no IndexedDB', async () => {
    const store = await openSnapshotStore({ indexedDB: null });
    expect(store.kind).to.equal('memory');
    expect(store.notice).to.deep.equal({ code: 'storage_unavailable', params: { cause: 'no_indexeddb' } });
    expect((await store.putSnapshot(snapshot('a', [record(1)]))).ok).to.equal(true);
    const back = await store.getCurrent(KEY);
    expect(back.ok && back.value?.id).to.equal('a');
  });

  it('falls back to memory when open() throws (private mode)', async () => {
    const factory = { open() { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); } } as unknown as IDBFactory;
    const store = await openSnapshotStore({ indexedDB: factory });
    expect(store.kind).to.equal('memory');
    expect(store.notice).to.deep.equal({ code: 'storage_unavailable', params: { cause: 'InvalidStateError' } });
  });

  it('falls back to memory when the database is newer than this widget', async () => {
    const name = uniqueName();
    const newer = await openDB(name, DB_VERSION + 1);
    newer.close();
    const store = await openSnapshotStore({ name });
    expect(store.kind).to.equal('memory');
    expect(store.notice).to.deep.equal({ code: 'upgrade_required' });
    await deleteDB(name);
  });
});

describe('IndexedDB store: another tab', () => {
  it('blocking: a newer version in another tab makes this store close and say so, and the other tab does not hang', async () => {
    const name = uniqueName();
    const notices: unknown[] = [];
    const store = await openSnapshotStore({ name, onNotice: (n) => notices.push(n) });
    await store.putSnapshot(snapshot('a', [record(1)]));
    const newer = await openDB(name, DB_VERSION + 1, { upgrade(db) { db.createObjectStore('later'); } });
    expect([...newer.objectStoreNames]).to.include('later');
    expect(notices).to.deep.equal([{ code: 'upgrade_required' }]);
    expect(store.notice).to.deep.equal({ code: 'upgrade_required' });
    expect(await store.getCurrent(KEY)).to.deep.equal({ ok: false, issues: [{ code: 'upgrade_required' }] });
    newer.close();
    await deleteDB(name);
  });

  it('blocked: an older tab that will not close makes the open give up with upgrade_blocked, without hanging', async () => {
    const name = uniqueName();
    // An older widget (v1) that ignores versionchange.
    const older = await openDB(name, 1, { upgrade(db) { db.createObjectStore('snapshots', { keyPath: 'id' }); } });
    const store = await openSnapshotStore({ name, blockedTimeoutMs: 50 });
    expect(store.kind).to.equal('memory');
    expect(store.notice).to.deep.equal({ code: 'upgrade_blocked', params: { currentVersion: 1, wantedVersion: DB_VERSION } });
    older.close();
    // The late connection is closed by the store as soon as it arrives, so deleting does not block either.
    await deleteDB(name);
  });

  it('migrates a v1 database to the current version and keeps its snapshots', async () => {
    const name = uniqueName();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('snapshots', { keyPath: 'id' });
        db.createObjectStore('chunks', { keyPath: ['snapshotId', 'index'] });
        db.createObjectStore('pointers', { keyPath: ['tenant', 'connectionId'] });
      },
    });
    const { records, ...meta } = snapshot('old', [record(7)]);
    await v1.put('snapshots', meta);
    await v1.put('chunks', { snapshotId: 'old', index: 0, records });
    await v1.put('pointers', { tenant: 'acme', connectionId: 'conn-1', current: 'old', previous: null });
    v1.close();
    const store = await openSnapshotStore({ name });
    expect(store.kind).to.equal('indexeddb');
    const back = await store.getCurrent(KEY);
    expect(back.ok && back.value?.records.map((r) => r.hrisId)).to.deep.equal(['7']);
    expect((await store.addRun({ tenant: 'acme', connectionId: 'conn-1', kind: 'retrieve', status: 'COMPLETE', startedAt: meta.retrievedAt, finishedAt: meta.retrievedAt, counts: {}, reasons: [] })).ok).to.equal(true);
    store.close();
    await deleteDB(name);
  });

  it('migrates a v2 database to v3: chunks move to out-of-line keys, configs and run history stay', async () => {
    const name = uniqueName();
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('snapshots', { keyPath: 'id' });
        db.createObjectStore('chunks', { keyPath: ['snapshotId', 'index'] });
        db.createObjectStore('pointers', { keyPath: ['tenant', 'connectionId'] });
        db.createObjectStore('configs', { keyPath: ['tenant', 'connectionId'] });
        db.createObjectStore('runs', { autoIncrement: true }).createIndex('byConnection', ['tenant', 'connectionId']);
      },
    });
    const cur = snapshot('cur', range(1, 2003).map((i) => record(i)));
    const prev = snapshot('prev', [record(9)]);
    for (const { records, ...meta } of [cur, prev]) {
      await v2.put('snapshots', { ...meta, recordCount: records.length });
      for (let i = 0; i * 2000 < records.length; i += 1) await v2.put('chunks', { snapshotId: meta.id, index: i, records: records.slice(i * 2000, (i + 1) * 2000) });
    }
    await v2.put('pointers', { tenant: 'acme', connectionId: 'conn-1', current: 'cur', previous: 'prev' });
    await v2.put('configs', { tenant: 'acme', connectionId: 'conn-1', config: { identifier: 'workEmail' }, savedAt: '2026-01-15T09:00:00.000Z' });
    const run = { tenant: 'acme', connectionId: 'conn-1', kind: 'retrieve', status: 'COMPLETE', startedAt: cur.retrievedAt, finishedAt: cur.retrievedAt, counts: { records: 2003 }, reasons: [] };
    await v2.add('runs', run);
    v2.close();

    const store = await openSnapshotStore({ name });
    expect(store.kind).to.equal('indexeddb');
    const current = await store.getCurrent(KEY);
    expect(current.ok && current.value?.records.map((r) => r.hrisId)).to.deep.equal(range(1, 2003).map(String));
    const previous = await store.getPrevious(KEY);
    expect(previous.ok && previous.value?.records.map((r) => r.hrisId)).to.deep.equal(['9']);
    const config = await store.getConfig(KEY, z.object({ identifier: z.string() }));
    expect(config.ok && config.value).to.deep.equal({ identifier: 'workEmail' });
    const runs = await store.listRuns(KEY);
    expect(runs.ok && runs.value.map((r) => r.counts)).to.deep.equal([{ records: 2003 }]);
    store.close();
    const raw = await openDB(name, DB_VERSION);
    expect([...raw.objectStoreNames].sort()).to.deep.equal(['configs', 'pointers', 'recordChunks', 'runs', 'snapshots']);
    expect(await raw.getAllKeys('recordChunks')).to.deep.equal([['cur', 0], ['cur', 1], ['prev', 0]]);
    raw.close();
    await deleteDB(name);
  });
});
