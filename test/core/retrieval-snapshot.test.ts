import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { diffSnapshots, isStale, runFromOutcome, snapshotFromOutcome, snapshotSchema } from '../../src/core/snapshot.js';
import { retrieve } from '../../src/core/retrieval.js';
import { record } from '../store/store-fakes.js';
import { fakeProvider, listResource, people, ScriptedVendor, VirtualClock } from './retrieval-fakes.js';

const complete = { status: 'COMPLETE' };

describe('isStale', () => {
  const at = { retrievedAt: '2026-01-15T09:00:00.000Z' };
  const t = (iso: string) => Date.parse(iso);
  it('is fresh for under 24 h and stale from 24 h on', () => {
    expect(isStale(at, t('2026-01-16T08:59:59.999Z'))).to.equal(false);
    expect(isStale(at, t('2026-01-16T09:00:00.000Z'))).to.equal(true);
    expect(isStale(at, new Date('2026-01-20T00:00:00Z'))).to.equal(true);
  });
  it('is stale when there is no snapshot or its date is unreadable', () => {
    expect(isStale(null, Date.now())).to.equal(true);
    expect(isStale({ retrievedAt: 'yesterday' }, Date.now())).to.equal(true);
  });
});

describe('diffSnapshots', () => {
  it('names new, changed and gone people; processing notes are no change', () => {
    const before = { records: [record(1), record(2), record(3)], outcome: complete };
    const after = {
      records: [record(1, { issues: [{ code: 'duplicate_merged' }] }), record(2, { jobTitle: 'Lead' }), record(4)],
      outcome: complete,
    };
    expect(diffSnapshots(before, after)).to.deep.equal({ added: ['4'], changed: ['2'], removed: ['3'], unchanged: 1, complete: true });
  });

  it('never reads a non-COMPLETE snapshot as people removed', () => {
    const before = { records: [record(1), record(2)], outcome: complete };
    const after = { records: [record(1)], outcome: { status: 'PARTIAL' } };
    expect(diffSnapshots(before, after)).to.deep.equal({ added: [], changed: [], removed: [], unchanged: 1, complete: false });
  });

  it('with no previous snapshot, everyone is new', () => {
    expect(diffSnapshots(null, { records: [record(1), record(2)], outcome: complete }).added).to.deep.equal(['1', '2']);
  });

  it('does not see a change in key order', () => {
    const a = record(1);
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(diffSnapshots({ records: [a], outcome: complete }, { records: [reordered], outcome: complete }).unchanged).to.equal(1);
  });

  it('property: a snapshot compared with itself has no change, and added/changed/removed/unchanged partition the ids', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 60 })), fc.uniqueArray(fc.integer({ min: 1, max: 60 })), fc.array(fc.integer({ min: 1, max: 60 })), (left, right, edits) => {
      const before = { records: left.map((i) => record(i)), outcome: complete };
      const after = { records: right.map((i) => record(i, edits.includes(i) ? { office: 'Paris' } : {})), outcome: complete };
      const same = diffSnapshots(before, before);
      const diff = diffSnapshots(before, after);
      const all = [...diff.added, ...diff.changed, ...diff.removed].sort();
      return same.added.length + same.changed.length + same.removed.length === 0 && same.unchanged === left.length
        && new Set(all).size === all.length
        && diff.added.length + diff.changed.length + diff.unchanged === right.length
        && diff.changed.length + diff.removed.length + diff.unchanged === left.length
        && diff.changed.every((id) => edits.includes(Number(id)));
    }));
  });
});

describe('snapshotFromOutcome / runFromOutcome', () => {
  it('turns a COMPLETE retrieval into a valid snapshot and a run entry', async () => {
    const clock = new VirtualClock();
    const outcome = await retrieve({ provider: fakeProvider([listResource('people', '/people', 100)]), connectionId: 'conn-1', client: new ScriptedVendor({ '/people': people(120) }), clock });
    const made = snapshotFromOutcome(outcome, { tenant: 'acme', connectionId: 'conn-1' }, 'snap-1');
    expect(made.ok).to.equal(true);
    if (!made.ok) return;
    expect(snapshotSchema.safeParse(made.value).success).to.equal(true);
    expect([made.value.id, made.value.tenant, made.value.recordCount, made.value.retrievedAt, made.value.outcome.status]).to.deep.equal(['snap-1', 'acme', 120, '2026-01-15T09:00:00.000Z', 'COMPLETE']);
    expect(runFromOutcome(outcome, { tenant: 'acme', connectionId: 'conn-1' })).to.deep.equal({
      tenant: 'acme', connectionId: 'conn-1', kind: 'retrieve', status: 'COMPLETE', startedAt: '2026-01-15T09:00:00.000Z', finishedAt: '2026-01-15T09:00:00.000Z',
      counts: { pages: 2, records: 120, retries: 0, quarantined: 0 }, reasons: [],
    });
  });

  it('has no snapshot for a FAILED retrieval', async () => {
    const vendor = new ScriptedVendor({}, () => new Response('', { status: 401 }));
    const outcome = await retrieve({ provider: fakeProvider([listResource('people', '/people', 100)]), connectionId: 'conn-1', client: vendor, clock: new VirtualClock() });
    expect(snapshotFromOutcome(outcome, { tenant: 'acme', connectionId: 'conn-1' })).to.deep.equal({ ok: false, issues: [{ code: 'snapshot_not_complete', params: { status: 'FAILED' } }] });
  });
});
