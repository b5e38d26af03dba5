/**
 * The preview grid's own state: the rows selected for "Sync selected", the
 * rows showing their changes, and the row holding the roving focus, with the
 * grid's keys (arrows, Home/End, Page Up/Down move; Space selects; Enter
 * shows an update's changes). Created with the connected screens
 * (`preview-parts.ts`); the element renders from it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanRow, PlanRows } from '../../core/plan-view.js';
import { scrollRowIntoView } from './preview-scroller.js';

/** Rows moved by Page Up / Page Down. */
const PAGE = 10;

export interface GridHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** `set` with `item` added, or without it if it was there. */
function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

export class GridController implements ReactiveController {
  selected: ReadonlySet<string> = new Set();
  expanded: ReadonlySet<number> = new Set();
  focusIndex = 0;

  constructor(private readonly host: GridHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new plan: changes hidden, focus on the first row, and only rows still actionable stay selected. */
  planChanged(rows: PlanRows | null): void {
    this.expanded = new Set();
    this.focusIndex = 0;
    if (rows) this.selected = new Set([...this.selected].filter((id) => rows.find(id)?.actionable));
    this.host.requestUpdate();
  }

  /** The rows listed changed: the focus stays on one that is there. */
  viewChanged(length: number): void {
    if (this.focusIndex >= length) this.focusIndex = 0;
  }

  clearSelection(): void {
    this.selected = new Set();
    this.host.requestUpdate();
  }

  toggleSelect(row: PlanRow): void {
    if (!row.actionable) return;
    this.selected = toggled(this.selected, row.entry.hrisId);
    this.host.requestUpdate();
  }

  toggleExpand(row: PlanRow): void {
    this.expanded = toggled(this.expanded, row.order);
    this.host.requestUpdate();
  }

  focusOn(index: number): void {
    if (this.focusIndex === index) return;
    this.focusIndex = index;
    this.host.requestUpdate();
  }

  /** A key pressed in the grid listing `length` rows, `rowAt` giving the row at an index. */
  key(event: KeyboardEvent, length: number, rowAt: (index: number) => PlanRow | undefined): void {
    const row = rowAt(this.focusIndex);
    const last = length - 1;
    const moves: Record<string, number> = {
      ArrowDown: this.focusIndex + 1, ArrowUp: this.focusIndex - 1, Home: 0, End: last,
      PageDown: this.focusIndex + PAGE, PageUp: this.focusIndex - PAGE,
    };
    if (event.key in moves) {
      event.preventDefault();
      void this.focusRow(Math.max(0, Math.min(last, moves[event.key]!)));
    } else if (event.key === ' ' && row) {
      event.preventDefault();
      this.toggleSelect(row);
    } else if (event.key === 'Enter' && row && row.entry.changes.length > 0 && row.entry.action === 'update') {
      event.preventDefault();
      this.toggleExpand(row);
    }
  }

  private async focusRow(index: number): Promise<void> {
    this.focusOn(index);
    const scroller = this.host.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller) await scrollRowIntoView(scroller, index, () => this.host.updateComplete, () => this.focusIndex === index);
  }
}
