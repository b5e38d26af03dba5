import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SyncConfig, SyncConfigInput } from '../../core/config.js';
import type { HostSchema } from '../../core/host.js';
import type { Issue } from '../../core/result.js';
import type { SnapshotKey } from '../../core/snapshot.js';
import { HrisConfigChangeEvent } from '../../events/config-change.js';
import { HrisErrorEvent } from '../../events/error.js';
import { HrisElement } from '../base/hris-element.js';
import { hostStyles } from '../base/host.styles.js';
import { renderLoading } from '../base/lazy.js';
import type { SnapshotController } from '../base/snapshot-controller.js';
import type { RulesContext } from './configure-rules.js';
import type { ConfigureView, ViewInput } from './configure-view.js';
import { configureStyles } from './configure.styles.js';

type Parts = typeof import('./configure-parts.js');

/**
 * @summary Configures what to import from the HR system: identifier, primary email, field mappings (custom attributes
 * included, with example values), up to five "Sync if" rules with a live match count and per-employee reasons, the name
 * format and the leaver policy. Special-category fields are listed as not mappable. Saving persists the config for the
 * (tenant, connection) and fires `hris-config-change`.
 * @tag hris-configure
 * @status experimental
 * @since 0.1
 *
 * @attr lang - Language of the element (`en`, `de`, `fr`, …); defaults to the closest `lang` above it, then `en`.
 * @attr preset - The host schema when neither `schema` nor a config names one: `stakeholder` (default) or `employee-directory`.
 * @attr tenant - The host's tenant (account) id; configs and snapshots are kept apart per tenant.
 * @attr theme - `light` or `dark` forces a theme; by default the element follows `prefers-color-scheme`.
 *
 * @prop {string | ProxyClient} proxy - The host proxy's base URL, or an object with the `ProxyClient` methods.
 * @prop {HrisConnection | undefined} connection - The connection whose cached snapshot is configured (from `hris-connected`).
 * @prop {SyncConfigInput | undefined} config - The configuration in force; wins over the one saved for this connection.
 * @prop {HostSchema | undefined} schema - The host's own target fields; without it the preset's schema is used.
 * @prop {TranslationOverrides} strings - Overrides for any string of the active locale.
 *
 * @fires {HrisConfigChangeEvent} hris-config-change - Save: `detail.config` is the whole new SyncConfig (plain data).
 * @fires {HrisErrorEvent} hris-error - The saved configuration could not be stored; `detail.code` is the issue code.
 *
 * @csspart base - The element's wrapper.
 * @csspart header - The element's heading.
 * @csspart section-heading - The heading of each section.
 * @csspart identifier - The identifier choice.
 * @csspart primary-email - The primary email choice.
 * @csspart mappings - The field mapping tables.
 * @csspart mapping - One row of a mapping table.
 * @csspart not-mappable - The special-category fields that cannot be mapped.
 * @csspart rules - The "Sync if" section.
 * @csspart rule - One rule.
 * @csspart count - The "N of M employees match" count.
 * @csspart explain - The per-employee explanation.
 * @csspart reason - Why the chosen employee is excluded or synced.
 * @csspart name-format - The name format choice.
 * @csspart leavers - The leaver policy choice.
 * @csspart problem - Inline problems under a control.
 * @csspart button - Every button.
 * @csspart notice - A state message (no connection, nothing cached, loading, error).
 *
 * @cssprop [--hris-color-accent=#1d4ed8] - Accent color (primary buttons, focus).
 * @cssprop [--hris-color-on-accent=#ffffff] - Text on the accent color.
 * @cssprop [--hris-color-surface=#ffffff] - Background.
 * @cssprop [--hris-color-surface-raised=#f3f4f6] - Background of raised areas (rules, notices).
 * @cssprop [--hris-color-text=#111827] - Text color.
 * @cssprop [--hris-color-text-muted=#4b5563] - Secondary text color.
 * @cssprop [--hris-color-border=#9ca3af] - Borders.
 * @cssprop [--hris-color-danger=#b91c1c] - Problems and destructive actions.
 * @cssprop [--hris-color-success=#15803d] - The saved confirmation.
 * @cssprop [--hris-color-focus=#1d4ed8] - Focus ring.
 * @cssprop [--hris-font-family=system-ui] - Font family.
 * @cssprop [--hris-radius=0.5rem] - Corner radius.
 * @cssprop [--hris-space=1rem] - Base spacing.
 * @cssprop [--hris-configure-max-width=48rem] - Maximum width of the element's content.
 */
export class HrisConfigure extends HrisElement {
  static override styles = [hostStyles, configureStyles];

  /** The host schema preset when no `schema` is given: `stakeholder` or `employee-directory`. */
  @property() preset = '';

  /** The configuration in force; wins over the one saved for this (tenant, connection). */
  @property({ attribute: false }) config?: SyncConfigInput;

  /** The host's target fields (default: the preset's schema). */
  @property({ attribute: false }) schema?: HostSchema;

  @state() private draft: SyncConfig | null = null;
  @state() private employee = '';
  @state() private saving = false;
  @state() private saved = false;
  @state() private unreadableConfig = false;
  @state() private saveProblem: Issue | null = null;

  /** The connected screens' code: loaded once the element has a connection. */
  private readonly parts = this.lazy<Parts>(() => import('./configure-parts.js'));
  private p: Parts | undefined;
  private snapshots: SnapshotController | undefined;
  /** The (tenant, connection) the stored config was read for, and what was read. */
  private stored: { key: string; config: SyncConfig | null } | null = null;
  private storedLoading = '';
  private draftFor = '';
  private view: ConfigureView | null = null;
  private focusRule = -1;
  /** The config this element saved itself and set on `config`: no reason to start over from it. */
  private adopted: SyncConfigInput | undefined;

  private get key(): SnapshotKey | null {
    return this.connection ? { tenant: this.tenant || 'default', connectionId: this.connection.id } : null;
  }

  private get keyText(): string {
    const key = this.key;
    return key ? JSON.stringify([key.tenant, key.connectionId]) : '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.p && this.connection) {
      const parts = this.parts.get();
      if (parts) {
        this.p = parts;
        this.snapshots = new parts.SnapshotController(this, {
          source: () => ({ tenant: this.tenant, connection: this.connection, client: this.proxyClient }),
          autoRefresh: false,
        });
      }
    }
    const { p, snapshots } = this;
    if (!p || !snapshots) return;
    snapshots.sync();
    const key = this.keyText;
    if (key && this.stored?.key !== key && this.storedLoading !== key) void this.loadStored(p, key);
    const ready = key !== '' && this.stored?.key === key && (snapshots.state === 'ready' || snapshots.state === 'error');
    if (!key) this.draft = null;
    else if ((changed.has('config') && this.config !== undefined && this.config !== this.adopted && ready) || (ready && this.draftFor !== key)) {
      const { draft, unreadable } = p.startingDraft(this, this.stored?.config ?? null, snapshots.snapshot);
      this.draft = draft;
      this.unreadableConfig = unreadable;
      this.saved = false;
      this.draftFor = key;
      this.employee = '';
    }
    this.view = this.draft ? this.derive(p, snapshots, this.draft) : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusRule >= 0) {
      const i = this.focusRule;
      this.focusRule = -1;
      this.renderRoot.querySelector<HTMLElement>(i === Infinity ? '[data-action="add-rule"]' : `#rule-${i}-field`)?.focus();
    }
  }

  private async loadStored(p: Parts, key: string): Promise<void> {
    const storeKey = this.key;
    if (!storeKey) return;
    this.storedLoading = key;
    const config = await p.readStoredConfig(storeKey);
    if (this.keyText !== key) return;
    this.storedLoading = '';
    this.stored = { key, config };
    this.requestUpdate();
  }

  /** The view of the draft, derived again only when something it reads changed. */
  private derive(p: Parts, snapshots: SnapshotController, draft: SyncConfig): ConfigureView {
    const input = p.viewInput(this, draft, snapshots.snapshot, this.connection, this.t.configure.sources);
    const previous = this.view?.input;
    if (previous && (Object.keys(input) as (keyof ViewInput)[]).every((k) => input[k] === previous[k])) return this.view!;
    return p.deriveView(input);
  }

  override render() {
    return html`<div part="base" class="base">
      <h2 part="header" class="heading">${this.t.configure.title}</h2>
      ${this.renderBody()}${this.renderAnnouncer()}
    </div>`;
  }

  private renderBody() {
    const c = this.t.configure;
    if (!this.connection) return this.notice(c.noConnection, c.noConnectionAction, 'no-connection');
    const { p, snapshots } = this;
    if (!p || !snapshots) return renderLoading(this.t, this.parts);
    const view = this.view;
    const draft = this.draft;
    if (!view || !draft) {
      if (snapshots.state === 'error' && snapshots.problem) return this.failure(snapshots.problem);
      return html`<p part="notice" class="notice" data-state="loading">${this.t.common.loading}</p>`;
    }
    const ctx: RulesContext = {
      t: this.t,
      fmt: this.fmt,
      view,
      draft,
      employee: this.employee,
      edit: (next) => this.edit(next),
      pickEmployee: (id) => (this.employee = id),
    };
    const errors = view.errors;
    return html`${p.renderStoreNotice(this.fmt, snapshots.storeNotice)}
      ${snapshots.state === 'error' && snapshots.problem ? this.failure(snapshots.problem) : nothing}
      ${view.input.records.length === 0 && snapshots.state === 'ready' ? this.notice(c.noSnapshot, c.noSnapshotAction, 'no-snapshot') : nothing}
      ${this.unreadableConfig ? html`<p part="notice" class="notice" data-state="unreadable">${c.configUnreadable}</p>` : nothing}
      <form class="form" @submit=${(e: Event) => this.submit(e)} novalidate>
        ${p.identifierSection(ctx)}${p.primaryEmailSection(ctx)}${p.fieldsSection(ctx)}${p.notMappableSection(ctx)}
        ${p.rulesSection(ctx)}${p.nameFormatSection(ctx)}${p.leaversSection(ctx)}
        <div class="actions save">
          <button type="submit" part="button" class="button button--primary" data-action="save" ?disabled=${errors.length > 0 || this.saving}
            aria-describedby=${errors.length > 0 ? 'save-problems' : nothing}>${this.saving ? c.saving : c.save}</button>
          ${this.saved ? html`<span class="saved" id="saved">${c.saved}</span>` : nothing}
        </div>
        ${errors.length > 0
          ? html`<div id="save-problems" class="save-problems" part="problem">
              <p class="field-error">${c.problemsCount(errors.length)}</p>
              <ul>${errors.map((i) => html`<li data-code=${i.code}>${p.problemText(this.t, view, i)}</li>`)}</ul>
            </div>`
          : nothing}
        ${this.saveProblem
          ? html`<div part="error" class="error" role="alert" data-state="save-failed"><p class="error__title">${c.saveFailed}</p><p>${c.saveFailedAction}</p></div>`
          : nothing}
      </form>`;
  }

  private notice(message: string, action: string, kind: string) {
    return html`<div part="notice" class="notice" data-state=${kind}><p class="notice__title">${message}</p><p>${action}</p></div>`;
  }

  private failure(problem: Issue) {
    const sentence = this.fmt.issue(problem);
    return html`<div part="error" class="error" role="alert" data-state="error">
      <p class="error__title">${sentence.message}</p><p>${sentence.action}</p>
      ${this.snapshots?.state === 'error'
        ? html`<button type="button" part="button" class="button" data-action="reload" @click=${() => void this.snapshots?.load()}>${this.t.common.retry}</button>`
        : nothing}
    </div>`;
  }

  private edit(next: SyncConfig): void {
    const before = this.draft?.conditions.length ?? 0;
    const matching = this.view?.rules.matching;
    this.draft = next;
    this.saved = false;
    this.saveProblem = null;
    if (next.conditions.length > before) this.focusRule = next.conditions.length - 1;
    else if (next.conditions.length < before) this.focusRule = Infinity;
    void this.updateComplete.then(() => {
      const rules = this.view?.rules;
      if (rules && rules.total > 0 && rules.matching !== matching) this.announce(this.t.configure.matchCount(rules.matching, rules.total));
    });
  }

  private submit(event: Event): void {
    event.preventDefault();
    void this.save();
  }

  /** Validates, persists for (tenant, connection) and fires `hris-config-change`. Invalid configs are not saved. */
  async save(): Promise<boolean> {
    const key = this.key;
    const result = this.view?.validation;
    const p = this.p;
    if (!key || !p || !result?.ok || this.saving) return false;
    const config = p.plainConfig(result.value);
    this.saving = true;
    const stored = await p.storeConfig(key, config);
    this.saving = false;
    if (!stored.ok) {
      this.saveProblem = stored.issues[0] ?? p.issue('storage_unavailable');
      this.dispatchEvent(new HrisErrorEvent({ code: this.saveProblem.code, params: {}, operation: 'save-config' }));
      return false;
    }
    this.stored = { key: this.keyText, config };
    this.adopted = config;
    this.config = config;
    this.saved = true;
    this.dispatchEvent(new HrisConfigChangeEvent<SyncConfig>({ config: p.plainConfig(config), source: 'configure' }));
    this.announce(this.t.configure.saved);
    return true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hris-configure': HrisConfigure;
  }
}
