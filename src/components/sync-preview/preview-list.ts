/**
 * The plan as the user browses it: ARIA tabs per bucket with counts, search
 * and sort, and a virtualized grid (`@lit-labs/virtualizer`, one fixed-height
 * row per entry, only a window of rows in the DOM) with a roving tabindex,
 * selection by Space and an update row's per-field diff. Render functions
 * only: state lives in the element.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { FieldValue } from '../../core/model.js';
import { PLAN_BUCKETS, type PlanBucket, type PlanEntry } from '../../core/plan-types.js';
import { PLAN_SORTS, viewOrder, viewRow, type PlanRow, type PlanRows, type PlanSort, type PlanSortKey, type PlanView } from '../../core/plan-view.js';
import type { Issue } from '../../core/result.js';
import type { Formatter } from '../../translations/index.js';
import { noRow, onRangeChanged } from './preview-scroller.js';

export interface ListContext {
  readonly fmt: Formatter;
  readonly rows: PlanRows;
  readonly bucket: PlanBucket;
  readonly view: PlanView;
  readonly query: string;
  readonly sort: PlanSort;
  readonly selected: ReadonlySet<string>;
  readonly expanded: ReadonlySet<number>;
  readonly focusIndex: number;
  readonly fieldLabel: (field: string) => string;
  readonly reason: (issue: Issue) => string;
  readonly onTab: (bucket: PlanBucket, focus: boolean) => void;
  readonly onQuery: (query: string) => void;
  readonly onSort: (sort: PlanSort) => void;
  readonly onToggleSelect: (row: PlanRow) => void;
  readonly onToggleExpand: (row: PlanRow) => void;
  readonly onFocusRow: (index: number) => void;
  readonly onGridKey: (event: KeyboardEvent) => void;
}

export function renderTabs(ctx: ListContext): TemplateResult {
  const p = ctx.fmt.t.syncPreview;
  const onKey = (event: KeyboardEvent) => {
    const at = PLAN_BUCKETS.indexOf(ctx.bucket);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % PLAN_BUCKETS.length
        : event.key === 'ArrowLeft' ? (at - 1 + PLAN_BUCKETS.length) % PLAN_BUCKETS.length
          : event.key === 'Home' ? 0
            : event.key === 'End' ? PLAN_BUCKETS.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    ctx.onTab(PLAN_BUCKETS[next]!, true);
  };
  return html`<div role="tablist" part="tabs" class="tabs" aria-label=${p.bucketsLabel} @keydown=${onKey}>
    ${PLAN_BUCKETS.map((bucket) => {
      const active = bucket === ctx.bucket;
      return html`<button
        role="tab"
        part="tab"
        class="tab"
        id=${`tab-${bucket}`}
        data-bucket=${bucket}
        aria-selected=${active ? 'true' : 'false'}
        aria-controls="panel"
        tabindex=${active ? 0 : -1}
        @click=${() => ctx.onTab(bucket, false)}
      >
        <span>${p.buckets[bucket]}</span> <span class="count" data-count=${ctx.rows.counts[bucket]}>${ctx.fmt.number(ctx.rows.counts[bucket])}</span>
      </button>`;
    })}
  </div>`;
}

export function renderPanel(ctx: ListContext): TemplateResult {
  const p = ctx.fmt.t.syncPreview;
  const total = ctx.rows.counts[ctx.bucket];
  return html`<div role="tabpanel" id="panel" class="panel" aria-labelledby=${`tab-${ctx.bucket}`}>
    <p class="muted hint">${p.bucketHints[ctx.bucket]}</p>
    <div class="toolbar" part="toolbar">
      <label class="control">
        <span>${p.search}</span>
        <input id="search" type="search" part="input" .value=${ctx.query} placeholder=${p.searchHint} @input=${(e: Event) => ctx.onQuery((e.target as HTMLInputElement).value)} />
      </label>
      <label class="control">
        <span>${p.sortBy}</span>
        <select id="sort" part="input" @change=${(e: Event) => ctx.onSort({ ...ctx.sort, key: (e.target as HTMLSelectElement).value as PlanSortKey })}>
          ${PLAN_SORTS.map((key) => html`<option value=${key} ?selected=${key === ctx.sort.key}>${p.sorts[key]}</option>`)}
        </select>
      </label>
      <label class="check">
        <input id="descending" type="checkbox" .checked=${ctx.sort.descending} @change=${(e: Event) => ctx.onSort({ ...ctx.sort, descending: (e.target as HTMLInputElement).checked })} />
        <span>${p.descending}</span>
      </label>
      <span class="muted shown" id="shown">${p.shown(ctx.fmt.number(ctx.view.entries.length), ctx.fmt.number(total))}</span>
    </div>
    ${ctx.view.entries.length === 0 ? html`<p class="empty" part="empty">${total === 0 ? p.empty : p.noMatch}</p>` : renderGrid(ctx)}
  </div>`;
}

function renderGrid(ctx: ListContext): TemplateResult {
  const p = ctx.fmt.t.syncPreview;
  return html`<div
    role="grid"
    part="list"
    class="grid"
    aria-label=${p.listLabel(p.buckets[ctx.bucket])}
    aria-rowcount=${ctx.view.entries.length + 1}
    aria-multiselectable="true"
  >
    <div role="row" class="row head" aria-rowindex="1">
      <span role="columnheader" class="cell select"><span class="visually-hidden">${p.columns.select}</span></span>
      <span role="columnheader" class="cell name">${p.columns.name}</span>
      <span role="columnheader" class="cell identifier">${p.columns.identifier}</span>
      <span role="columnheader" class="cell details">${p.columns.details}</span>
    </div>
    <div role="rowgroup" class="scroller" tabindex="0" @keydown=${ctx.onGridKey} @rangeChanged=${onRangeChanged}>
      ${virtualize({
        // The plan's own array when no search or sort is set: nothing is copied or made per entry to list it.
        items: ctx.view.entries as PlanEntry[],
        // The virtualizer may ask for a range computed before the list shrank (a new bucket or search): no row there.
        keyFunction: (entry: PlanEntry | undefined, index: number) => (entry ? viewOrder(ctx.rows, ctx.view, index) : -1 - index),
        renderItem: (entry: PlanEntry | undefined, index: number) => {
          const row = entry && viewRow(ctx.rows, ctx.view, index);
          return row ? renderRow(ctx, row, index) : noRow;
        },
        scroller: true,
      })}
    </div>
  </div>`;
}

function renderRow(ctx: ListContext, row: PlanRow, index: number): TemplateResult {
  const p = ctx.fmt.t.syncPreview;
  const e = row.entry;
  const selected = ctx.selected.has(e.hrisId);
  const expanded = ctx.expanded.has(row.order);
  return html`<div
    role="row"
    part="row"
    class=${`row${expanded ? ' expanded' : ''}`}
    data-index=${index}
    data-key=${row.order}
    data-hris-id=${e.hrisId}
    aria-rowindex=${index + 2}
    aria-selected=${row.actionable ? (selected ? 'true' : 'false') : nothing}
    tabindex=${index === ctx.focusIndex ? 0 : -1}
    @focus=${() => ctx.onFocusRow(index)}
  >
    <span role="gridcell" class="cell select">
      ${row.actionable
        ? html`<input type="checkbox" tabindex="-1" aria-label=${`${p.columns.select}: ${e.displayName}`} .checked=${selected} @change=${() => ctx.onToggleSelect(row)} />`
        : nothing}
    </span>
    <span role="gridcell" class="cell name">
      <span class="person">${e.displayName}</span>
      ${row.since ? html`<span class="since" part="since" data-since=${row.since}>${p.since[row.since]}</span>` : nothing}
    </span>
    <span role="gridcell" class="cell identifier">${e.identifier ?? ''}</span>
    <span role="gridcell" class="cell details">${renderDetails(ctx, row, expanded)}</span>
    ${expanded ? html`<div role="gridcell" class="cell diffcell">${renderDiff(ctx, e)}</div>` : nothing}
  </div>`;
}

function renderDetails(ctx: ListContext, row: PlanRow, expanded: boolean): TemplateResult | string {
  const p = ctx.fmt.t.syncPreview;
  const e = row.entry;
  const reasons = [...(e.excludedBy !== null ? [p.excludedBy(e.excludedBy + 1)] : []), ...e.reasons.map(ctx.reason)];
  const leaver = row.bucket === 'leavers' ? p.leaverAction(e.action) : '';
  const text = [leaver, ...reasons].filter(Boolean).join(' ');
  if (row.bucket !== 'update' && !(row.bucket === 'leavers' && e.action === 'update')) return html`<span class="reasons">${text}</span>`;
  return html`<span class="reasons">${text}</span>
    <span class="muted">${p.changes(e.changes.length)}</span>
    <button type="button" class="link" part="button" tabindex="-1" aria-expanded=${expanded ? 'true' : 'false'} @click=${() => ctx.onToggleExpand(row)}>
      ${expanded ? p.hideChanges : p.showChanges}
    </button>`;
}

function shown(ctx: ListContext, value: FieldValue): string {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return ctx.fmt.t.syncPreview.emptyValue;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'number') return ctx.fmt.number(value);
  return String(value);
}

function renderDiff(ctx: ListContext, e: PlanEntry): TemplateResult {
  const p = ctx.fmt.t.syncPreview;
  return html`<ul class="diff" part="diff" aria-label=${p.diffLabel(e.displayName)}>
    ${e.changes.map(
      (c) => html`<li data-field=${c.field}>
        <span class="field">${ctx.fieldLabel(c.field)}</span>
        <del class="before">${shown(ctx, c.before)}</del> <span aria-hidden="true">→</span>
        <ins class="after">${shown(ctx, c.after)}</ins>
      </li>`,
    )}
  </ul>`;
}
