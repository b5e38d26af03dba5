import { expect } from '@open-wc/testing';
import { failedPart, applyPlanToRecords, actionableEntries } from '../../src/core/plan-apply.js';
import { planSync } from '../../src/core/plan.js';
import type { SyncConfigInput } from '../../src/core/config.js';
import type { ApplyProgress } from '../../src/core/host.js';
import { hostRecord, person } from '../../src/testing/records.js';
import { DemoHostAdapter, openDemoDb } from '../../demo/host-adapter.js';

const TODAY = '2026-03-02';
const config: SyncConfigInput = {
  target: 'stakeholder',
  mappings: [{ source: 'startDate', target: 'startDate' }, { source: 'team', target: 'team' }],
  leavers: { policy: 'group', group: 'Ex-employees' },
};
const hosts = [
  hostRecord('sh-1', { identifier: 'jane.doe@example.com', name: 'Jane Doe', email: 'jane.doe@example.com' }, { group: 'Employees' }),
  hostRecord('sh-2', { name: 'Max Muster' }, { group: 'Employees' }),
  hostRecord('sh-3', { identifier: 'lea.left@example.com', name: 'Lea Left' }, { group: 'Employees' }),
  hostRecord('sh-4', { identifier: 'fund@vc.example', name: 'Fund II' }, { group: 'Investors' }),
];
const records = [
  person('p1', 'Jane', 'Doe', { startDate: '2020-01-01', team: 'Platform' }),
  person('p2', 'Max', 'Muster', { startDate: '2021-05-01' }),
  person('p3', 'Neu', 'Person', { startDate: '2026-02-01', team: 'Payments' }),
  person('p4', 'Lea', 'Left', { status: 'inactive', terminationDate: '2025-12-31' }),
];

let n = 0;
async function adapter(): Promise<DemoHostAdapter> {
  const db = await openDemoDb(`hris-kit-demo-test-${Date.now()}-${(n += 1)}`);
  const host = new DemoHostAdapter(db, 'stakeholder');
  await host.reset(hosts);
  return host;
}

describe('demo host adapter (IndexedDB)', () => {
  it('applies exactly the plan: the stored records are the core reference, one ok result per actionable entry', async () => {
    const host = await adapter();
    const plan = planSync(records, await host.listRecords(), config, { today: TODAY });
    expect([plan.create.length, plan.update.length, plan.leavers.length]).to.deep.equal([1, 2, 1]);
    const progress: ApplyProgress[] = [];
    const result = await host.apply(plan, { signal: new AbortController().signal, idempotencyKey: 'k1', onProgress: (p) => progress.push(p) });

    expect(result.planHash).to.equal(plan.hash);
    expect(result.results.map((r) => [r.hrisId, r.ok, r.action, r.hostId])).to.deep.equal(
      actionableEntries(plan).map((e) => [e.hrisId, true, e.action === 'create' ? 'create' : 'update', e.hostId ?? `hris-${e.hrisId}`]),
    );
    expect(await host.listRecords()).to.deep.equal(applyPlanToRecords(hosts, plan));
    expect(progress).to.deep.equal([{ done: 4, total: 4 }]);
    const stored = await host.stored();
    expect(stored.map((s) => [s.id, s.lastChange])).to.deep.equal([
      ['sh-1', 'updated'], ['sh-2', 'updated'], ['sh-3', 'updated'], ['sh-4', null], ['hris-p3', 'created'],
    ]);
    expect(stored.find((s) => s.id === 'sh-3')!.record.group).to.equal('Ex-employees');

    const again = planSync(records, await host.listRecords(), config, { today: TODAY });
    expect([again.create.length, again.update.length]).to.deep.equal([0, 0]);
  });

  it('never applies the same idempotency key twice: the stored result comes back and nothing is written', async () => {
    const host = await adapter();
    const plan = planSync(records, await host.listRecords(), config, { today: TODAY });
    const first = await host.apply(plan, { signal: new AbortController().signal, idempotencyKey: 'same' });
    await host.putRecords([hostRecord('sh-1', { name: 'Edited by hand' }, { group: 'Employees' })]);
    const second = await host.apply(plan, { signal: new AbortController().signal, idempotencyKey: 'same' });
    expect(second).to.deep.equal(first);
    expect((await host.listRecords()).find((r) => r.id === 'sh-1')!.values).to.deep.equal({ name: 'Edited by hand' });
    expect((await host.listRecords()).length).to.equal(5);
  });

  it('"simulate a failure" fails the first entry once (retryable, nothing written); retrying the failed part completes the plan', async () => {
    const host = await adapter();
    host.failNext = true;
    const plan = planSync(records, await host.listRecords(), config, { today: TODAY });
    const first = await host.apply(plan, { signal: new AbortController().signal, idempotencyKey: 'run' });
    const failed = first.results.filter((r) => !r.ok);
    expect(failed).to.deep.equal([{ hrisId: actionableEntries(plan)[0]!.hrisId, ok: false, hostId: null, action: 'create', code: 'host_unavailable', retryable: true }]);
    expect(host.failNext).to.equal(false);
    expect((await host.listRecords()).some((r) => r.id === 'hris-p3')).to.equal(false);

    const retry = failedPart(plan, first);
    const second = await host.apply(retry, { signal: new AbortController().signal, idempotencyKey: 'retry' });
    expect(second.results.map((r) => [r.hrisId, r.ok])).to.deep.equal([['p3', true]]);
    expect(await host.listRecords()).to.deep.equal(applyPlanToRecords(hosts, plan));
  });

  it('stops when the signal aborts, before writing', async () => {
    const host = await adapter();
    const plan = planSync(records, await host.listRecords(), config, { today: TODAY });
    const abort = new AbortController();
    abort.abort(new DOMException('stop', 'AbortError'));
    let error: unknown;
    try {
      await host.apply(plan, { signal: abort.signal, idempotencyKey: 'aborted' });
    } catch (e) {
      error = e;
    }
    expect((error as DOMException).name).to.equal('AbortError');
    expect(await host.listRecords()).to.deep.equal(hosts);
  });

  it('keeps each preset in its own records', async () => {
    const db = await openDemoDb(`hris-kit-demo-test-presets-${Date.now()}`);
    const stakeholders = new DemoHostAdapter(db, 'stakeholder');
    const directory = new DemoHostAdapter(db, 'directory');
    await stakeholders.reset(hosts);
    await directory.reset([hostRecord('dir-1', { firstName: 'Jane', lastName: 'Doe' })]);
    expect((await stakeholders.listRecords()).map((r) => r.id)).to.deep.equal(['sh-1', 'sh-2', 'sh-3', 'sh-4']);
    expect((await directory.listRecords()).map((r) => r.id)).to.deep.equal(['dir-1']);
  });
});
