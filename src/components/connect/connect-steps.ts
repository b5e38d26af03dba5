/**
 * The templates of `<hris-connect>`'s steps. They only read the context they
 * are given; every change goes back to the element through its callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldDef } from '../../core/model.js';
import type { HostField } from '../../core/host.js';
import type { ProviderInfo } from '../../core/providers/types.js';
import type { HrisConnection } from '../../events/connected.js';
import { forwardText, providerTexts, type FieldProblem } from './connect-form.js';
import type { Formatter } from '../../translations/index.js';
import { failureBox, heading, type StepContext } from './connect-picker.js';
import { providerLogo } from './logos.js';

export function summaryStep(ctx: StepContext, def: ProviderInfo, admin: (isAdmin: boolean) => void): TemplateResult {
  const { t } = ctx.fmt;
  const label = def.label;
  return html`${heading(t.connect.summaryHeading(label))}
    <p>${t.connect.summaryIntro}</p>
    <ul part="data-types" class="data-types">
      ${def.dataTypes.map(
        (type) => html`<li data-type=${type}>
          <span class="data-types__label">${t.dataTypes[type].label}</span>
          <span class="muted">${t.dataTypes[type].description}</span>
        </li>`,
      )}
    </ul>
    <p>${t.connect.adminQuestion(label)}</p>
    <div class="actions">
      <button part="button" class="button" type="button" data-action="back" @click=${ctx.back}>${t.common.back}</button>
      <button part="button" class="button" type="button" data-action="not-admin" @click=${() => admin(false)}>${t.connect.notAdmin}</button>
      <button part="button" class="button button--primary" type="button" data-action="admin" @click=${() => admin(true)}>
        ${t.connect.iAmAdmin}
      </button>
    </div>`;
}

export function forwardStep(ctx: StepContext, def: ProviderInfo, copy: (text: string) => void, done: () => void): TemplateResult {
  const { t } = ctx.fmt;
  const text = forwardText(def, t);
  return html`${heading(t.connect.forwardHeading)}
    <p>${t.connect.forwardIntro}</p>
    <label class="label" for="forward">${t.connect.forwardLabel}</label>
    <textarea part="instructions" id="forward" class="forward" readonly rows="10" .value=${text}></textarea>
    <div class="actions">
      <button part="button" class="button" type="button" data-action="back" @click=${ctx.back}>${t.common.back}</button>
      <button part="button" class="button" type="button" data-action="copy" @click=${() => copy(text)}>${t.common.copy}</button>
      <button part="button" class="button button--primary" type="button" data-action="have-credentials" @click=${done}>
        ${t.connect.forwardDone}
      </button>
    </div>`;
}

export interface CredentialsView {
  readonly problems: Readonly<Record<string, FieldProblem>>;
  readonly pending: boolean;
  submit(event: SubmitEvent): void;
  cancel(): void;
}

export function credentialsStep(ctx: StepContext, def: ProviderInfo, view: CredentialsView): TemplateResult {
  const { t } = ctx.fmt;
  const texts = providerTexts(def, t);
  return html`${heading(t.connect.instructionsHeading(texts.label))}
    ${texts.advice ? html`<p part="advice" class="advice">${texts.advice}</p>` : nothing}
    <ol part="instructions" class="instructions">
      ${texts.instructions.map((step) => html`<li>${step}</li>`)}
    </ol>
    ${failureBox(ctx.failure)}
    <form part="form" class="form" novalidate aria-busy=${view.pending ? 'true' : 'false'} @submit=${view.submit}>
      <fieldset class="fieldset" ?disabled=${view.pending}>
        <legend class="legend">${t.connect.formHeading}</legend>
        ${def.credentials.fields.map((field) => {
          const label = texts.fieldLabel(field);
          const problem = view.problems[field.name];
          const help = texts.fieldHelp(field);
          const describedBy = [help ? `help-${field.name}` : '', problem ? `error-${field.name}` : ''].filter(Boolean).join(' ');
          return html`<div part="field" class="field">
            <label class="label" for="field-${field.name}">${label}</label>
            <input
              part="input"
              class="input"
              id="field-${field.name}"
              name=${field.name}
              type=${field.kind === 'secret' ? 'password' : 'text'}
              autocomplete=${field.autocomplete ?? 'off'}
              spellcheck="false"
              placeholder=${field.placeholder ?? nothing}
              required
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby=${describedBy || nothing}
            />
            ${help ? html`<p class="muted help" id="help-${field.name}">${help}</p>` : nothing}
            ${problem
              ? html`<p class="field-error" id="error-${field.name}">${problem === 'required' ? t.common.required(label) : t.common.invalid(label)}</p>`
              : nothing}
          </div>`;
        })}
      </fieldset>
      <p class="muted">${t.connect.secretKept}</p>
      <div class="actions">
        ${view.pending
          ? html`<button part="button" class="button" type="button" data-action="cancel" @click=${view.cancel}>${t.common.cancel}</button>
              <span class="pending" part="progress">${t.connect.connecting(texts.label)}</span>`
          : html`<button part="button" class="button" type="button" data-action="back" @click=${ctx.back}>${t.common.back}</button>
              <button part="button" class="button button--primary" type="submit" data-action="connect">${t.connect.connect}</button>`}
      </div>
    </form>`;
}

export interface MapView {
  readonly targets: readonly HostField[];
  sourcesFor(target: HostField): readonly FieldDef[];
  readonly mapping: Readonly<Record<string, string>>;
  readonly unknown: ReadonlySet<string>;
  change(target: string, value: string): void;
  skip(): void;
  finish(): void;
}

export function mapStep(ctx: StepContext, def: ProviderInfo, view: MapView): TemplateResult {
  const { t } = ctx.fmt;
  return html`${heading(t.connect.connectedHeading(def.label))}
    <h3 class="subheading">${t.connect.mapHeading}</h3>
    <p>${t.connect.mapIntro}</p>
    ${view.targets.length === 0 ? html`<p class="muted">${t.connect.mapNoFields}</p>` : nothing}
    <div part="mappings" class="mappings">
      ${view.targets.map((target) => {
        const unknown = view.unknown.has(target.id);
        const sources = view.sourcesFor(target);
        return html`<div part="field" class="field" data-target=${target.id}>
          <datalist id="sources-${target.id}">
            ${sources.map((f) => html`<option value=${f.id} label=${t.connect.mapFieldOption(f.label, f.type, f.endpoint)}></option>`)}
          </datalist>
          <label class="label" for="map-${target.id}">${target.label}</label>
          <input
            part="input"
            class="input"
            id="map-${target.id}"
            list="sources-${target.id}"
            autocomplete="off"
            spellcheck="false"
            placeholder=${t.connect.mapNone}
            .value=${view.mapping[target.id] ?? ''}
            aria-invalid=${unknown ? 'true' : 'false'}
            aria-describedby="map-hint-${target.id}${unknown ? ` map-error-${target.id}` : ''}"
            @change=${(e: Event) => view.change(target.id, (e.target as HTMLInputElement).value)}
          />
          <p class="muted help" id="map-hint-${target.id}">${selectedHint(ctx.fmt, sources, view.mapping[target.id])}</p>
          ${unknown ? html`<p class="field-error" id="map-error-${target.id}">${t.connect.mapUnknown}</p>` : nothing}
        </div>`;
      })}
    </div>
    <div class="actions">
      <button part="button" class="button" type="button" data-action="skip" @click=${view.skip}>${t.connect.skip}</button>
      <button part="button" class="button button--primary" type="button" data-action="finish" @click=${view.finish}>${t.connect.finish}</button>
    </div>`;
}

function selectedHint(fmt: Formatter, sources: readonly FieldDef[], chosenId: string | undefined): string {
  const chosen = chosenId === undefined ? undefined : sources.find((f) => f.id === chosenId);
  return chosen ? fmt.t.connect.mapFieldOption(chosen.label, chosen.type, chosen.endpoint) : fmt.t.connect.mapSourceHint;
}

export interface ConnectionView {
  readonly connection: HrisConnection;
  readonly def: ProviderInfo;
  readonly pending: boolean;
  disconnect(): void;
  reconnect(): void;
}

export function connectionStep(ctx: StepContext, view: ConnectionView): TemplateResult {
  const { t } = ctx.fmt;
  const { connection, def } = view;
  return html`${heading(t.connect.connectionHeading)}
    <dl part="connection" class="connection">
      <div><dt>${t.connect.provider}</dt><dd class="connection__provider">${providerLogo(def.id)}<span>${def.label}</span></dd></div>
      <div><dt>${t.connect.connectedAt}</dt><dd data-value="connected-at">${ctx.fmt.dateTime(connection.connectedAt, t.common.never)}</dd></div>
      <div><dt>${t.connect.lastRetrieval}</dt><dd data-value="last-retrieval">${ctx.fmt.dateTime(connection.lastRetrievedAt, t.common.never)}</dd></div>
    </dl>
    ${failureBox(ctx.failure)}
    <div class="actions">
      <button part="button" class="button" type="button" data-action="reconnect" ?disabled=${view.pending} @click=${view.reconnect}>
        ${t.connect.reconnect}
      </button>
      <button part="button" class="button button--danger" type="button" data-action="disconnect" ?disabled=${view.pending} @click=${view.disconnect}>
        ${view.pending ? t.connect.disconnecting : t.connect.disconnect}
      </button>
    </div>`;
}
