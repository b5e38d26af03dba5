/**
 * The full flow for each provider: mock vendors → reference proxy → retrieve
 * (nothing cached, so on open) → preview → Sync now → an in-memory host built
 * on `applyPlanToRecords`. The host's records must change exactly as the
 * preview said: one new record per "create" row, one changed value per diff line.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { HrisSyncPreview } from '../../src/components/sync-preview/sync-preview.js';
import { hostRecord } from '../../src/testing/records.js';
import { MemoryHost, TENANT, $, $$, click, openTab, planShown, storeWith, text, wire } from './sync-preview-helpers.js';

const count = (el: HrisSyncPreview, bucket: string) => Number($(el, `#tab-${bucket} .count`)!.dataset['count']);

describe('<hris-sync-preview> full flow on the mock vendors', () => {
  for (const provider of ['personio', 'bamboohr', 'hibob', 'humaans', 'lucca'] as const) {
    it(`${provider}: retrieve, preview, sync; the host changes exactly as previewed`, async () => {
      const w = await wire(provider, 25, 3);
      await storeWith(null);
      const host = new MemoryHost([hostRecord('legacy', { name: 'Someone Else', identifier: 'someone.else@example.org', email: 'someone.else@example.org' })]);
      const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .proxy=${w.client} .connection=${w.connection} .host=${host}></hris-sync-preview>`);
      const retrieved = (await oneEvent(el, 'hris-retrieved')).detail;
      expect(retrieved.provider).to.equal(provider);
      await planShown(el);
      const creates = count(el, 'create');
      const updates = count(el, 'update');
      expect(creates).to.be.greaterThan(0);
      expect(text(el, '#totals')).to.equal(`${retrieved.total} employees pulled, ${retrieved.total} match the “Sync if” rules · 1 records in this app`);
      // What the preview says will be created, by HRIS id.
      const previewed = new Set<string>();
      await openTab(el, 'create');
      const scroller = $(el, '.scroller')!;
      for (let top = 0; previewed.size < creates && top < 20000; top += 200) {
        $$(el, '.scroller [role="row"]').forEach((r) => previewed.add(r.dataset['hrisId']!));
        scroller.scrollTop = top;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        await el.updateComplete;
      }
      expect(previewed.size).to.equal(creates);
      await click(el, '[data-action="sync-now"]');
      expect(text(el, '.confirm-lines li')).to.equal(creates === 1 ? '1 record will be created.' : `${creates} records will be created.`);
      const complete = oneEvent(el, 'hris-sync-complete');
      await click(el, '[data-action="confirm"]');
      const done = (await complete).detail;
      expect([done.created, done.updated, done.failed]).to.deep.equal([creates, updates, 0]);
      const created = host.records.filter((r) => r.id !== 'legacy');
      expect(new Set(created.map((r) => r.hrisId))).to.deep.equal(previewed);
      expect(host.records[0]).to.deep.equal({ id: 'legacy', hrisId: null, values: { name: 'Someone Else', identifier: 'someone.else@example.org', email: 'someone.else@example.org' } });
      // Planning again against the synced host: nothing left to create or update.
      await waitUntil(() => count(el, 'create') === 0, 're-plan did not settle', { timeout: 5000 });
      expect([count(el, 'create'), count(el, 'update'), count(el, 'unchanged')]).to.deep.equal([0, 0, creates]);
    });
  }
});
