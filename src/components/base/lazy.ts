/**
 * The one way the elements load a later step's code: a module imported the
 * first time a render needs it (`get()`), after which the element updates.
 * Until then the element renders its loading notice. The element's
 * `updateComplete` waits for a load in flight, so code that awaits it (tests,
 * hosts) sees the step, not the notice.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translation } from '../../translations/index.js';

export class LazyModule<M> {
  private module: M | undefined;
  private loading: Promise<M> | undefined;
  /** Set when the import failed (offline, a removed deploy); `load()` tries again. */
  failed = false;

  /** `waitFor` makes the element's `updateComplete` wait for an import in flight. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<M>,
    private readonly waitFor: (pending: Promise<unknown>) => void,
  ) {}

  /** The module once loaded; the first call starts the import and the element updates when it arrives. */
  get(): M | undefined {
    if (this.module === undefined && this.loading === undefined && !this.failed) void this.load().catch(() => undefined);
    return this.module;
  }

  /** The module, loading it if needed (for event handlers and tasks). */
  load(): Promise<M> {
    if (this.module !== undefined) return Promise.resolve(this.module);
    if (this.loading) return this.loading;
    this.failed = false;
    const loading = this.importer().then(
      (module) => {
        this.module = module;
        this.loading = undefined;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        throw error;
      },
    );
    this.loading = loading;
    this.waitFor(loading.catch(() => undefined));
    return loading;
  }
}

/**
 * What an element shows while a step's code loads (`text`: the same words as
 * the loading state that follows, so nothing changes on screen in between), or
 * when it could not be loaded (with Try again).
 */
export function renderLoading(t: Translation, lazy: LazyModule<unknown>, text = t.common.loading): TemplateResult {
  if (!lazy.failed) return html`<p part="notice" class="notice" data-state="loading">${text}</p>`;
  return html`<div part="error" class="error" role="alert" data-state="load-failed">
    <p class="error__title">${t.common.loadFailed}</p>
    <button type="button" part="button" class="button" data-action="reload" @click=${() => void lazy.load().catch(() => undefined)}>${t.common.retry}</button>
  </div>`;
}
