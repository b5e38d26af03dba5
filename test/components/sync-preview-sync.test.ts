/** `<hris-sync-preview>` sync: confirmation, hris-request-sync veto and confirmSync(), progress, results, Retry failed, history, export, keyboard path. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { HrisSyncPreview } from '../../src/components/sync-preview/sync-preview.js';
import type { EmployeeRecord } from '../../src/core/model.js';
import { loadSheetJs } from '../../src/core/spreadsheet.js';
import { planSync } from '../../src/core/plan.js';
import { SyncController } from '../../src/components/base/sync-controller.js';
import { useSnapshotStore } from '../../src/components/base/snapshot-controller.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { hostRecord, person } from '../../src/testing/records.js';
import { MemoryHost, TENANT, $, $$, click, connectionFor, deferred, mockSnapshot, planShown, text, texts } from './sync-preview-helpers.js';

const people = (): EmployeeRecord[] => [
  person('1', 'Anna', 'Zeller'),
  person('2', 'Bruno', 'Albers'),
  person('3', '=HYPERLINK("http://x")', 'Evil'),
  person('4', 'Lea', 'Vogel', { status: 'inactive' }),
];

async function open(host = new MemoryHost([hostRecord('h1', { name: 'Anna Z.', identifier: 'anna.zeller@example.com', email: 'anna.zeller@example.com' })]), records = people()) {
  const store = createMemoryStore();
  const base = await mockSnapshot('personio');
  await store.putSnapshot({ ...base, id: 'cur', connectionId: 'conn-personio', records, recordCount: records.length, retrievedAt: new Date().toISOString() });
  useSnapshotStore(store);
  const config = { target: 'stakeholder', mappings: [], leavers: { policy: 'tag', tag: 'Leaver' } } as const;
  const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .connection=${connectionFor('personio')} .host=${host} .config=${config}></hris-sync-preview>`);
  await planShown(el);
  return { el, host, store };
}

const resultsShown = (el: HrisSyncPreview) => waitUntil(() => $(el, '#results-summary') !== null, 'no results', { timeout: 5000 });

describe('<hris-sync-preview> sync', () => {
  it('"Sync now" states exactly what will happen, then applies that plan and reports each record', async () => {
    const { el, host } = await open();
    await click(el, '[data-action="sync-now"]');
    expect(texts(el, '.confirm-lines li')).to.deep.equal([
      '2 records will be created.', '1 record will be updated.', '1 leaver will be tagged “Leaver”.', 'Nothing is deleted, and nothing is changed in the HR system.',
    ]);
    expect(el.shadowRoot!.activeElement?.id).to.equal('confirm-heading');
    await expect(el).to.be.accessible();
    const request = oneEvent(el, 'hris-request-sync');
    const complete = oneEvent(el, 'hris-sync-complete');
    await click(el, '[data-action="confirm"]');
    const { detail } = await request;
    expect([detail.counts, detail.hrisIds]).to.deep.equal([{ creates: 2, updates: 1, leavers: 1, total: 4 }, ['2', '3', '1', '4']]);
    const done = (await complete).detail;
    expect([done.created, done.updated, done.failed, done.skipped, done.planHash]).to.deep.equal([3, 1, 0, 0, detail.planHash]);
    expect(host.applied.map((a) => [a.plan.hash, a.idempotencyKey])).to.deep.equal([[detail.planHash, detail.planHash]]);
    expect(host.records.map((r) => [r.id, r.hrisId, r.values['name'], r.tags ?? []])).to.deep.equal([
      ['h1', '1', 'Anna Zeller', []], ['hris-2', '2', 'Bruno Albers', []], ['hris-3', '3', '=HYPERLINK("http://x") Evil', []], ['hris-4', '4', 'Lea Vogel', ['Leaver']],
    ]);
    await resultsShown(el);
    expect(text(el, '#results-summary')).to.equal('3 created, 1 updated, 0 failed');
    expect(texts(el, '.result-list li')).to.deep.equal(['Bruno Albers: Created', '=HYPERLINK("http://x") Evil: Created', 'Anna Zeller: Updated', 'Lea Vogel: Created']);
    expect($(el, '#results-listed'), 'every result listed: no "first N of" line').to.equal(null);
    await planShown(el);
    // Re-planned against the host's new records: nothing left to do.
    expect(texts(el, '[role="tab"]').slice(0, 3)).to.deep.equal(['Create 0', 'Update 0', 'Unchanged 3']);
    await expect(el).to.be.accessible();
  });

  it('a long run lists the first 200 results, failures first, and says so', async () => {
    const many = Array.from({ length: 205 }, (_, i) => person(String(i + 1), `First${i + 1}`, `Last${i + 1}`));
    const { el } = await open(new MemoryHost([]), many);
    await click(el, '[data-action="sync-now"]');
    await click(el, '[data-action="confirm"]');
    await resultsShown(el);
    expect(text(el, '#results-summary')).to.equal('205 created, 0 updated, 0 failed');
    expect(text(el, '#results-listed')).to.equal('Showing the first 200 of 205 records, failures first.');
    expect(texts(el, '.result-list li')).to.have.length(200);
    await expect(el).to.be.accessible();
  });

  it('a vetoed hris-request-sync applies nothing until the host calls confirmSync()', async () => {
    const { el, host } = await open();
    el.addEventListener('hris-request-sync', (e) => e.preventDefault(), { once: true });
    await click(el, '[data-action="sync-now"]');
    await click(el, '[data-action="confirm"]');
    expect(text(el, '#awaiting-heading')).to.equal('Waiting for the app to allow the sync…');
    expect(host.applied).to.have.length(0);
    await expect(el).to.be.accessible();
    const complete = oneEvent(el, 'hris-sync-complete');
    expect(await el.confirmSync()).to.equal(true);
    expect((await complete).detail.created).to.equal(3);
    expect(host.applied).to.have.length(1);
    expect(await el.confirmSync()).to.equal(false);
  });

  it('cancelSync() drops a held request', async () => {
    const { el, host } = await open();
    el.addEventListener('hris-request-sync', (e) => e.preventDefault(), { once: true });
    await click(el, '[data-action="sync-now"]');
    await click(el, '[data-action="confirm"]');
    el.cancelSync();
    await el.updateComplete;
    expect($(el, '#awaiting-heading')).to.equal(null);
    expect(await el.confirmSync()).to.equal(false);
    expect(host.applied).to.have.length(0);
  });

  it('"Sync selected" applies only the selected rows', async () => {
    const { el, host } = await open();
    await click(el, '[data-hris-id="2"] input[type="checkbox"]');
    expect(text(el, '#selected-count')).to.equal('1 selected');
    await click(el, '[data-action="sync-selected"]');
    expect(texts(el, '.confirm-lines li')).to.deep.equal(['1 record will be created.', '0 records will be updated.', 'Nothing is deleted, and nothing is changed in the HR system.']);
    const request = oneEvent(el, 'hris-request-sync');
    await click(el, '[data-action="confirm"]');
    expect((await request).detail.hrisIds).to.deep.equal(['2']);
    await resultsShown(el);
    expect(host.applied[0]!.plan.selection).to.deep.equal(['2']);
    expect(host.records.map((r) => r.id)).to.deep.equal(['h1', 'hris-2']);
  });

  it('shows apply progress, then one failure; "Retry failed" applies only that record; every run is in the history', async () => {
    const host = new MemoryHost([hostRecord('h1', { name: 'Anna Z.', identifier: 'anna.zeller@example.com', email: 'anna.zeller@example.com' })]);
    host.fail.add('2');
    const gate = deferred();
    host.hold = gate.promise;
    const { el } = await open(host);
    await click(el, '[data-action="sync-now"]');
    await click(el, '[data-action="confirm"]');
    await waitUntil(() => $(el, '#apply-progress') !== null, 'no progress');
    const bar = $<HTMLProgressElement>(el, '#apply-progress')!;
    expect([bar.max, bar.value, text(el, '#apply-text')]).to.deep.equal([4, 0, '0 of 4 records']);
    await expect(el).to.be.accessible();
    host.hold = null;
    gate.resolve();
    await resultsShown(el);
    expect(text(el, '#results-summary')).to.equal('2 created, 1 updated, 1 failed');
    expect(texts(el, '.result-list li')[0]).to.equal('Bruno Albers: Failed: This app was not reachable.');
    await expect(el).to.be.accessible();
    const retry = oneEvent(el, 'hris-request-sync');
    await click(el, '[data-action="retry-failed"]');
    expect((await retry).detail).to.include({ retry: true, creates: 1, updates: 0 });
    await waitUntil(() => text(el, '#results-summary') === '3 created, 1 updated, 0 failed', 'retry not applied');
    expect(host.applied.map((a) => a.plan.selection)).to.deep.equal([null, ['2']]);
    expect(host.records.map((r) => r.id)).to.deep.equal(['h1', 'hris-3', 'hris-4', 'hris-2']);
    expect($(el, '[data-action="retry-failed"]')).to.equal(null);
    await waitUntil(() => $$(el, '.runs li').length === 2, 'history not listed');
    expect($$(el, '.runs li').map((li) => [li.dataset['kind'], li.dataset['status']])).to.deep.equal([['sync', 'COMPLETE'], ['sync', 'PARTIAL']]);
    expect(texts(el, '.runs li')[1]).to.contain('Sync (partial) · 2 created, 1 updated, 1 failed');
    await expect(el).to.be.accessible();
  });

  it('exports the plan as xlsx with formula-like cells neutralized', async () => {
    const { el } = await open();
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => { blobs.push(blob as Blob); return original.call(URL, blob); };
    try {
      await click(el, '[data-action="export"]');
      await waitUntil(() => text(el, '[role="status"]') === 'The plan was downloaded.', 'export not announced', { timeout: 10000 });
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs).to.have.length(1);
    const X = await loadSheetJs();
    const wb = X.read(new Uint8Array(await blobs[0]!.arrayBuffer()), { type: 'array' });
    expect(wb.SheetNames).to.deep.equal(['Plan', 'Changes']);
    const rows = X.utils.sheet_to_json<string[]>(wb.Sheets['Plan']!, { header: 1, defval: '' });
    expect(rows[0]).to.deep.equal(['Group', 'Employee', 'Identifier', 'HR system id', 'Record in this app', 'Action', 'Changed fields', 'Reasons']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[5]])).to.deep.equal([
      ['Create', 'Bruno Albers', 'Create'], ['Create', '\'=HYPERLINK("http://x") Evil', 'Create'], ['Update', 'Anna Zeller', 'Update'], ['Leavers', 'Lea Vogel', 'Create'],
    ]);
    const formulas = Object.values(wb.Sheets['Changes']!).filter((c) => typeof c === 'object' && c !== null && 'f' in c);
    expect(formulas).to.deep.equal([]);
  });

  it('keyboard only: from "Retrieve now" to the applied sync', async () => {
    const { el, host } = await open();
    $(el, '[data-action="retrieve"]')!.focus();
    const order: string[] = [];
    for (let i = 0; i < 30 && el.shadowRoot!.activeElement?.getAttribute('data-action') !== 'sync-now'; i += 1) {
      await sendKeys({ press: 'Tab' });
      order.push(el.shadowRoot!.activeElement?.id || el.shadowRoot!.activeElement?.getAttribute('data-action') || el.shadowRoot!.activeElement?.getAttribute('role') || '?');
    }
    expect(order).to.include.members(['tab-create', 'search', 'sort', 'descending', 'row', 'sync-now']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('confirm-heading');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('confirm');
    await sendKeys({ press: 'Enter' });
    await resultsShown(el);
    expect(host.applied).to.have.length(1);
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
  });
});

describe('SyncController', () => {
  it('takes the plan\'s hash while the confirmation is on screen, not after the click', async () => {
    const plan = planSync(people(), [], { target: 'stakeholder' }, { today: '2025-06-15' });
    const hash = plan.hash;
    let reads = 0;
    const watched = { ...plan, get hash() { reads += 1; return hash; } };
    const host = { addController: () => undefined, removeController: () => undefined, requestUpdate: () => undefined, updateComplete: Promise.resolve(true) };
    const sync = new SyncController(host, { source: () => ({ host: undefined, key: null }), target: new EventTarget() });
    sync.ask(watched);
    expect(reads, 'while asking').to.equal(0);
    await waitUntil(() => reads > 0, 'hash never taken', { timeout: 2000 });
    // A request dismissed before its turn came leaves its plan's hash alone.
    const other = { ...plan, get hash(): string { throw new Error('read after dismiss'); } };
    sync.ask(other);
    sync.dismiss();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reads).to.equal(1);
  });
});
