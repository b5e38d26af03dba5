/**
 * The top of the preview: when the shown snapshot was retrieved, "Retrieve
 * now" / Cancel with a determinate progress bar when the total is known (pages
 * and records otherwise), why the last retrieval was not used (the cached
 * snapshot stays shown), the totals and the possible matches to check.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PossibleMatch } from '../../core/plan-types.js';
import type { Issue } from '../../core/result.js';
import type { RetrievalProgress } from '../../core/retrieval.js';
import type { SnapshotMeta } from '../../core/snapshot.js';
import type { Formatter } from '../../translations/index.js';

export interface StatusContext {
  readonly fmt: Formatter;
  readonly snapshot: Pick<SnapshotMeta, 'retrievedAt' | 'recordCount'> | null;
  readonly retrieving: boolean;
  readonly progress: RetrievalProgress | null;
  /** Why the last retrieval was not used, or why loading failed. */
  readonly problem: Issue | null;
  /** Status of the last retrieval of this element (`PARTIAL`, `FAILED`), if it was not used. */
  readonly notUsed: string | null;
  readonly retrieve: () => void;
  readonly cancel: () => void;
}

/** A retrieval problem as a sentence with a next step. */
export function retrievalSentence(fmt: Formatter, problem: Issue): { message: string; action: string } {
  const p = fmt.t.syncPreview;
  const own = Object.prototype.hasOwnProperty.call(p.retrieval, problem.code) ? p.retrieval[problem.code] : undefined;
  if (own) return { message: own, action: p.retrievalAction };
  return fmt.issue(problem);
}

export function renderStatus(ctx: StatusContext): TemplateResult {
  const p = ctx.fmt.t.syncPreview;
  return html`<div class="status" part="status">
    <p class="retrieved" id="retrieved-at">
      ${ctx.snapshot ? p.retrievedAt(ctx.fmt.dateTime(ctx.snapshot.retrievedAt)) : p.noSnapshot}
    </p>
    ${ctx.retrieving
      ? html`<button type="button" class="button" part="button" data-action="cancel-retrieval" @click=${ctx.cancel}>${ctx.fmt.t.common.cancel}</button>`
      : html`<button type="button" class="button button--primary" part="button" data-action="retrieve" @click=${ctx.retrieve}>${p.retrieveNow}</button>`}
  </div>
  ${ctx.retrieving ? renderProgress(ctx) : nothing}
  ${!ctx.retrieving && ctx.problem ? renderProblem(ctx, ctx.problem) : nothing}
  ${!ctx.snapshot && !ctx.retrieving && !ctx.problem ? html`<p class="muted" part="notice">${p.noSnapshotAction}</p>` : nothing}`;
}

function renderProgress(ctx: StatusContext): TemplateResult {
  const p = ctx.fmt.t.syncPreview;
  const progress = ctx.progress;
  const known = progress !== null && progress.total !== null && progress.total > 0;
  const text = progress === null ? p.retrieving
    : known ? p.progressOf(ctx.fmt.number(progress.records), ctx.fmt.number(progress.total!))
      : p.progressPages(progress.totalPages, ctx.fmt.number(progress.totalRecords));
  return html`<div class="progress" part="progress">
    ${known
      ? html`<progress id="retrieval-progress" aria-label=${p.progressLabel} max=${progress!.total!} .value=${Math.min(progress!.records, progress!.total!)}></progress>`
      : html`<progress id="retrieval-progress" aria-label=${p.progressLabel}></progress>`}
    <span id="retrieval-text">${text}</span>
  </div>`;
}

function renderProblem(ctx: StatusContext, problem: Issue): TemplateResult {
  const p = ctx.fmt.t.syncPreview;
  if (problem.code === 'aborted') return html`<p class="notice" part="notice" data-problem="aborted">${p.cancelled}</p>`;
  const sentence = retrievalSentence(ctx.fmt, problem);
  return html`<div class="error" part="error" data-problem=${problem.code}>
    ${ctx.snapshot && ctx.notUsed ? html`<p class="error__title">${p.notUsed(ctx.notUsed)}</p>` : nothing}
    <p>${sentence.message}</p>
    <p>${sentence.action}</p>
  </div>`;
}

export function renderTotals(fmt: Formatter, totals: { pulled: number; matching: number; hostRecords: number }): TemplateResult {
  const p = fmt.t.syncPreview;
  return html`<p class="totals" part="totals" id="totals">
    <span>${p.totals(fmt.number(totals.pulled), fmt.number(totals.matching))}</span>
    <span class="muted">· ${p.hostRecords(fmt.number(totals.hostRecords))}</span>
  </p>`;
}

export function renderPossibleMatches(fmt: Formatter, matches: readonly PossibleMatch[]): TemplateResult | typeof nothing {
  if (matches.length === 0) return nothing;
  const p = fmt.t.syncPreview;
  return html`<section class="possible" part="possible-matches" aria-labelledby="possible-heading">
    <h3 id="possible-heading" class="subheading">${p.possibleHeading}</h3>
    <p class="muted">${p.possibleIntro}</p>
    <ul>
      ${matches.slice(0, 200).map((m) => html`<li data-hris-id=${m.hrisId}>${p.possible(m.displayName, m.hostId, m.kind)}</li>`)}
    </ul>
  </section>`;
}
