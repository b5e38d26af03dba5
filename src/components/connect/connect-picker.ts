/**
 * `<hris-connect>`'s first screen, the provider picker, and the pieces every
 * step shares (heading, failure box). It needs only the providers' names: the
 * later steps, with the catalogs and credential schemas, load when a provider
 * is picked (`connect-parts.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ProviderId } from '../../core/model.js';
import { PICKER_PROVIDERS, PROVIDER_LABELS } from '../../core/providers/labels.js';
import type { Formatter, IssueSentence } from '../../translations/index.js';
import { providerLogo } from './logos.js';

export interface StepContext {
  readonly fmt: Formatter;
  readonly failure: IssueSentence | undefined;
  back(): void;
}

export const heading = (text: string) => html`<h2 id="heading" part="header" class="heading" tabindex="-1">${text}</h2>`;

export const failureBox = (failure: IssueSentence | undefined) =>
  failure
    ? html`<div part="error" class="error" role="alert">
        <p class="error__title">${failure.message}</p>
        <p class="error__action">${failure.action}</p>
      </div>`
    : nothing;

/** The picker; `prepare` runs when the pointer or focus reaches the list, so the next step's code is on its way before the click. */
export function pickerStep(ctx: StepContext, pick: (id: ProviderId) => void, prepare: () => void): TemplateResult {
  const t = ctx.fmt.t.connect;
  return html`${heading(t.pickerHeading)}
    <p class="muted">${t.pickerHint}</p>
    <ul part="provider-list" class="providers" @pointerover=${prepare} @focusin=${prepare}>
      ${PICKER_PROVIDERS.map(
        (id) => html`<li>
          <button part="provider button" class="provider" type="button" data-provider=${id} @click=${() => pick(id)}>
            ${providerLogo(id)}<span class="provider__name">${PROVIDER_LABELS[id]}</span>
          </button>
        </li>`,
      )}
    </ul>
    ${failureBox(ctx.failure)}`;
}
