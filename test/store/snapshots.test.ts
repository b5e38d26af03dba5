import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { z } from 'zod/mini';
import { openSnapshotStore, CHUNK_SIZE } from '../../src/store/snapshots.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { DB_VERSION } from '../../src/store/db.js';
import type { SnapshotStore } from '../../src/store/types.js';
import type { RunEntry } from '../../src/core/snapshot.js';
import { range, record, snapshot, uniqueName } from './store-fakes.js';

const KEY = { tenant: 'acme', connectionId: 'conn-1' };
const configSchema = z.object({ identifier: z.enum(['workEmail', 'employeeNumber']), rules: z.array(z.string()) });
const run = (status: string, at: string): RunEntry => ({
  tenant: 'acme', connectionId: 'conn-1', kind: 'retrieve', status, startedAt: at, finishedAt: at, counts: { records: 3 }, reasons: [],
});

/** The same contract, for the IndexedDB store and its in-memory fallback. */
function contract(label: string, open: () => Promise<{ store: SnapshotStore; done: () => Promise<void> }>): void {
  describe(`${label}: snapshot store contract`, () => {
    let store: SnapshotStore;
    let done: () => Promise<void>;
    beforeEach(async () => ({ store, done } = await open()));
    afterEach(async () => { store.close(); await done(); });

    it('has no snapshot, config or run for a new connection', async () => {
      expect(await store.getCurrent(KEY)).to.deep.equal({ ok: true, value: null, issues: [] });
      expect(await store.getPrevious(KEY)).to.deep.equal({ ok: true, value: null, issues: [] });
      expect(await store.getConfig(KEY, configSchema)).to.deep.equal({ ok: true, value: null, issues: [] });
      expect(await store.listRuns(KEY)).to.deep.equal({ ok: true, value: [], issues: [] });
    });

    it('makes a new snapshot current and keeps the one before as previous; older ones go', async () => {
      const a = snapshot('a', [record(1), record(2)]);
      const b = snapshot('b', [record(1), record(3)], { retrievedAt: '2026-01-16T09:00:00.000Z' });
      const c = snapshot('c', [record(4)], { retrievedAt: '2026-01-17T09:00:00.000Z' });
      const first = await store.putSnapshot(a);
      expect(first.ok && first.value.previous).to.equal(null);
      const second = await store.putSnapshot(b);
      expect(second.ok && second.value.previous?.id).to.equal('a');
      expect((await store.getCurrent(KEY))).to.deep.equal({ ok: true, value: b, issues: [] });
      expect((await store.getPrevious(KEY))).to.deep.equal({ ok: true, value: a, issues: [] });
      await store.putSnapshot(c);
      const current = await store.getCurrent(KEY);
      const previous = await store.getPrevious(KEY);
      expect(current.ok && current.value?.records.map((r) => r.hrisId)).to.deep.equal(['4']);
      expect(previous.ok && previous.value?.id).to.equal('b');
      const meta = await store.getCurrentMeta(KEY);
      const { records: _records, ...cMeta } = c;
      expect(meta.ok && meta.value).to.deep.equal(cMeta);
    });

    it('refuses a PARTIAL or FAILED snapshot and keeps the good one', async () => {
      await store.putSnapshot(snapshot('good', [record(1), record(2)]));
      const partial = snapshot('partial', [record(1)], { outcome: { status: 'PARTIAL', reasons: [{ code: 'total_mismatch' }], pages: 1, retries: 0, durationMs: 5 } });
      expect(await store.putSnapshot(partial)).to.deep.equal({ ok: false, issues: [{ code: 'snapshot_not_complete', params: { status: 'PARTIAL' } }] });
      const current = await store.getCurrent(KEY);
      expect(current.ok && current.value?.id).to.equal('good');
      expect(current.ok && current.value?.records.length).to.equal(2);
    });

    it('keeps tenants and connections apart', async () => {
      await store.putSnapshot(snapshot('a', [record(1)]));
      await store.putSnapshot(snapshot('x', [record(9)], { tenant: 'globex' }));
      const other = await store.getCurrent({ tenant: 'globex', connectionId: 'conn-1' });
      const mine = await store.getCurrent(KEY);
      expect(other.ok && other.value?.records.map((r) => r.hrisId)).to.deep.equal(['9']);
      expect(mine.ok && mine.value?.records.map((r) => r.hrisId)).to.deep.equal(['1']);
      expect(await store.getCurrent({ tenant: 'acme', connectionId: 'conn-2' })).to.deep.equal({ ok: true, value: null, issues: [] });
    });

    it('stores many records across chunks and reads them back in order', async () => {
      const records = range(1, CHUNK_SIZE * 2 + 17).map((i) => record(i));
      await store.putSnapshot(snapshot('big', records));
      const back = await store.getCurrent(KEY);
      expect(back.ok && back.value?.records.length).to.equal(CHUNK_SIZE * 2 + 17);
      expect(back.ok && back.value?.records.map((r) => r.hrisId)).to.deep.equal(records.map((r) => r.hrisId));
    });

    it('saves a config and revalidates it on read', async () => {
      await store.saveConfig(KEY, { identifier: 'workEmail', rules: ['department=R&D'] });
      expect(await store.getConfig(KEY, configSchema)).to.deep.equal({ ok: true, value: { identifier: 'workEmail', rules: ['department=R&D'] }, issues: [] });
      await store.saveConfig(KEY, { identifier: 'shoeSize', rules: [] });
      expect(await store.getConfig(KEY, configSchema)).to.deep.equal({ ok: false, issues: [{ code: 'config_invalid' }] });
    });

    it('lists runs newest first, limited, per connection', async () => {
      await store.addRun(run('COMPLETE', '2026-01-15T09:00:00.000Z'));
      await store.addRun(run('PARTIAL', '2026-01-16T09:00:00.000Z'));
      await store.addRun({ ...run('FAILED', '2026-01-17T09:00:00.000Z'), connectionId: 'conn-2' });
      await store.addRun(run('FAILED', '2026-01-18T09:00:00.000Z'));
      const runs = await store.listRuns(KEY, 2);
      expect(runs.ok && runs.value.map((r) => r.status)).to.deep.equal(['FAILED', 'PARTIAL']);
    });

    it('forgets everything of a connection on clear', async () => {
      await store.putSnapshot(snapshot('a', [record(1)]));
      await store.putSnapshot(snapshot('b', [record(2)]));
      await store.saveConfig(KEY, { identifier: 'workEmail', rules: [] });
      await store.addRun(run('COMPLETE', '2026-01-15T09:00:00.000Z'));
      expect(await store.clear(KEY)).to.deep.equal({ ok: true, value: null, issues: [] });
      expect(await store.getCurrent(KEY)).to.deep.equal({ ok: true, value: null, issues: [] });
      expect(await store.getPrevious(KEY)).to.deep.equal({ ok: true, value: null, issues: [] });
      expect(await store.getConfig(KEY, configSchema)).to.deep.equal({ ok: true, value: null, issues: [] });
      expect(await store.listRuns(KEY)).to.deep.equal({ ok: true, value: [], issues: [] });
    });

    it('hands out copies: mutating what was read does not change what is stored', async () => {
      await store.putSnapshot(snapshot('a', [record(1)]));
      const first = await store.getCurrent(KEY);
      if (first.ok && first.value) first.value.records[0]!.firstName = 'Mallory';
      const again = await store.getCurrent(KEY);
      expect(again.ok && again.value?.records[0]?.firstName).to.equal('First1');
    });
  });
}

contract('IndexedDB', async () => {
  const name = uniqueName();
  const store = await openSnapshotStore({ name });
  expect(store.kind).to.equal('indexeddb');
  expect(store.notice).to.equal(null);
  return { store, done: () => deleteDB(name) };
});

contract('memory', async () => ({ store: createMemoryStore(), done: async () => {} }));

describe('IndexedDB store: persistence and revalidation', () => {
  it('survives closing and reopening', async () => {
    const name = uniqueName();
    const first = await openSnapshotStore({ name });
    await first.putSnapshot(snapshot('a', [record(1), record(2)]));
    first.close();
    const second = await openSnapshotStore({ name });
    const back = await second.getCurrent(KEY);
    expect(back.ok && back.value?.records.map((r) => r.hrisId)).to.deep.equal(['1', '2']);
    second.close();
    await deleteDB(name);
  });

  it('treats a tampered record as a corrupt snapshot, not as data', async () => {
    const name = uniqueName();
    const store = await openSnapshotStore({ name });
    await store.putSnapshot(snapshot('a', [record(1), record(2)]));
    const raw = await openDB(name, DB_VERSION);
    const chunk = await raw.get('recordChunks', ['a', 0]);
    chunk[1].hrisId = '';
    chunk[1].fields = '<img src=x onerror=alert(1)>';
    await raw.put('recordChunks', chunk, ['a', 0]);
    raw.close();
    expect(await store.getCurrent(KEY)).to.deep.equal({ ok: false, issues: [{ code: 'snapshot_corrupt', params: { part: 'records', chunk: 0 } }] });
    store.close();
    await deleteDB(name);
  });

  it('treats a missing chunk (partial eviction) as a corrupt snapshot', async () => {
    const name = uniqueName();
    const store = await openSnapshotStore({ name });
    await store.putSnapshot(snapshot('a', range(1, CHUNK_SIZE + 5).map((i) => record(i))));
    const raw = await openDB(name, DB_VERSION);
    await raw.delete('recordChunks', ['a', 1]);
    raw.close();
    expect(await store.getCurrent(KEY)).to.deep.equal({ ok: false, issues: [{ code: 'snapshot_corrupt', params: { part: 'records', missing: 5 } }] });
    store.close();
    await deleteDB(name);
  });

  it('rejects a snapshot stored under another tenant\'s pointer', async () => {
    const name = uniqueName();
    const store = await openSnapshotStore({ name });
    await store.putSnapshot(snapshot('theirs', [record(1)], { tenant: 'globex' }));
    const raw = await openDB(name, DB_VERSION);
    await raw.put('pointers', { tenant: 'acme', connectionId: 'conn-1', current: 'theirs', previous: null });
    raw.close();
    expect(await store.getCurrent(KEY)).to.deep.equal({ ok: false, issues: [{ code: 'snapshot_corrupt', params: { part: 'meta' } }] });
    store.close();
    await deleteDB(name);
  });
});
