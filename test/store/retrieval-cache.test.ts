/**
 * Retrieval and cache together, through the real chain: a PARTIAL or FAILED
 * run never replaces the last good snapshot (and never reads as people
 * removed), and no credential reaches IndexedDB, Web Storage, the DOM, a log
 * or the outcome.
 */
import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import { PROVIDER_IDS } from '../../src/core/model.js';
import { getProvider } from '../../src/core/providers/index.js';
import { diffSnapshots, runFromOutcome, snapshotFromOutcome } from '../../src/core/snapshot.js';
import { openSnapshotStore } from '../../src/store/snapshots.js';
import type { Fault } from '../../src/testing/index.js';
import { harness, PAGED, PEOPLE_PATH, sortedIds } from '../core/retrieval-harness.js';
import { uniqueName } from './store-fakes.js';

const SIZE = 1200;
const KEY = { tenant: 'acme', connectionId: 'conn-1' };

describe('a failed or partial retrieval keeps the good snapshot', function () {
  this.timeout(60_000);
  for (const vendor of PROVIDER_IDS) {
    it(vendor, async () => {
      const name = uniqueName();
      const store = await openSnapshotStore({ name });
      const h = await harness(vendor, [], { size: SIZE });
      const good = await h.run();
      const goodSnap = snapshotFromOutcome(good, KEY, 'good');
      expect(goodSnap.ok && (await store.putSnapshot(goodSnap.value)).ok).to.equal(true);

      const faults: Fault[][] = [
        [{ kind: 'server-error', path: PEOPLE_PATH[vendor], page: PAGED.includes(vendor) ? 1 : 0 }],
        [{ kind: 'html-login', path: PEOPLE_PATH[vendor] }],
        ...(PAGED.includes(vendor) ? [[{ kind: 'looping-offset', path: PEOPLE_PATH[vendor], fromPage: 1 } as Fault]] : []),
      ];
      for (const fault of faults) {
        h.mocks.setFaults(fault);
        const bad = await h.run({ policy: { maxAttempts: 2 } });
        expect(bad.status).to.not.equal('COMPLETE');
        await store.addRun(runFromOutcome(bad, KEY));
        const made = snapshotFromOutcome(bad, KEY, `bad-${fault[0]!.kind}`);
        if (made.ok) {
          expect(await store.putSnapshot(made.value)).to.deep.equal({ ok: false, issues: [{ code: 'snapshot_not_complete', params: { status: bad.status } }] });
          const diff = diffSnapshots(goodSnap.ok ? goodSnap.value : null, made.value);
          expect([diff.removed, diff.complete]).to.deep.equal([[], false]);
        }
      }
      const current = await store.getCurrent(KEY);
      expect(current.ok && current.value?.id).to.equal('good');
      expect(current.ok && current.value?.records.map((r) => r.hrisId).sort()).to.deep.equal(sortedIds(good));
      const runs = await store.listRuns(KEY);
      expect(runs.ok && runs.value.map((r) => r.status)).to.deep.equal(PAGED.includes(vendor) ? ['PARTIAL', 'FAILED', 'PARTIAL'] : ['FAILED', 'FAILED']);
      store.close();
      await deleteDB(name);
    });
  }
});

/** Every value of every object store of every database of this origin, as text. */
async function dumpIndexedDb(): Promise<string> {
  const out: string[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await openDB(info.name);
    for (const store of [...db.objectStoreNames]) out.push(JSON.stringify(await db.getAll(store)), JSON.stringify(await db.getAllKeys(store)));
    db.close();
  }
  return out.join('\n');
}

describe('no credential is ever stored or shown', function () {
  this.timeout(60_000);
  for (const vendor of PROVIDER_IDS) {
    it(vendor, async () => {
      const logged: string[] = [];
      const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const originals = methods.map((m) => console[m]);
      methods.forEach((m) => { console[m] = (...args: unknown[]) => { logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')); }; });
      const name = uniqueName();
      let h;
      let outcome;
      try {
        h = await harness(vendor, [{ kind: 'server-error', path: PEOPLE_PATH[vendor], times: 1 }], { size: 50 });
        outcome = await h.run();
        const store = await openSnapshotStore({ name });
        const snap = snapshotFromOutcome(outcome, KEY);
        if (snap.ok) await store.putSnapshot(snap.value);
        await store.addRun(runFromOutcome(outcome, KEY));
        await store.saveConfig(KEY, { provider: vendor, connectionId: h.connectionId });
        store.close();
      } finally {
        methods.forEach((m, i) => { console[m] = originals[i]!; });
      }
      expect(outcome.status).to.equal('COMPLETE');
      const secretFields = getProvider(vendor).credentials.fields.filter((f) => f.kind === 'secret').map((f) => f.name);
      const secrets = secretFields.map((f) => h.mocks.credentials[vendor].valid[f]!);
      expect(secrets.length).to.be.greaterThan(0);
      const places: Record<string, string> = {
        indexedDB: await dumpIndexedDb(),
        localStorage: JSON.stringify({ ...localStorage }),
        sessionStorage: JSON.stringify({ ...sessionStorage }),
        dom: document.documentElement.outerHTML,
        console: logged.join('\n'),
        proxyLog: JSON.stringify(h.proxyLog),
        outcome: JSON.stringify(outcome),
      };
      expect(places['indexedDB']).to.include(h.connectionId);
      for (const secret of secrets) {
        for (const [where, text] of Object.entries(places)) expect(text.includes(secret), `${secret} found in ${where}`).to.equal(false);
      }
      await deleteDB(name);
    });
  }
});
