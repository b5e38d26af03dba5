import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { HrisSyncPreview } from '../../src/components/sync-preview/sync-preview.js';
import { MemoryHost, TENANT, $, $$, connectionFor, mockSnapshot, planShown, rowIds, storeWith, text, texts } from './sync-preview-helpers.js';

describe('<hris-sync-preview> states', () => {
  it('without a connection says to connect first', async () => {
    const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview></hris-sync-preview>`);
    expect(texts(el, '[data-state="no-connection"] p')).to.deep.equal(['Connect your HR system first.', 'The sync preview appears once the HR system is connected.']);
    expect($(el, '[data-action="retrieve"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the cached snapshot at once with when it was retrieved, totals and bucket counts', async () => {
    const snapshot = await mockSnapshot('personio');
    await storeWith(snapshot);
    const host = new MemoryHost();
    const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .connection=${connectionFor('personio')} .host=${host}></hris-sync-preview>`);
    await planShown(el);
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(snapshot.retrievedAt));
    expect(text(el, '#retrieved-at')).to.equal(`Retrieved ${when}`);
    console.log(text(el, '#totals'), texts(el, '[role="tab"]'), rowIds(el).length);
    await expect(el).to.be.accessible();
  });
});
