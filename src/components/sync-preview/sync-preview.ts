import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SyncConfigInput } from '../../core/config.js';
import type { HostSchema } from '../../core/host.js';
import type { PlanBucket, SyncPlan } from '../../core/plan-types.js';
import type { PlanRows, PlanSort, PlanView } from '../../core/plan-view.js';
import type { SnapshotController } from '../base/snapshot-controller.js';
import type { SyncController } from '../base/sync-controller.js';
import { HrisElement } from '../base/hris-element.js';
import { hostStyles } from '../base/host.styles.js';
import { renderLoading } from '../base/lazy.js';
import type { ListContext } from './preview-list.js';
import type { GridController } from './preview-grid.js';
import type { PlanController } from './preview-plan.js';
import { syncPreviewStyles } from './sync-preview.styles.js';

type Parts = typeof import('./preview-parts.js');

/** The bucket shown first when the default one is empty. */
const FIRST_BUCKETS = ['update', 'create', 'leavers', 'conflicts', 'invalid', 'unchanged', 'excluded'] as const;

/**
 * @summary Shows the cached snapshot at once, retrieves on demand (or when it is older than 24 h), previews the
 * sync plan bucket by bucket (create, update, unchanged, leavers, conflicts, invalid, excluded) in a virtualized,
 * searchable, sortable list, and syncs all or selected records through the host adapter after a confirmation.
 * @tag hris-sync-preview
 * @status experimental
 * @since 0.1
 *
 * Veto and re-authentication: "Sync" fires the cancelable `hris-request-sync`. A host that calls
 * `preventDefault()` holds the request (the element shows that it is waiting); once the user re-authenticated,
 * the host calls `el.confirmSync()` to apply exactly the plan that was requested, or `el.cancelSync()` to drop it.
 *
 * @attr lang - Language of the element (`en`, `de`, `fr`, …); defaults to the closest `lang` above it, then `en`.
 * @attr proxy - The host proxy's base URL (the `proxy` property also takes a `ProxyClient` object).
 * @attr tenant - The host's tenant (account) id; cached data is kept apart per tenant.
 * @attr theme - `light` or `dark` forces a theme; by default the element follows `prefers-color-scheme`.
 *
 * @prop {string | ProxyClient} proxy - The host proxy's base URL, or an object with the `ProxyClient` methods.
 * @prop {HrisConnection | undefined} connection - The connection to preview (from `hris-connected`).
 * @prop {HostAdapter} host - Lists the host's records and applies the plan.
 * @prop {SyncConfigInput | undefined} config - The configuration in force; else the one saved for this connection, else the preset's defaults.
 * @prop {HostSchema | undefined} schema - The host's target fields (default: the preset named by `config.target`).
 * @prop {TranslationOverrides} strings - Overrides for any string of the active locale.
 *
 * @fires {HrisRetrievedEvent} hris-retrieved - A retrieval stored a new snapshot.
 * @fires {HrisRequestSyncEvent} hris-request-sync - Cancelable: the user confirmed a sync (`detail.planHash`, `detail.counts`, `detail.hrisIds`).
 * @fires {HrisSyncCompleteEvent} hris-sync-complete - The host adapter applied the plan; counts and per-record outcomes.
 *
 * @csspart base - The element's wrapper.
 * @csspart header - The title and retrieval status.
 * @csspart status - When the snapshot was retrieved, and Retrieve now / Cancel.
 * @csspart progress - Retrieval or sync progress.
 * @csspart notice - A state message (no connection, nothing retrieved, retrieval cancelled).
 * @csspart error - Why a retrieval or sync failed, with the next step.
 * @csspart totals - Employees pulled and matching.
 * @csspart possible-matches - Names close to a host record, to check by hand.
 * @csspart tabs - The bucket tabs.
 * @csspart tab - One bucket tab with its count.
 * @csspart toolbar - Search and sort.
 * @csspart input - The search field and sort select.
 * @csspart list - The virtualized grid of plan entries.
 * @csspart row - One plan entry.
 * @csspart since - The "new / changed since the last retrieval" mark.
 * @csspart diff - An update's per-field old → new list.
 * @csspart empty - The message for an empty bucket or search.
 * @csspart actions - Selection, Sync selected, Sync now and Export.
 * @csspart button - Every button.
 * @csspart confirm - The confirmation (and waiting for the host).
 * @csspart results - Per-record results and Retry failed.
 * @csspart history - The run history.
 *
 * @cssprop [--hris-color-accent=#1d4ed8] - Accent color (primary buttons, focus, selected tab).
 * @cssprop [--hris-color-on-accent=#ffffff] - Text on the accent color.
 * @cssprop [--hris-color-surface=#ffffff] - Background.
 * @cssprop [--hris-color-surface-raised=#f3f4f6] - Background of raised areas (header row, selected rows).
 * @cssprop [--hris-color-text=#111827] - Text color.
 * @cssprop [--hris-color-text-muted=#4b5563] - Secondary text color.
 * @cssprop [--hris-color-border=#9ca3af] - Borders.
 * @cssprop [--hris-color-danger=#b91c1c] - Errors and failed records.
 * @cssprop [--hris-color-success=#15803d] - New/changed marks and successful records.
 * @cssprop [--hris-color-focus=#1d4ed8] - Focus ring.
 * @cssprop [--hris-font-family=system-ui] - Font family.
 * @cssprop [--hris-radius=0.5rem] - Corner radius.
 * @cssprop [--hris-space=1rem] - Base spacing.
 * @cssprop [--hris-sync-preview-row-height=2.75rem] - Height of one list row.
 * @cssprop [--hris-sync-preview-list-height=24rem] - Height of the scrolling list.
 */
export class HrisSyncPreview extends HrisElement {
  static override styles = [hostStyles, syncPreviewStyles];

  /** The configuration in force; else the one saved for this (tenant, connection), else the preset's defaults. */
  @property({ attribute: false }) config?: SyncConfigInput;

  /** The host's target fields (default: the preset named by `config.target`). */
  @property({ attribute: false }) schema?: HostSchema;

  @state() private bucket: PlanBucket = 'create';
  @state() private query = '';
  @state() private sort: PlanSort = { key: 'plan', descending: false };
  @state() private exporting = false;
  /** Bumped after a sync, so the host's records are listed (and the plan computed) again. */
  @state() private hostVersion = 0;

  /** The connected screens' code: loaded once the element has a connection. */
  private readonly parts = this.lazy<Parts>(() => import('./preview-parts.js'));
  private p: Parts | undefined;
  private snapshots: SnapshotController | undefined;
  private sync: SyncController | undefined;
  private planned: PlanController | undefined;
  /** The grid's selection, shown changes and roving focus. */
  private grid: GridController | undefined;

  /** The planning task; `bench/browser/preview.ts` reads its value to time the first rows. */
  private get planTask() {
    return this.planned?.planTask;
  }

  private plan: SyncPlan | null = null;
  private rows: PlanRows | null = null;
  /** The rows listed: the plan's own bucket array unless a search or sort is set. */
  private view: PlanView | null = null;
  private viewKey: readonly unknown[] = [];
  private pendingFocus: string | null = null;

  /** The host allows a sync it held with `preventDefault()` on `hris-request-sync`; resolves false if none was held. */
  confirmSync(): Promise<boolean> {
    return this.sync?.confirm() ?? Promise.resolve(false);
  }

  /** Drops a sync the host held (or closes the confirmation). */
  cancelSync(): void {
    this.sync?.dismiss();
  }

  private get key() {
    return this.connection ? { tenant: this.tenant || 'default', connectionId: this.connection.id } : null;
  }

  /** The controllers, created with the connected screens' code (they add themselves to the element). */
  private start(parts: Parts): void {
    this.p = parts;
    const grid = new parts.GridController(this);
    this.grid = grid;
    ({ snapshots: this.snapshots, sync: this.sync, planned: this.planned } = parts.startControllers(this, {
      client: () => this.proxyClient,
      key: () => this.key,
      version: () => this.hostVersion,
      fmt: () => this.fmt,
      announce: (text) => this.announce(text),
      applied: () => {
        grid.clearSelection();
        this.hostVersion += 1;
        this.focusAfterUpdate('#results-heading');
      },
    }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.p && this.connection) {
      const parts = this.parts.get();
      if (parts) this.start(parts);
    }
    const { snapshots, sync, planned, grid, p } = this;
    if (!snapshots || !sync || !planned || !grid || !p) return;
    snapshots.sync();
    void sync.loadHistory();
    const { planChanged, marksChanged } = planned.derive();
    if (planChanged) {
      const first = this.plan === null;
      this.plan = planned.value?.plan ?? null;
      const rows = planned.rows;
      this.rows = rows;
      grid.planChanged(rows);
      if (rows && first && rows.counts[this.bucket] === 0) this.bucket = FIRST_BUCKETS.find((b) => rows.counts[b] > 0) ?? this.bucket;
    }
    if (marksChanged) this.viewKey = [];
    const key = [this.rows, this.bucket, this.query, this.sort];
    if (key.some((k, i) => k !== this.viewKey[i])) {
      this.viewKey = key;
      this.view = this.rows ? p.viewRows(this.rows, this.bucket, this.query, this.sort) : null;
      grid.viewChanged(this.view?.entries.length ?? 0);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingFocus) {
      const selector = this.pendingFocus;
      this.pendingFocus = null;
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    }
  }

  override render() {
    const { p, snapshots, sync, grid } = this;
    const connected = this.connection && p && snapshots && sync && grid;
    return html`<div part="base" class="base">
      <header part="header" class="header"><h2 id="heading" class="heading">${this.t.syncPreview.title}</h2>${this.renderHeader()}</header>
      ${connected && snapshots.state !== 'loading' ? this.renderBody(p, snapshots, sync, grid) : nothing}
      ${connected ? p.renderHistory(this.fmt, sync.history) : nothing}
      ${this.renderAnnouncer()}
    </div>`;
  }

  private renderHeader() {
    const t = this.t.syncPreview;
    if (!this.connection) return html`<div class="notice" part="notice" data-state="no-connection"><p>${t.noConnection}</p><p class="muted">${t.noConnectionAction}</p></div>`;
    const { p, snapshots: c } = this;
    if (!p || !c) return renderLoading(this.t, this.parts, t.loading);
    if (c.state === 'loading') return html`<p class="notice" part="notice" data-state="loading">${t.loading}</p>`;
    const notUsed = c.lastOutcome && c.lastOutcome.status !== 'COMPLETE' ? c.lastOutcome.status : null;
    return html`${p.renderStoreNotice(this.fmt, c.storeNotice)}${p.renderStatus({
      fmt: this.fmt, snapshot: c.snapshot, retrieving: c.retrieving, progress: c.progress, problem: c.problem, notUsed,
      retrieve: () => void c.retrieve(), cancel: () => c.cancel(),
    })}`;
  }

  private renderBody(p: Parts, snapshots: SnapshotController, sync: SyncController, grid: GridController) {
    const t = this.t.syncPreview;
    if (!snapshots.snapshot || !this.planned) return nothing;
    if (this.planned.failed) {
      return html`<div class="error" part="error" data-state="plan-failed"><p class="error__title">${t.planFailed}</p><p>${t.planFailedAction}</p></div>`;
    }
    const value = this.planned.value;
    if (!this.plan || !this.rows || !this.view || !value) return html`<p class="notice" part="notice" data-state="planning">${t.planning}</p>`;
    const { plan, rows, view } = this;
    const nameOf = (id: string) => rows.find(id)?.entry.displayName ?? id;
    const reason = p.reasonText(this.fmt);
    const ctx: ListContext = {
      fmt: this.fmt, rows, bucket: this.bucket, view, query: this.query, sort: this.sort,
      selected: grid.selected, expanded: grid.expanded, focusIndex: grid.focusIndex,
      fieldLabel: p.fieldLabeller(this.fmt, value.schema), reason,
      onTab: (bucket, focus) => this.showBucket(bucket, focus),
      onQuery: (query) => (this.query = query),
      onSort: (sort) => (this.sort = sort),
      onToggleSelect: (row) => grid.toggleSelect(row),
      onToggleExpand: (row) => grid.toggleExpand(row),
      onFocusRow: (index) => grid.focusOn(index),
      onGridKey: (event) => grid.key(event, view.entries.length, (index) => p.viewRow(rows, view, index)),
    };
    const busy = sync.phase === 'applying' || sync.phase === 'awaiting-host';
    return html`${p.renderTotals(this.fmt, plan.totals)}
      ${p.renderPossibleMatches(this.fmt, plan.possibleMatches)}
      ${p.renderTabs(ctx)} ${p.renderPanel(ctx)}
      ${p.renderActions({
        fmt: this.fmt, selectedCount: grid.selected.size, planTotal: p.syncCounts(plan).total, busy, exporting: this.exporting,
        syncNow: () => this.ask(plan), syncSelected: () => this.ask(p.selectFromPlan(plan, grid.selected)),
        clearSelection: () => grid.clearSelection(), exportPlan: () => void this.exportPlan(),
      })}
      ${p.renderSync({
        fmt: this.fmt, sync, leavers: p.leaverHandling(value.config), nameOf, reason: (code) => reason({ code }),
        submit: () => void sync.submit(), dismiss: () => sync.dismiss(), retryFailed: () => void sync.retryFailed(),
      })}`;
  }

  private ask(plan: SyncPlan): void {
    this.sync?.ask(plan);
    this.focusAfterUpdate('#confirm-heading');
  }

  private showBucket(bucket: PlanBucket, focus: boolean): void {
    this.bucket = bucket;
    if (focus) this.focusAfterUpdate(`#tab-${bucket}`);
  }

  private focusAfterUpdate(selector: string): void {
    this.pendingFocus = selector;
    this.requestUpdate();
  }

  private async exportPlan(): Promise<void> {
    const value = this.planned?.value;
    if (!value || !this.p || this.exporting) return;
    this.exporting = true;
    try {
      await this.p.exportFile(this.fmt, value.plan, value.schema);
      this.announce(this.t.syncPreview.exported);
    } catch {
      this.announce(this.t.syncPreview.exportFailed);
    } finally {
      this.exporting = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hris-sync-preview': HrisSyncPreview;
  }
}
