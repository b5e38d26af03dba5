import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { ProviderId } from '../../core/model.js';
import type { ProviderInfo } from '../../core/providers/types.js';
import type { ConnectionInfo } from '../../core/proxy-client.js';
import type { SyncConfigInput } from '../../core/config.js';
import type { HostSchema } from '../../core/host.js';
import { issue as makeIssue, type Issue, type Result } from '../../core/result.js';
import { HrisConnectedEvent, type HrisConnection } from '../../events/connected.js';
import { HrisDisconnectedEvent } from '../../events/disconnected.js';
import { HrisErrorEvent } from '../../events/error.js';
import type { IssueSentence } from '../../translations/index.js';
import { HrisElement } from '../base/hris-element.js';
import { hostStyles } from '../base/host.styles.js';
import { renderLoading } from '../base/lazy.js';
import type { FieldProblem } from './connect-form.js';
import type { MapFieldsController } from './connect-map.js';
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
  /** The one submission in flight: taken (and dropped) by the connect task as it starts. */
  private submission?: { readonly provider: ProviderId; readonly credentials: Record<string, string> };
  private replacing: HrisConnection | undefined;
  private focusHeading = false;

  private readonly connectTask = new Task(this, {
    autoRun: false,
    task: async (_args: readonly unknown[], { signal }) => {
      const submission = this.submission;
      this.submission = undefined;
      const client = this.proxyClient;
      if (!submission || !client) return;
      let result: Result<ConnectionInfo>;
      try {
        // A client that ignores the signal must not keep the form pending after Cancel.
        const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
        result = await Promise.race([client.connect(submission.provider, submission.credentials, { signal }), aborted]);
      } catch {
        if (signal.aborted) return;
        result = { ok: false, issues: [makeIssue('proxy_unreachable')] };
      }
      if (!signal.aborted) await this.connectFinished(result);
    },
  });

  private readonly disconnectTask = new Task(this, {
    autoRun: false,
    task: async (_args: readonly unknown[], { signal }) => {
      const connection = this.connection;
      const client = this.proxyClient;
      if (!connection || !client) return;
      let result: Result<null>;
      try {
        result = await client.disconnect(connection.id, { signal });
      } catch {
        result = { ok: false, issues: [makeIssue('proxy_unreachable')] };
      }
      if (signal.aborted) return;
      // A connection the proxy no longer knows is disconnected already.
      if (result.ok || result.issues[0]?.code === 'not_found') {
        this.connection = undefined;
        this.dispatchEvent(new HrisDisconnectedEvent({ connectionId: connection.id, provider: connection.provider }));
        const p = await this.parts.load();
        this.announce(this.t.connect.disconnected(p.providerInfos[connection.provider].label));
        this.go(p.providerNamed(this.provider) ? 'summary' : 'picker', p.providerNamed(this.provider));
      } else this.showFailure(result.issues[0], (await this.parts.load()).providerInfos[connection.provider], 'disconnect');
    },
  });

  private get connecting(): boolean {
    return this.connectTask.status === TaskStatus.PENDING;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connectTask.abort();
    this.disconnectTask.abort();
    this.submission = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The picker needs only the providers' names; anything past it waits for the steps' code.
    let p = this.p;
    const arrived = !p && (this.connection !== undefined || isProviderId(this.provider) || this.step !== 'picker');
    if (arrived) {
      p = this.parts.get();
      if (!p) return;
      this.p = p;
      this.map = new p.MapFieldsController(this);
    }
    if (!p) return;
    if ((arrived || changed.has('connection')) && this.connection && this.step !== 'map' && !this.replacing) {
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
    const { p, map } = this;
    if (this.step === 'picker') return picker();
    if (!p || !map) return renderLoading(this.t, this.parts);
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
            pending: this.connecting,
            submit: (e) => this.submit(e, def),
            cancel: () => this.connectTask.abort(),
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
            pending: this.disconnectTask.status === TaskStatus.PENDING,
            disconnect: () => void this.disconnectTask.run([]),
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
    else if (this.step === 'credentials' && this.replacing) {
      this.replacing = undefined;
      this.go('connection');
    } else if (this.step === 'credentials') this.go('summary');
    else this.go('picker');
  }

  private reconnect(): void {
    this.replacing = this.connection;
    if (this.connection && this.p) this.go('credentials', this.p.providerInfos[this.connection.provider]);
  }

  private submit(event: SubmitEvent, def: ProviderInfo): void {
    event.preventDefault();
    const p = this.p;
    if (this.connecting || !p) return;
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
    if (!this.proxyClient) {
      this.failure = { message: this.t.connect.noProxy, action: this.t.connect.noProxyAction };
      this.dispatchEvent(new HrisErrorEvent({ code: 'no_proxy', params: {}, operation: 'connect' }));
      return;
    }
    this.submission = { provider: def.id, credentials };
    this.announce(this.t.connect.connecting(def.label));
    void this.connectTask.run([]);
  }

  private async connectFinished(result: Result<ConnectionInfo>): Promise<void> {
    const def = this.selected;
    if (!def) return;
    if (!result.ok) {
      this.showFailure(result.issues[0], def, 'connect');
      return;
    }
    const info = result.value;
    if (info.missingRequired.length > 0) {
      // A credential that cannot read the required fields is useless: drop it from the proxy again.
      await this.proxyClient?.disconnect(info.id).catch(() => undefined);
      this.showFailure(makeIssue('missing_permissions', { fields: info.missingRequired.join(',') }), def, 'connect');
      return;
    }
    const previous = this.replacing;
    this.replacing = undefined;
    const connection: HrisConnection = { id: info.id, provider: info.provider, connectedAt: info.createdAt, lastRetrievedAt: null, readable: [...info.readable] };
    this.connection = connection;
    this.map?.reset(def, info.readable);
    this.go('map', def);
    this.announce(this.t.connect.connectedHeading(def.label));
    this.dispatchEvent(new HrisConnectedEvent({ connection, previousConnectionId: previous?.id ?? null }));
    if (previous && previous.id !== connection.id) {
      const old = await this.proxyClient?.disconnect(previous.id).catch(() => undefined);
      if (old && !old.ok && old.issues[0]?.code !== 'not_found') {
        this.dispatchEvent(new HrisErrorEvent({ code: old.issues[0]?.code ?? 'unknown', params: {}, operation: 'disconnect' }));
      }
    }
  }

  private showFailure(issue: Issue | undefined, def: ProviderInfo, operation: string): void {
    const shown = issue ?? makeIssue('unknown');
    this.failure = this.fmt.issue(shown, this.p ? this.p.issueLabels(def, shown, this.fmt) : {});
    this.announce(`${this.failure.message} ${this.failure.action}`);
    this.dispatchEvent(new HrisErrorEvent({ code: shown.code, params: { ...(shown.params ?? {}) }, operation }));
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
