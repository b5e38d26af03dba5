/** `<hris-sync-preview>` scroller upkeep: long jumps through a large plan leave no orphan item markers behind. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { HrisSyncPreview } from '../../src/components/sync-preview/sync-preview.js';
import type { EmployeeRecord } from '../../src/core/model.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { useSnapshotStore } from '../../src/components/base/snapshot-controller.js';
import { person } from '../../src/testing/records.js';
import { MemoryHost, TENANT, $, $$, connectionFor, mockSnapshot } from './sync-preview-helpers.js';

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Empty comments in the scroller: each rendered item owns exactly two (its start and end marker). */
const markers = (scroller: HTMLElement): number => [...scroller.childNodes].filter((n) => n instanceof Comment && n.data === '').length;
const rows = (el: HrisSyncPreview) => $$(el, '.scroller [role="row"]');

async function open(size: number): Promise<HrisSyncPreview> {
  const records: EmployeeRecord[] = [];
  for (let i = 0; i < size; i += 1) records.push(person(String(i), `First${i}`, `Last${i}`));
  const base = await mockSnapshot('personio');
  const store = createMemoryStore();
  await store.putSnapshot({ ...base, id: 'big', connectionId: 'conn-personio', records, recordCount: records.length, retrievedAt: new Date().toISOString() });
  useSnapshotStore(store);
  const el = await fixture<HrisSyncPreview>(html`<hris-sync-preview tenant=${TENANT} .connection=${connectionFor('personio')} .host=${new MemoryHost()} .config=${{ target: 'stakeholder', mappings: [] }}></hris-sync-preview>`);
  await waitUntil(() => rows(el).length > 0, 'no rows', { timeout: 60000 });
  return el;
}

/** Scrolls to `top` and waits until the row at `index` is rendered and the virtualizer has settled. */
async function scrollTo(scroller: HTMLElement, top: number, index: number): Promise<void> {
  // The virtualizer may still be growing the scroller to its full height, which clamps an early scrollTop: aim again until it holds.
  await waitUntil(() => {
    if (Math.abs(scroller.scrollTop - top) > 1) scroller.scrollTop = top;
    return scroller.querySelector(`[data-index="${index}"]`) !== null;
  }, `row ${index} not rendered`, { timeout: 10000 });
  for (let i = 0; i < 4; i += 1) await frame();
}

describe('hris-sync-preview scroller', () => {
  it('keeps two markers per rendered row after long jumps down and back up', async () => {
    const el = await open(20_000);
    const scroller = $(el, '.scroller')!;
    const rowHeight = rows(el)[0]!.getBoundingClientRect().height;
    for (const index of [2_000, 6_000, 10_000, 14_000, 19_000, 12_000, 4_000, 0]) {
      await scrollTo(scroller, index * rowHeight, index);
      const shown = rows(el);
      expect(shown.length).to.be.greaterThan(5).and.lessThan(200);
      expect(markers(scroller)).to.equal(2 * shown.length);
    }
  });

  it('is one tab stop: the focus row while it is rendered, the scroller itself when it is scrolled away', async () => {
    const el = await open(2_000);
    const scroller = $(el, '.scroller')!;
    const rowHeight = rows(el)[0]!.getBoundingClientRect().height;
    await scrollTo(scroller, 0, 0);
    expect(scroller.tabIndex).to.equal(-1);
    expect($$(el, '.scroller [role="row"][tabindex="0"]').map((r) => r.dataset['index'])).to.deep.equal(['0']);
    await scrollTo(scroller, 1_500 * rowHeight, 1_500);
    expect($$(el, '.scroller [role="row"][tabindex="0"]')).to.have.length(0);
    expect(scroller.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('keeps rendering the right rows when a search shrinks the list far down', async () => {
    const el = await open(5_000);
    const scroller = $(el, '.scroller')!;
    const rowHeight = rows(el)[0]!.getBoundingClientRect().height;
    await scrollTo(scroller, 4_000 * rowHeight, 4_000);
    const search = $<HTMLInputElement>(el, '#search')!;
    search.value = 'First4999';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => rows(el).length === 1, 'the search did not narrow the list to one row', { timeout: 10000 });
    for (let i = 0; i < 4; i += 1) await frame();
    expect(rows(el).map((r) => r.dataset['hrisId'])).to.deep.equal(['4999']);
    expect(markers(scroller)).to.equal(2);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => rows(el).length > 5, 'clearing the search did not bring the rows back', { timeout: 10000 });
    for (let i = 0; i < 4; i += 1) await frame();
    expect(markers(scroller)).to.equal(2 * rows(el).length);
  });
});
