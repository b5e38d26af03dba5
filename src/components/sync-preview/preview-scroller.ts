/**
 * Upkeep of the preview's virtualized scroller after each range change. Two
 * things pile up otherwise, one per row that leaves the window, and make each
 * scroll step slower than the one before (found with a CPU profile and
 * a trace of a 100,000-row scroll, `node bench/run.mjs --only=preview`):
 *
 * - lit-html 3.3.1+ `removePart()` leaves the end marker (an empty comment) of
 *   every removed `repeat` item behind (lit/lit#5298, #5010). The scroller
 *   gathered ~5,500 of them over one pass; the virtualizer's `_children`
 *   getter walks them for every row it positions.
 * - `@lit-labs/virtualizer` 2.1 observes each row it renders with its
 *   children `ResizeObserver` and never unobserves it, so every row ever shown
 *   stays observed (and alive) and each frame's resize-observer step grows.
 *
 * Both are removed here, once the virtualizer has rendered the new range.
 *
 * It also keeps the scroller reachable by keyboard: the grid's one tab stop is
 * the row holding `tabindex="0"` (roving tabindex), but that row may be outside
 * the rendered window (scrolled away, or not rendered yet). Then the scroller
 * itself is the tab stop, and its arrow keys bring the row back.
 */
import { html } from 'lit';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';

/**
 * What an index past the end of the list renders (the virtualizer may ask for a
 * range computed before the list shrank): a comment, so that its item markers
 * touch a node that tells them apart from orphans.
 */
const NO_ROW = 'hris-no-row';
export const noRow = html`<!--hris-no-row-->`;

/** The rows rendered at the previous range change, per scroller. */
const shown = new WeakMap<Element, Set<Element>>();

/**
 * Listener for the virtualizer's `rangeChanged` on its host element. It runs
 * before the virtualizer's own listener renders the range, so the upkeep waits
 * for a microtask.
 */
export function onRangeChanged(event: Event): void {
  const scroller = event.currentTarget;
  if (scroller instanceof HTMLElement) queueMicrotask(() => upkeep(scroller));
}

function upkeep(scroller: HTMLElement): void {
  removeOrphanMarkers(scroller);
  scroller.tabIndex = scroller.querySelector(':scope > [tabindex="0"]') ? -1 : 0;
  const rows = new Set<Element>(scroller.children);
  const before = shown.get(scroller);
  shown.set(scroller, rows);
  if (!before) return;
  // A private field of the virtualizer: when a version renames it, rows stay observed, as without this upkeep.
  const virtualizer = (scroller as VirtualizerHostElement)[virtualizerRef] as unknown as { _childrenRO?: ResizeObserver | null } | undefined;
  const observer = virtualizer?._childrenRO;
  if (!observer) return;
  for (const row of before) if (!rows.has(row)) observer.unobserve(row);
}

/**
 * Every rendered item is exactly one element (or the `NO_ROW` comment) between
 * its own start and end marker, so a marker that touches neither belongs to no
 * live item.
 */
function removeOrphanMarkers(scroller: HTMLElement): void {
  let node = scroller.firstChild;
  while (node) {
    const next = node.nextSibling;
    if (isMarker(node) && !isItem(node.previousSibling) && !isItem(next)) node.remove();
    node = next;
  }
}

const isMarker = (node: Node): boolean => node instanceof Comment && node.data === '';
/** How long a keyboard jump keeps aiming at a row the virtualizer has not rendered yet. */
const AIM_FOR_MS = 5000;

const isItem = (node: Node | null): boolean => node instanceof Element || (node instanceof Comment && node.data === NO_ROW);

/**
 * Scrolls the row at `index` into view and focuses it. A row far away is
 * rendered only once the virtualizer has scrolled to it, and a long jump on a
 * busy machine can take it several layouts (it estimates, scrolls, then
 * measures), so it aims again until the row is there — unless `current()` says
 * the user has moved on.
 */
export async function scrollRowIntoView(scroller: HTMLElement, index: number, rendered: () => Promise<unknown>, current: () => boolean): Promise<void> {
  const virtualizer = (scroller as VirtualizerHostElement)[virtualizerRef];
  virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
  await rendered();
  const row = () => scroller.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`);
  // Bounded by time, not by attempts: on a loaded machine many frames can pass before a far row's layout is done.
  const giveUpAt = performance.now() + AIM_FOR_MS;
  while (!row() && current() && performance.now() < giveUpAt) {
    await virtualizer?.layoutComplete.catch(() => undefined);
    if (row()) break;
    virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  if (current()) row()?.focus();
}
