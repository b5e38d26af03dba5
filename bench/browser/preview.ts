/**
 * Bench 4, preview, in the page: `<hris-sync-preview>` given a snapshot of N
 * records (an in-memory snapshot store, a host with no records: every record
 * is a create, the largest list) — the time from the update in which the
 * element first holds the plan (it computes the plan itself; that part is
 * bench 1) to the first rows painted (rows in the DOM, then two animation
 * frames). Then the list is scrolled from top to bottom and back, one step
 * per frame, under a Long Tasks observer; the longest task (the API reports
 * tasks of 50 ms and more) and the longest and median frame are reported.
 */
import { HrisSyncPreview } from '../../src/components/sync-preview/sync-preview.js';
import { useSnapshotStore } from '../../src/components/base/snapshot-controller.js';
import type { HostAdapter } from '../../src/core/host.js';
import type { Snapshot } from '../../src/core/snapshot.js';
import { createMemoryStore } from '../../src/store/memory.js';
import { benchRecords } from './data.js';

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Marks when an element first sees its plan; the wrapped method runs unchanged. */
const planSeenAt = new WeakMap<HrisSyncPreview, number>();
const proto = HrisSyncPreview.prototype as unknown as { willUpdate(changed: unknown): void };
const willUpdate = proto.willUpdate;
proto.willUpdate = function (this: HrisSyncPreview, changed: unknown) {
  const task = (this as unknown as { planTask?: { value?: { plan?: unknown } | null } }).planTask;
  if (!planSeenAt.has(this) && task?.value?.plan) planSeenAt.set(this, performance.now());
  willUpdate.call(this, changed);
};
if (!customElements.get('hris-sync-preview')) customElements.define('hris-sync-preview', HrisSyncPreview);

let run = 0;

const data = new Map<number, ReturnType<typeof benchRecords>>();

export async function benchPreview(size: number, scrollSteps: number) {
  run += 1;
  if (!data.has(size)) data.set(size, benchRecords(size));
  const { records, catalog, readable } = await data.get(size)!;
  const connection = { id: `conn-preview-${run}`, provider: 'personio' as const, connectedAt: new Date().toISOString(), readable };
  const snapshot: Snapshot = {
    id: `preview-${run}`, tenant: 'bench', connectionId: connection.id, provider: 'personio', retrievedAt: new Date().toISOString(),
    outcome: { status: 'COMPLETE', reasons: [], pages: Math.ceil(size / 100), retries: 0, durationMs: 1 },
    recordCount: records.length, records, quarantine: [], catalog, readable, dropped: { count: 0, fields: [] },
  };
  const store = createMemoryStore();
  const put = await store.putSnapshot(snapshot);
  if (!put.ok) throw new Error('preview bench: snapshot not stored');
  useSnapshotStore(store);
  const host: HostAdapter = {
    listRecords: async () => [],
    apply: async () => { throw new Error('the bench never applies'); },
  };

  document.body.replaceChildren();
  const el = document.createElement('hris-sync-preview') as HrisSyncPreview;
  el.style.cssText = 'display:block;height:760px';
  el.tenant = 'bench';
  el.host = host;
  el.connection = connection;
  document.body.append(el);

  // Wait for the plan, then for rows on screen.
  const deadline = performance.now() + 600_000;
  let firstRow: Element | null = null;
  while (!firstRow) {
    if (performance.now() > deadline) throw new Error('preview bench: no row within 10 minutes');
    await frame();
    firstRow = planSeenAt.has(el) ? el.shadowRoot?.querySelector('[part~="row"][data-index]') ?? null : null;
  }
  await frame();
  await frame();
  const painted = performance.now();
  const seen = planSeenAt.get(el)!;
  const rowsInDom = el.shadowRoot!.querySelectorAll('[part~="row"][data-index]').length;
  const listed = Number(el.shadowRoot!.querySelector('[part~="list"]')?.getAttribute('aria-rowcount') ?? '1') - 1;

  // Scroll through the whole list and back, one step per frame.
  const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller');
  if (!scroller) throw new Error('preview bench: no scroller');
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(entry.duration); });
  observer.observe({ type: 'longtask' });
  const scrollStart = performance.now();
  // Without scroll steps, only the time to first rows is measured. Each step's frame time is the gap between the
  // animation frames before and after it: what the admin sees as smooth or stuck, long task or not.
  const max = () => scroller.scrollHeight - scroller.clientHeight;
  const frameGaps: number[] = [];
  let last = await frame();
  const step = async (i: number) => {
    scroller.scrollTop = (max() * i) / scrollSteps;
    const now = await frame();
    frameGaps.push(now - last);
    last = now;
  };
  for (let i = 0; i <= scrollSteps; i += 1) await step(i);
  for (let i = scrollSteps; i >= 0; i -= 1) await step(i);
  await frame();
  const scrollMs = performance.now() - scrollStart;
  const lastIndex = Math.max(...[...el.shadowRoot!.querySelectorAll('[part~="row"][data-index]')].map((r) => Number(r.getAttribute('data-index'))));
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  el.remove();
  return {
    size, rowsListed: listed, rowsInDom, firstRowsMs: painted - seen, scrollSteps: scrollSteps * 2, scrollMs,
    longTasks: tasks.length, longestTaskMs: tasks.length ? Math.max(...tasks) : 0, lastIndexAfterScroll: lastIndex,
    longestFrameMs: frameGaps.length ? Math.max(...frameGaps) : 0,
    medianFrameMs: frameGaps.length ? [...frameGaps].sort((a, b) => a - b)[Math.floor(frameGaps.length / 2)]! : 0,
  };
}

(globalThis as { benchPreview?: typeof benchPreview }).benchPreview = benchPreview;
document.body.dataset['ready'] = 'preview';
