/**
 * The sync side of the preview: the action bar (selection, "Sync selected",
 * "Sync now", export), the confirmation stating exactly what will happen,
 * waiting for the host, apply progress with Stop, per-record results with
 * "Retry failed", and the run history.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApplyRecordResult } from '../../core/host.js';
import type { RunEntry } from '../../core/snapshot.js';
import type { SyncCounts } from '../../core/sync-run.js';
import type { Formatter } from '../../translations/index.js';
import type { SyncController } from '../base/sync-controller.js';

export interface ActionsContext {
  readonly fmt: Formatter;
  readonly selectedCount: number;
  readonly planTotal: number;
  readonly busy: boolean;
  readonly exporting: boolean;
  readonly syncNow: () => void;
  readonly syncSelected: () => void;
  readonly clearSelection: () => void;
  readonly exportPlan: () => void;
}

export function renderActions(ctx: ActionsContext): TemplateResult {
  const p = ctx.fmt.t.syncPreview;
  return html`<div class="actions" part="actions">
    <span class="muted" id="selected-count">${p.selected(ctx.fmt.number(ctx.selectedCount))}</span>
    ${ctx.selectedCount > 0
      ? html`<button type="button" class="button" part="button" data-action="clear-selection" @click=${ctx.clearSelection}>${p.clearSelection}</button>
          <button type="button" class="button" part="button" data-action="sync-selected" ?disabled=${ctx.busy} @click=${ctx.syncSelected}>${p.syncSelected}</button>`
      : nothing}
    <button type="button" class="button button--primary" part="button" data-action="sync-now" ?disabled=${ctx.busy || ctx.planTotal === 0} @click=${ctx.syncNow}>${p.syncNow}</button>
    <button type="button" class="button" part="button" data-action="export" ?disabled=${ctx.exporting} @click=${ctx.exportPlan}>${ctx.exporting ? p.exporting : p.exportPlan}</button>
  </div>
  ${ctx.planTotal === 0 ? html`<p class="muted" id="nothing-to-sync">${p.nothingToSync}</p>` : nothing}`;
}

export function confirmationLines(fmt: Formatter, counts: SyncCounts, leavers: { policy: string; value: string | null }): string[] {
  const p = fmt.t.syncPreview;
  const leaverCount = leavers.policy === 'skip' ? counts.leaversSkipped : counts.leavers;
  return [
    p.confirmCreates(counts.creates),
    p.confirmUpdates(counts.updates),
    ...(leaverCount > 0 ? [p.confirmLeavers(leaverCount, leavers.policy, leavers.value ?? '')] : []),
    p.confirmNothingDeleted,
  ];
}

export interface SyncViewContext {
  readonly fmt: Formatter;
  readonly sync: SyncController;
  readonly leavers: { policy: string; value: string | null };
  readonly nameOf: (hrisId: string) => string;
  readonly reason: (code: string) => string;
  readonly submit: () => void;
  readonly dismiss: () => void;
  readonly retryFailed: () => void;
}

export function renderSync(ctx: SyncViewContext): TemplateResult | typeof nothing {
  const { sync, fmt } = ctx;
  const p = fmt.t.syncPreview;
  switch (sync.phase) {
    case 'confirming':
      if (!sync.request) return nothing;
      return html`<section class="confirm" part="confirm" role="region" aria-labelledby="confirm-heading">
        <h3 id="confirm-heading" class="subheading" tabindex="-1">${p.confirmHeading}</h3>
        <ul class="confirm-lines">${confirmationLines(fmt, sync.request.counts, ctx.leavers).map((line) => html`<li>${line}</li>`)}</ul>
        <div class="buttons">
          <button type="button" class="button button--primary" part="button" data-action="confirm" @click=${ctx.submit}>${p.confirm}</button>
          <button type="button" class="button" part="button" data-action="dismiss" @click=${ctx.dismiss}>${fmt.t.common.cancel}</button>
        </div>
      </section>`;
    case 'awaiting-host':
      return html`<section class="confirm" part="confirm" role="region" aria-labelledby="awaiting-heading">
        <p id="awaiting-heading" tabindex="-1">${p.awaitingHost}</p>
        <button type="button" class="button" part="button" data-action="dismiss" @click=${ctx.dismiss}>${fmt.t.common.cancel}</button>
      </section>`;
    case 'applying': {
      const progress = sync.progress ?? { done: 0, total: 0 };
      return html`<section class="applying" part="progress" role="region" aria-labelledby="applying-heading">
        <p id="applying-heading">${p.applying}</p>
        <progress id="apply-progress" aria-label=${p.applyProgressLabel} max=${Math.max(1, progress.total)} .value=${progress.done}></progress>
        <span id="apply-text">${p.applyProgress(fmt.number(progress.done), fmt.number(progress.total))}</span>
        <button type="button" class="button" part="button" data-action="stop" @click=${() => sync.stop()}>${p.cancelSync}</button>
      </section>`;
    }
    case 'done':
      return renderResults(ctx);
    case 'idle':
      return sync.vetoed ? html`<p class="muted">${p.vetoed}</p>` : nothing;
  }
}

const MAX_LISTED = 200;

function renderResults(ctx: SyncViewContext): TemplateResult {
  const { sync, fmt } = ctx;
  const p = fmt.t.syncPreview;
  const results = sync.results;
  const failed = results.filter((r) => !r.ok);
  const created = results.filter((r) => r.ok && r.action === 'create').length;
  const updated = results.filter((r) => r.ok && r.action === 'update').length;
  // Failures first: they are what the user acts on; long runs list only the first ones.
  const listed = [...failed, ...results.filter((r) => r.ok)].slice(0, MAX_LISTED);
  return html`<section class="results" part="results" role="region" aria-labelledby="results-heading">
    <h3 id="results-heading" class="subheading" tabindex="-1">${p.resultsHeading}</h3>
    ${sync.failure ? html`<p class="error" part="error" data-failure=${sync.failure}>${p.syncFailed} ${ctx.reason(sync.failure)}</p>` : nothing}
    <p id="results-summary">${p.resultsSummary(fmt.number(created), fmt.number(updated), fmt.number(failed.length))}</p>
    ${listed.length < results.length ? html`<p class="muted" id="results-listed">${p.resultsListed(fmt.number(listed.length), fmt.number(results.length))}</p>` : nothing}
    <ul class="result-list">${listed.map((r) => renderResult(ctx, r))}</ul>
    ${failed.length > 0
      ? html`<button type="button" class="button button--primary" part="button" data-action="retry-failed" @click=${ctx.retryFailed}>${p.retryFailed}</button>`
      : nothing}
  </section>`;
}

function renderResult(ctx: SyncViewContext, r: ApplyRecordResult): TemplateResult {
  const p = ctx.fmt.t.syncPreview;
  const outcome = r.ok ? (r.action === 'create' ? p.resultCreated : p.resultUpdated) : p.resultFailed(ctx.reason(r.code));
  return html`<li data-hris-id=${r.hrisId} data-ok=${r.ok ? 'true' : 'false'}><span class="person">${ctx.nameOf(r.hrisId)}</span>: ${outcome}</li>`;
}

export function renderHistory(fmt: Formatter, runs: readonly RunEntry[]): TemplateResult {
  const p = fmt.t.syncPreview;
  const n = (value: number | undefined) => fmt.number(value ?? 0);
  return html`<section class="history" part="history" aria-labelledby="history-heading">
    <h3 id="history-heading" class="subheading">${p.historyHeading}</h3>
    ${runs.length === 0
      ? html`<p class="muted">${p.historyEmpty}</p>`
      : html`<ol class="runs">
          ${runs.map(
            (run) => html`<li data-kind=${run.kind} data-status=${run.status}>
              <span>${fmt.dateTime(run.finishedAt)}</span> · <span>${p.runKinds[run.kind] ?? run.kind}</span>
              (<span>${p.runStatuses[run.status] ?? run.status}</span>) ·
              <span>${run.kind === 'sync'
                ? p.runSync(n(run.counts['created']), n(run.counts['updated']), n(run.counts['failed']))
                : p.runRetrieve(n(run.counts['records']))}</span>
            </li>`,
          )}
        </ol>`}
  </section>`;
}
