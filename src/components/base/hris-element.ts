import { LitElement, html, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { HostAdapter } from '../../core/host.js';
import type { ProxyClient } from '../../core/proxy-client.js';
import type { HrisConnection } from '../../events/connected.js';
import {
  canonicalLang,
  createFormatter,
  loadTranslation,
  mergeTranslation,
  peekTranslation,
  type Formatter,
  type Translation,
  type TranslationOverrides,
} from '../../translations/index.js';
import en from '../../translations/en.js';
import { hostStyles } from './host.styles.js';
import { LazyModule } from './lazy.js';
import { observeLang, resolveLang, unobserveLang } from './lang.js';
import { resolveProxy } from './proxy.js';
import { VERSION } from './version.js';

/** What the `proxy` property accepts: the proxy's base URL, or an object with the `ProxyClient` methods. */
export type ProxyInput = string | ProxyClient;

/**
 * The one base class of the hris-kit elements: version-safe registration, the
 * shared properties (`proxy`, `host`, `tenant`, `strings`, `theme`), language
 * resolution with lazily loaded translations, shared host styles and a polite
 * live region for announcements.
 *
 * Subclasses read text through `this.t` (the active translation, host
 * overrides applied) and format through `this.fmt`; both are ready before
 * `render()` runs. Later steps' code comes through `lazy()`. `updateComplete`
 * also waits for a translation or a step's code being loaded.
 */
export abstract class HrisElement extends LitElement {
  static readonly version: string = VERSION;
  static override styles: CSSResultGroup = [hostStyles];

  /**
   * Registers `tag` for this class. Skips a tag that is already defined, and
   * warns when a different version of hris-kit defined it first.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (!existing) {
      registry.define(tag, this as unknown as CustomElementConstructor);
      return;
    }
    if (existing.version !== this.version) {
      console.warn(
        `[hris-kit] <${tag}> is already defined by hris-kit ${existing.version ?? '(unknown version)'}; version ${this.version} was not registered.`,
      );
    }
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The host's proxy: its base URL (also settable as the `proxy` attribute), or
   * an object implementing `ProxyClient` (to add auth headers …).
   */
  @property() proxy?: ProxyInput;

  /** The connection, as the host stored it from `hris-connected` (no secret in it). */
  @property({ attribute: false }) connection?: HrisConnection;

  /** The host adapter: lists the host's records and applies a sync plan. */
  @property({ attribute: false }) host?: HostAdapter;

  /** The host's tenant (account) id; cached data is kept apart per tenant. */
  @property() tenant = '';

  /** Overrides for any string of the active locale (a deep-partial translation). */
  @property({ attribute: false }) strings?: TranslationOverrides;

  /** Forces the light or dark theme; without it the element follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Text to announce through the element's polite live region. */
  @state() protected announcement = '';

  /** The active translation (host overrides applied). */
  protected t: Translation = en;
  /** Dates, numbers, lists and issue sentences for the element's language. */
  protected fmt: Formatter = createFormatter('en', en);

  private resolvedLang = '';
  private formatterKey: readonly unknown[] = [];
  private translationLoading: Promise<unknown> | undefined;
  private readonly pending = new Set<Promise<unknown>>();
  private proxyInput: ProxyInput | undefined;
  private proxyClientCache: ProxyClient | undefined;

  /** The language the element currently renders in (after resolution). */
  get resolvedLanguage(): string {
    return this.resolvedLang || canonicalLang(resolveLang(this));
  }

  /** The proxy as a client (a base URL is wrapped once per value). */
  protected get proxyClient(): ProxyClient | undefined {
    if (this.proxy !== this.proxyInput) {
      this.proxyInput = this.proxy;
      this.proxyClientCache = resolveProxy(this.proxy);
    }
    return this.proxyClientCache;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    observeLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'lang') this.requestUpdate();
    else super.attributeChangedCallback(name, old, value);
  }

  /** Called by the shared observer when a `lang` attribute changed somewhere above. */
  langChanged(): void {
    if (canonicalLang(resolveLang(this)) !== this.resolvedLang) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const lang = canonicalLang(resolveLang(this));
    this.resolvedLang = lang;
    const base = peekTranslation(lang);
    if (!base) {
      const loading = loadTranslation(lang).then(() => {
        if (this.translationLoading === loading) this.translationLoading = undefined;
        this.requestUpdate();
      });
      this.translationLoading = loading;
    }
    const active = base ?? peekTranslation(this.fmt.lang) ?? en;
    const formatLang = base ? lang : this.fmt.lang;
    const key = [formatLang, active, this.strings];
    if (key.some((k, i) => k !== this.formatterKey[i])) {
      this.formatterKey = key;
      this.t = mergeTranslation(active, this.strings);
      this.fmt = createFormatter(formatLang, this.t);
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.translationLoading || this.pending.size > 0) {
      await Promise.all([this.translationLoading, ...this.pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** A later step's module, imported on first need (see `LazyModule`). */
  protected lazy<M>(importer: () => Promise<M>): LazyModule<M> {
    return new LazyModule(this, importer, (pending) => {
      this.pending.add(pending);
      void pending.finally(() => this.pending.delete(pending));
    });
  }

  /** Announces `text` politely; repeating the same text announces it again. */
  protected announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  /** Copies `text` and announces the outcome; when the clipboard refuses, selects the `fallback` field for a manual copy. */
  protected async copy(text: string, fallback: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announce(this.t.common.copied);
    } catch {
      this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(fallback)?.select();
      this.announce(this.t.common.copyFailed);
    }
  }

  /** The live region; subclasses render it once, always present. */
  protected renderAnnouncer() {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }
}
