/** `<hris-sync-preview>`: connection, loading, cached snapshot, retrieval with progress, cancel, PARTIAL/FAILED. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { HrisSyncPreview } from '../../src/components/sync-preview/sync-preview.js';
import type { SnapshotStore } from '../../src/store/types.js';
import { useSnapshotStore } from '../../src/components/base/snapshot-controller.js';
import { createMemoryStore } from '../../src/store/memory.js';
import {
  MemoryHost, TENANT, $, click, connectionFor, deferred, mockSnapshot, planShown, snapshotFor, storeWith, text, texts, wire, type Wired,
} from './sync-preview-helpers.js';

const dateTime = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

async function preview(w: Wired, host = new MemoryHost()) {
  return fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .proxy=${w.client} .connection=${w.connection} .host=${host}></hris-sync-preview>`);
}

async function retrievingShown(el: HrisSyncPreview) {
  await waitUntil(() => $(el, '#retrieval-text') !== null, 'no retrieval progress', { timeout: 5000 });
  await waitUntil(() => !text(el, '#retrieval-text')!.startsWith('Retrieving'), 'no progress numbers', { timeout: 5000 });
}

describe('<hris-sync-preview> states', () => {
  it('without a connection says to connect first', async () => {
    const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview></hris-sync-preview>`);
    expect(texts(el, '[data-state="no-connection"] p')).to.deep.equal(['Connect your HR system first.', 'The sync preview appears once the HR system is connected.']);
    expect($(el, '[data-action="retrieve"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says it is loading while the store answers', async () => {
    const gate = deferred();
    const inner = createMemoryStore();
    const slow: SnapshotStore = { ...inner, getCurrent: async (key) => { await gate.promise; return inner.getCurrent(key); } };
    useSnapshotStore(slow);
    const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .connection=${connectionFor('personio')} .host=${new MemoryHost()}></hris-sync-preview>`);
    expect(text(el, '[data-state="loading"]')).to.equal('Loading the last retrieval…');
    await expect(el).to.be.accessible();
    gate.resolve();
  });

  it('shows the cached snapshot at once with when it was retrieved, the totals and every bucket count', async () => {
    const snapshot = await mockSnapshot('personio');
    await storeWith(snapshot);
    const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .connection=${connectionFor('personio')} .host=${new MemoryHost()}></hris-sync-preview>`);
    await planShown(el);
    expect(text(el, '#retrieved-at')).to.equal(`Retrieved ${dateTime(snapshot.retrievedAt)}`);
    expect(text(el, '#totals')).to.equal('50 employees pulled, 50 match the “Sync if” rules · 0 records in this app');
    expect(texts(el, '[role="tab"]')).to.deep.equal(['Create 45', 'Update 0', 'Unchanged 0', 'Leavers 3', 'Conflicts 2', 'Invalid 0', 'Excluded 0']);
    expect($(el, '[data-action="retrieve"]')!.textContent!.trim()).to.equal('Retrieve now');
    await expect(el).to.be.accessible();
  });

  it('says visibly when the employees cannot be kept on this device (memory only), and still works', async () => {
    const snapshot = await mockSnapshot('personio');
    const store = createMemoryStore({ code: 'storage_unavailable' });
    await store.putSnapshot(snapshot);
    useSnapshotStore(store);
    const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .connection=${connectionFor('personio')} .host=${new MemoryHost()}></hris-sync-preview>`);
    await planShown(el);
    expect(text(el, '[data-notice="storage_unavailable"]')).to.equal('This browser does not let the page keep the employees, so they are kept only until the page is closed or reloaded.');
    expect(texts(el, '[role="tab"]')[0]).to.equal('Create 45');
    await expect(el).to.be.accessible();
    el.lang = 'de';
    await el.updateComplete;
    expect(text(el, '[data-notice="storage_unavailable"]')).to.contain('Dieser Browser');
  });

  it('with nothing cached retrieves at once; a stale (> 24 h) snapshot is retrieved again on open', async () => {
    const w = await wire('personio', 20);
    const old = await snapshotFor(w, 30);
    await storeWith(old);
    const el = await preview(w);
    const { detail } = await oneEvent(el, 'hris-retrieved');
    expect([detail.connectionId, detail.provider, detail.total, detail.partial]).to.deep.equal([w.connection.id, 'personio', 20, false]);
    await planShown(el);
    expect(text(el, '#retrieved-at')).to.equal(`Retrieved ${dateTime(detail.retrievedAt)}`);
    expect(text(el, '#retrieved-at')).not.to.equal(`Retrieved ${dateTime(old.retrievedAt)}`);
    expect(text(el, '[role="status"]')).to.equal('20 employees retrieved.');
  });

  it('a fresh snapshot is not retrieved again until "Retrieve now"', async () => {
    const w = await wire('personio', 20);
    await storeWith(await snapshotFor(w, 1));
    const before = w.client.forwards;
    const el = await preview(w);
    await planShown(el);
    expect(w.client.forwards).to.equal(before);
    const retrieved = oneEvent(el, 'hris-retrieved');
    await click(el, '[data-action="retrieve"]');
    expect((await retrieved).detail.total).to.equal(20);
    expect(w.client.forwards).to.be.greaterThan(before);
  });

  it('shows a determinate progress bar when the vendor gives the total, and Cancel keeps the cached snapshot', async () => {
    const w = await wire('personio', 250);
    const cached = await snapshotFor(w, 2);
    await storeWith(cached);
    const el = await preview(w);
    await planShown(el);
    const counts = texts(el, '[role="tab"]');
    w.client.free = w.client.forwards + 1;
    await click(el, '[data-action="retrieve"]');
    await retrievingShown(el);
    const bar = $<HTMLProgressElement>(el, '#retrieval-progress')!;
    expect([bar.max, bar.value, text(el, '#retrieval-text')]).to.deep.equal([250, 100, '100 of 250 records read']);
    await expect(el).to.be.accessible();
    await click(el, '[data-action="cancel-retrieval"]');
    await waitUntil(() => $(el, '[data-problem="aborted"]') !== null, 'cancel not shown');
    expect(text(el, '[data-problem="aborted"]')).to.equal('Retrieval cancelled. The employees shown are from the last complete retrieval.');
    expect(text(el, '#retrieved-at')).to.equal(`Retrieved ${dateTime(cached.retrievedAt)}`);
    expect(texts(el, '[role="tab"]')).to.deep.equal(counts);
    expect(counts[0]).to.equal('Create 229');
    await expect(el).to.be.accessible();
  });

  it('shows pages and records when the vendor gives no total', async () => {
    const w = await wire('lucca', 250);
    await storeWith(null);
    w.client.free = 1;
    const el = await preview(w);
    await retrievingShown(el);
    const bar = $<HTMLProgressElement>(el, '#retrieval-progress')!;
    expect(bar.hasAttribute('max')).to.equal(false);
    expect(bar.position).to.equal(-1);
    expect(text(el, '#retrieval-text')).to.equal('1 page, 231 records read');
    await expect(el).to.be.accessible();
    w.client.release();
    await oneEvent(el, 'hris-retrieved');
  });

  it('explains a FAILED retrieval and keeps showing the cached snapshot, never as employees removed', async () => {
    const w = await wire('personio', 20);
    const cached = await snapshotFor(w, 2);
    await storeWith(cached);
    const el = await preview(w);
    await planShown(el);
    await w.client.disconnect(w.connection.id);
    await click(el, '[data-action="retrieve"]');
    await waitUntil(() => $(el, '[part="error"]') !== null, 'no error', { timeout: 5000 });
    expect(texts(el, '[part="error"] p')).to.deep.equal([
      'The last retrieval failed. The employees shown are from the last complete retrieval.',
      'This connection no longer exists.',
      'Connect your HR system again.',
    ]);
    expect(text(el, '#retrieved-at')).to.equal(`Retrieved ${dateTime(cached.retrievedAt)}`);
    expect(text(el, '#totals')).to.equal('20 employees pulled, 20 match the “Sync if” rules · 0 records in this app');
    await waitUntil(() => $(el, '.runs li[data-status="FAILED"]') !== null, 'the failed retrieval is not in the run history', { timeout: 5000 });
    expect($(el, '.runs li')!.getAttribute('data-kind')).to.equal('retrieve');
    await expect(el).to.be.accessible();
  });

  it('explains a PARTIAL retrieval (fewer employees than announced) and does not use it', async () => {
    const w = await wire('personio', 20);
    const cached = await snapshotFor(w, 2);
    await storeWith(cached);
    const el = await preview(w);
    await planShown(el);
    w.mocks.setFaults([{ vendor: 'personio', kind: 'inflated-total', extra: 5 }]);
    await click(el, '[data-action="retrieve"]');
    await waitUntil(() => $(el, '[part="error"]') !== null, 'no error', { timeout: 5000 });
    expect(texts(el, '[part="error"] p').slice(0, 2)).to.deep.equal([
      'The last retrieval was incomplete, so it was not used. The employees shown are from the last complete retrieval.',
      'Fewer employees arrived than the HR system announced.',
    ]);
    expect(text(el, '#retrieved-at')).to.equal(`Retrieved ${dateTime(cached.retrievedAt)}`);
    expect(texts(el, '[role="tab"]').join(' ')).not.to.contain('removed');
    await expect(el).to.be.accessible();
  });
});
