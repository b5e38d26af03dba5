import { expect } from '@open-wc/testing';
import type { ApplyRecordResult } from '../../src/core/host.js';
import { planSync } from '../../src/core/plan.js';
import { actionableIds, leaverHandling, mergeResults, runFromSync, runStatus, syncCounts, tallyResults } from '../../src/core/sync-run.js';
import { person } from '../../src/testing/records.js';

const TODAY = '2025-06-15';
const KEY = { tenant: 't', connectionId: 'c' };

function plan(policy: 'skip' | 'tag') {
  const records = [person('1', 'Ann', 'A'), person('2', 'Ben', 'B'), person('3', 'Lea', 'L', { status: 'inactive' })];
  return planSync(records, [], { target: 'stakeholder', mappings: [], leavers: policy === 'tag' ? { policy: 'tag', tag: 'Gone' } : { policy: 'skip' } }, { today: TODAY });
}

const ok = (hrisId: string, action: 'create' | 'update' = 'create'): ApplyRecordResult => ({ hrisId, ok: true, hostId: `h${hrisId}`, action });
const bad = (hrisId: string): ApplyRecordResult => ({ hrisId, ok: false, hostId: null, action: 'create', code: 'host_unavailable', retryable: true });

describe('sync runs', () => {
  it('counts what a sync will do, leavers by policy', () => {
    expect(syncCounts(plan('skip'))).to.deep.equal({ creates: 2, updates: 0, leavers: 0, leaversSkipped: 1, total: 2 });
    expect(syncCounts(plan('tag'))).to.deep.equal({ creates: 2, updates: 0, leavers: 1, leaversSkipped: 0, total: 3 });
    expect(actionableIds(plan('tag'))).to.deep.equal(['1', '2', '3']);
    expect(leaverHandling({ leavers: { policy: 'group', group: 'Ex' } })).to.deep.equal({ policy: 'group', value: 'Ex' });
    expect(leaverHandling({ leavers: { policy: 'skip' } })).to.deep.equal({ policy: 'skip', value: null });
  });

  it('tallies results, including entries the host did not report', () => {
    expect(tallyResults(plan('tag'), [ok('1'), bad('2')])).to.deep.equal({ created: 1, updated: 0, failed: 1, skipped: 1 });
    expect(runStatus({ created: 1, updated: 0, failed: 1, skipped: 0 }, false)).to.equal('PARTIAL');
    expect(runStatus({ created: 0, updated: 0, failed: 2, skipped: 0 }, false)).to.equal('FAILED');
    expect(runStatus({ created: 2, updated: 0, failed: 0, skipped: 0 }, false)).to.equal('COMPLETE');
    expect(runStatus({ created: 2, updated: 0, failed: 0, skipped: 0 }, true)).to.equal('CANCELLED');
  });

  it('folds a retry into the earlier results in place', () => {
    expect(mergeResults([ok('1'), bad('2'), bad('3')], [ok('2')])).to.deep.equal([ok('1'), ok('2'), bad('3')]);
  });

  it('records a run-history entry', () => {
    const p = plan('skip');
    const entry = runFromSync({ key: KEY, plan: p, result: { planHash: p.hash, idempotencyKey: p.hash, results: [ok('1'), bad('2')] }, startedAt: '2025-06-15T10:00:00.000Z', finishedAt: '2025-06-15T10:00:01.000Z' });
    expect(entry).to.deep.equal({
      tenant: 't', connectionId: 'c', kind: 'sync', status: 'PARTIAL', startedAt: '2025-06-15T10:00:00.000Z', finishedAt: '2025-06-15T10:00:01.000Z',
      counts: { created: 1, updated: 0, failed: 1, skipped: 0, planned: 2 }, reasons: [{ code: 'host_unavailable' }],
    });
    const thrown = runFromSync({ key: KEY, plan: p, result: null, startedAt: entry.startedAt, finishedAt: entry.finishedAt, failure: 'host_error' });
    expect([thrown.status, thrown.reasons, thrown.counts['skipped']]).to.deep.equal(['FAILED', [{ code: 'host_error' }], 2]);
  });
});
