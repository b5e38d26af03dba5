/**
 * `<hris-connect>`'s calls to the proxy: Connect with the submitted
 * credentials (Cancel aborts it), Disconnect, and what each outcome shows,
 * announces and fires. It loads with the steps past the picker
 * (`connect-parts.ts`); the picker never calls the proxy.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { ConnectionInfo, ProxyClient } from '../../core/proxy-client.js';
import type { ProviderInfo } from '../../core/providers/types.js';
import { providerInfos } from '../../core/providers/info.js';
import { issue as makeIssue, type Issue, type Result } from '../../core/result.js';
import { HrisConnectedEvent, type HrisConnection } from '../../events/connected.js';
import { HrisDisconnectedEvent } from '../../events/disconnected.js';
import { HrisErrorEvent } from '../../events/error.js';
import type { Formatter, IssueSentence } from '../../translations/index.js';
import { issueLabels, providerNamed } from './connect-form.js';
import type { MapFieldsController } from './connect-map.js';
import type { ConnectStep } from './connect.js';

/** What the session reads from its element (its public properties) and does to it. */
export interface SessionHost extends ReactiveControllerHost, EventTarget {
  connection?: HrisConnection | undefined;
  provider: string;
}

/** The element's private side the session needs, as callbacks. */
export interface SessionContext {
  readonly client: () => ProxyClient | undefined;
  readonly fmt: () => Formatter;
  /** The provider the steps show. */
  readonly selected: () => ProviderInfo | undefined;
  readonly announce: (text: string) => void;
  readonly go: (step: ConnectStep, def?: ProviderInfo) => void;
  /** Shows a failure box on the current step (the element keeps it until the next step). */
  readonly fail: (failure: IssueSentence) => void;
}

export class ConnectSession implements ReactiveController {
  /** The connection a Reconnect replaces once the new credentials are accepted. */
  replacing: HrisConnection | undefined;
  /** The one submission in flight: taken (and dropped) by the connect task as it starts. */
  private submission?: { readonly provider: ProviderInfo['id']; readonly credentials: Record<string, string> };

  private readonly connectTask = new Task(this.host, {
    autoRun: false,
    task: async (_args: readonly unknown[], { signal }) => {
      const submission = this.submission;
      this.submission = undefined;
      const client = this.ctx.client();
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

  private readonly disconnectTask = new Task(this.host, {
    autoRun: false,
    task: async (_args: readonly unknown[], { signal }) => {
      const connection = this.host.connection;
      const client = this.ctx.client();
      if (!connection || !client) return;
      let result: Result<null>;
      try {
        result = await client.disconnect(connection.id, { signal });
      } catch {
        result = { ok: false, issues: [makeIssue('proxy_unreachable')] };
      }
      if (signal.aborted) return;
      const def = providerInfos[connection.provider];
      // A connection the proxy no longer knows is disconnected already.
      if (result.ok || result.issues[0]?.code === 'not_found') {
        this.host.connection = undefined;
        this.host.dispatchEvent(new HrisDisconnectedEvent({ connectionId: connection.id, provider: connection.provider }));
        this.ctx.announce(this.ctx.fmt().t.connect.disconnected(def.label));
        const named = providerNamed(this.host.provider);
        this.ctx.go(named ? 'summary' : 'picker', named);
      } else this.showFailure(result.issues[0], def, 'disconnect');
    },
  });

  constructor(
    private readonly host: SessionHost,
    private readonly map: MapFieldsController,
    private readonly ctx: SessionContext,
  ) {
    host.addController(this);
  }

  get connecting(): boolean {
    return this.connectTask.status === TaskStatus.PENDING;
  }

  get disconnecting(): boolean {
    return this.disconnectTask.status === TaskStatus.PENDING;
  }

  hostDisconnected(): void {
    this.connectTask.abort();
    this.disconnectTask.abort();
    this.submission = undefined;
  }

  /** Sends the (already validated) credentials through the proxy; without one, says so. */
  connect(def: ProviderInfo, credentials: Record<string, string>): void {
    const t = this.ctx.fmt().t.connect;
    if (!this.ctx.client()) {
      this.ctx.fail({ message: t.noProxy, action: t.noProxyAction });
      this.host.dispatchEvent(new HrisErrorEvent({ code: 'no_proxy', params: {}, operation: 'connect' }));
      return;
    }
    this.submission = { provider: def.id, credentials };
    this.ctx.announce(t.connecting(def.label));
    void this.connectTask.run([]);
  }

  cancel(): void {
    this.connectTask.abort();
  }

  disconnect(): void {
    void this.disconnectTask.run([]);
  }

  private async connectFinished(result: Result<ConnectionInfo>): Promise<void> {
    const def = this.ctx.selected();
    if (!def) return;
    if (!result.ok) {
      this.showFailure(result.issues[0], def, 'connect');
      return;
    }
    const info = result.value;
    if (info.missingRequired.length > 0) {
      // A credential that cannot read the required fields is useless: drop it from the proxy again.
      await this.ctx.client()?.disconnect(info.id).catch(() => undefined);
      this.showFailure(makeIssue('missing_permissions', { fields: info.missingRequired.join(',') }), def, 'connect');
      return;
    }
    const previous = this.replacing;
    this.replacing = undefined;
    const connection: HrisConnection = { id: info.id, provider: info.provider, connectedAt: info.createdAt, lastRetrievedAt: null, readable: [...info.readable] };
    this.host.connection = connection;
    this.map.reset(def, info.readable);
    this.ctx.go('map', def);
    this.ctx.announce(this.ctx.fmt().t.connect.connectedHeading(def.label));
    this.host.dispatchEvent(new HrisConnectedEvent({ connection, previousConnectionId: previous?.id ?? null }));
    if (previous && previous.id !== connection.id) {
      const old = await this.ctx.client()?.disconnect(previous.id).catch(() => undefined);
      if (old && !old.ok && old.issues[0]?.code !== 'not_found') {
        this.host.dispatchEvent(new HrisErrorEvent({ code: old.issues[0]?.code ?? 'unknown', params: {}, operation: 'disconnect' }));
      }
    }
  }

  private showFailure(issue: Issue | undefined, def: ProviderInfo, operation: string): void {
    const fmt = this.ctx.fmt();
    const shown = issue ?? makeIssue('unknown');
    const failure = fmt.issue(shown, issueLabels(def, shown, fmt));
    this.ctx.fail(failure);
    this.ctx.announce(`${failure.message} ${failure.action}`);
    this.host.dispatchEvent(new HrisErrorEvent({ code: shown.code, params: { ...(shown.params ?? {}) }, operation }));
  }
}
