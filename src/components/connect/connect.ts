import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ProviderId } from '../../core/model.js';
import type { ProviderInfo } from '../../core/providers/types.js';
import type { SyncConfigInput } from '../../core/config.js';
import type { HostSchema } from '../../core/host.js';
import type { IssueSentence } from '../../translations/index.js';
import { HrisElement } from '../base/hris-element.js';
import { hostStyles } from '../base/host.styles.js';
import { renderLoading } from '../base/lazy.js';
import type { FieldProblem } from './connect-form.js';
import type { MapFieldsController } from './connect-map.js';
import type { ConnectSession } from './connect-session.js';
import { isProviderId } from '../../core/providers/labels.js';
import { pickerStep, type StepContext } from './connect-picker.js';
import { connectStyles } from './connect.styles.js';

type Parts = typeof import('./connect-parts.js');

export type ConnectStep = 'picker' | 'summary' | 'forward' | 'credentials' | 'map' | 'connection';

/**
 * @summary Links the user's HR system: provider picker, the data that will be read, admin check, the vendor's
 * credential instructions and form, Connect through the host's proxy, then the optional "Map additional fields" step.
 * An existing connection shows its provider, dates, Disconnect and Reconnect.
 * @tag hris-connect
 * @status experimental
 * @since 0.1
 *
 * @attr lang - Language of the element (`en`, `de`, `fr`, …); defaults to the closest `lang` above it, then `en`.
 * @attr proxy - The host proxy's base URL (the `proxy` property also takes a `ProxyClient` object).
 * @attr provider - Preselects a provider (`personio`, `bamboohr`, `hibob`, `humaans`, `lucca`) and skips the picker.
 * @attr tenant - The host's tenant (account) id.
 * @attr theme - `light` or `dark` forces a theme; by default the element follows `prefers-color-scheme`.
 *
 * @prop {string | ProxyClient} proxy - The host proxy's base URL, or an object with the `ProxyClient` methods.
 * @prop {HrisConnection | undefined} connection - The connection to show (no secret in it); the host stores the one `hris-connected` carries and passes it back.
 * @prop {HostAdapter} host - The host adapter.
 * @prop {SyncConfigInput} config - The sync configuration in force; "Map additional fields" starts from it and `hris-config-change` carries the new one.
 * @prop {HostSchema} schema - The host's target fields for the "Map additional fields" step (default: the stakeholder preset).
 * @prop {TranslationOverrides} strings - Overrides for any string of the active locale.
 *
 * @fires {HrisConnectedEvent} hris-connected - The proxy validated the credentials; `detail.connection` is the record to store.
 * @fires {HrisDisconnectedEvent} hris-disconnected - The connection was removed from the proxy.
 * @fires {HrisConfigChangeEvent} hris-config-change - The user finished the "Map additional fields" step with changes.
 * @fires {HrisErrorEvent} hris-error - An error is shown; `detail.code` is the issue code.
 *
 * @csspart base - The element's wrapper.
 * @csspart header - The heading of the current step.
 * @csspart provider-list - The list of providers in the picker.
 * @csspart provider - One provider button in the picker.
 * @csspart logo - A provider's monogram.
 * @csspart data-types - The list of data types that will be read.
 * @csspart advice - The vendor advice above the instructions.
 * @csspart instructions - The vendor's step-by-step instructions (and the text for an admin).
 * @csspart form - The credential form.
 * @csspart field - One form field (label, input, help, error).
 * @csspart input - A text input.
 * @csspart button - Every button.
 * @csspart progress - The "Connecting…" message.
 * @csspart error - An error message with its next step.
 * @csspart mappings - The list of target fields in "Map additional fields".
 * @csspart connection - The details of an existing connection.
 *
 * @cssprop [--hris-color-accent=#1d4ed8] - Accent color (primary buttons, focus).
 * @cssprop [--hris-color-on-accent=#ffffff] - Text on the accent color.
 * @cssprop [--hris-color-surface=#ffffff] - Background.
 * @cssprop [--hris-color-surface-raised=#f3f4f6] - Background of raised areas (provider tiles, errors).
 * @cssprop [--hris-color-text=#111827] - Text color.
 * @cssprop [--hris-color-text-muted=#4b5563] - Secondary text color.
 * @cssprop [--hris-color-border=#9ca3af] - Borders.
 * @cssprop [--hris-color-danger=#b91c1c] - Errors and destructive actions.
 * @cssprop [--hris-color-focus=#1d4ed8] - Focus ring.
 * @cssprop [--hris-font-family=system-ui] - Font family.
 * @cssprop [--hris-radius=0.5rem] - Corner radius.
 * @cssprop [--hris-space=1rem] - Base spacing.
 * @cssprop [--hris-connect-max-width=40rem] - Maximum width of the element's content.
 */
export class HrisConnect extends HrisElement {
  static override styles = [hostStyles, connectStyles];

  /** Preselects a provider and skips the picker. */
  @property() provider = '';

  /** The sync configuration in force; "Map additional fields" starts from it (default: the preset's defaults). */
  @property({ attribute: false }) config?: SyncConfigInput;

  /** The host's target fields (default: the preset named by `config.target`, else the stakeholder preset). */
  @property({ attribute: false }) schema?: HostSchema;

  @state() private step: ConnectStep = 'picker';
  @state() private selected?: ProviderInfo;
  @state() private problems: Readonly<Record<string, FieldProblem>> = {};
  @state() private failure?: IssueSentence;

  /** The steps past the picker: loaded when a provider is picked or named, or a connection is shown. */
  private readonly parts = this.lazy<Parts>(() => import('./connect-parts.js'));
  private p: Parts | undefined;
  private map: MapFieldsController | undefined;
  /** Connect and Disconnect through the proxy, created with the steps' code. */
  private session: ConnectSession | undefined;
  private focusHeading = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The picker needs only the providers' names; anything past it waits for the steps' code.
    let p = this.p;
    const arrived = !p && (this.connection !== undefined || isProviderId(this.provider) || this.step !== 'picker');
    if (arrived) {
      p = this.parts.get();
      if (!p) return;
      this.p = p;
      const map = new p.MapFieldsController(this);
      this.map = map;
      this.session = new p.ConnectSession(this, map, {
        client: () => this.proxyClient,
        fmt: () => this.fmt,
        selected: () => this.selected,
        announce: (text) => this.announce(text),
        go: (step, def) => this.go(step, def),
        fail: (failure) => (this.failure = failure),
      });
    }
    if (!p) return;
    if ((arrived || changed.has('connection')) && this.connection && this.step !== 'map' && !this.session?.replacing) {
      this.step = 'connection';
      this.selected = p.providerInfos[this.connection.provider];
    }
    if ((arrived || changed.has('provider')) && !this.connection && (this.step === 'picker' || this.step === 'summary')) {
      const def = p.providerNamed(this.provider);
      if (def || changed.has('provider')) {
        this.selected = def;
        this.step = def ? 'summary' : 'picker';
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    }
  }

  override render() {
    return html`<div part="base" class="base">${this.renderStep()}${this.renderAnnouncer()}</div>`;
  }

  private renderStep() {
    const ctx: StepContext = { fmt: this.fmt, failure: this.failure, back: () => this.back() };
    const picker = () => pickerStep(ctx, (id) => this.pick(id), () => void this.parts.get());
    const { p, map, session } = this;
    if (this.step === 'picker') return picker();
    if (!p || !map || !session) return renderLoading(this.t, this.parts);
    const { summaryStep, forwardStep, credentialsStep, mapStep, connectionStep } = p;
    const def = this.selected;
    switch (this.step) {
      case 'summary':
        if (def) return summaryStep(ctx, def, (admin) => this.go(admin ? 'credentials' : 'forward', def));
        break;
      case 'forward':
        if (def) return forwardStep(ctx, def, (text) => void this.copy(text, '#forward'), () => this.go('credentials', def));
        break;
      case 'credentials':
        if (def)
          return credentialsStep(ctx, def, {
            problems: this.problems,
            pending: session.connecting,
            submit: (e) => this.submit(e, def),
            cancel: () => session.cancel(),
          });
        break;
      case 'map':
        if (def) return mapStep(ctx, def, map.view(() => this.finish(), () => this.skip()));
        break;
      case 'connection':
        if (this.connection)
          return connectionStep(ctx, {
            connection: this.connection,
            def: p.providerInfos[this.connection.provider],
            pending: session.disconnecting,
            disconnect: () => session.disconnect(),
            reconnect: () => this.reconnect(),
          });
        break;
    }
    return picker();
  }

  /** A provider picked: its summary once the steps' code is there (the picker stays until then). */
  private pick(id: ProviderId): void {
    if (this.p) return this.go('summary', this.p.providerInfos[id]);
    void this.parts.load().then(
      (p) => this.go('summary', p.providerInfos[id]),
      () => this.go('summary'),
    );
  }

  private go(step: ConnectStep, def?: ProviderInfo): void {
    this.step = step;
    if (def) this.selected = def;
    this.failure = undefined;
    this.problems = {};
    this.focusHeading = true;
  }

  private back(): void {
    if (this.step === 'forward') this.go('summary');
    else if (this.step === 'credentials' && this.session?.replacing) {
      this.session.replacing = undefined;
      this.go('connection');
    } else if (this.step === 'credentials') this.go('summary');
    else this.go('picker');
  }

  private reconnect(): void {
    if (this.session) this.session.replacing = this.connection;
    if (this.connection && this.p) this.go('credentials', this.p.providerInfos[this.connection.provider]);
  }

  private submit(event: SubmitEvent, def: ProviderInfo): void {
    event.preventDefault();
    const { p, session } = this;
    if (!p || !session || session.connecting) return;
    const form = event.target as HTMLFormElement;
    const credentials = p.credentialValues(def, new FormData(form));
    this.problems = p.validateCredentials(def, credentials);
    const invalid = Object.keys(this.problems);
    if (invalid.length > 0) {
      this.announce(this.t.connect.errorsInForm(invalid.length));
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`#field-${invalid[0]}`)?.focus());
      return;
    }
    // Secrets leave the form now: only the request in flight holds them.
    for (const field of def.credentials.fields) {
      if (field.kind !== 'secret') continue;
      const input = form.elements.namedItem(field.name);
      if (input instanceof HTMLInputElement) input.value = '';
    }
    this.failure = undefined;
    session.connect(def, credentials);
  }

  private finish(): void {
    if (!this.map?.valid) {
      this.renderRoot.querySelector<HTMLInputElement>('.mappings [aria-invalid="true"]')?.focus();
      return;
    }
    this.map.commit();
    this.skip();
  }

  private skip(): void {
    this.announce(this.t.connect.doneAnnouncement(this.selected?.label ?? ''));
    this.go('connection');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hris-connect': HrisConnect;
  }
}
