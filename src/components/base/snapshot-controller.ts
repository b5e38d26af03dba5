/**
 * The one way an element reads and refreshes the cached snapshot of a
 * connection: loads the current snapshot (and the previous one, for "what
 * changed") from the shared store, retrieves through the proxy on demand or
 * when the cache is older than 24 h, writes only COMPLETE snapshots, records
 * every run in the history, and tells every other element on the page that
 * reads the same (tenant, connection) when a new snapshot became current.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadProvider } from '../../core/providers/info.js';
import type { ProxyClient } from '../../core/proxy-client.js';
import { issue, type Issue } from '../../core/result.js';
import type { RetrievalOutcome, RetrievalProgress } from '../../core/retrieval.js';
import { isStale, runFromOutcome, snapshotFromOutcome, type Snapshot, type SnapshotKey } from '../../core/snapshot.js';
import type { SnapshotStore } from '../../store/types.js';
import type { HrisConnection } from '../../events/connected.js';

let sharedStore: Promise<SnapshotStore> | undefined;
const updates = new EventTarget();
const keyOf = (key: SnapshotKey): string => JSON.stringify([key.tenant, key.connectionId]);

/** The page's snapshot store, opened once and shared by every element (IndexedDB code loads on first use). */
export function snapshotStore(): Promise<SnapshotStore> {
  // A notice that arrives later (another tab upgraded, storage went away) reaches every element at once.
  sharedStore ??= import('../../store/snapshots.js').then((m) =>
    m.openSnapshotStore({ onNotice: (notice) => updates.dispatchEvent(new CustomEvent<Issue>('notice', { detail: notice })) }));
  return sharedStore;
}

/** Replaces the shared store (tests, or a host that opens its own). */
export function useSnapshotStore(store: SnapshotStore | Promise<SnapshotStore>): void {
  sharedStore = Promise.resolve(store);
}

export type SnapshotState = 'idle' | 'loading' | 'retrieving' | 'ready' | 'error';

/** Where the controller reads the element's current tenant, connection and proxy. */
export interface SnapshotSource {
  readonly tenant: string;
  readonly connection: HrisConnection | undefined;
  readonly client: ProxyClient | undefined;
}

export interface SnapshotControllerOptions {
  readonly source: () => SnapshotSource;
  /** Retrieve automatically when there is no snapshot or it is older than 24 h. */
  readonly autoRefresh: boolean;
  /** Special-category field ids the host allows explicitly. */
  readonly allowSensitive?: () => Iterable<string>;
  /** Called with every finished retrieval (COMPLETE, PARTIAL or FAILED). */
  readonly onRetrieved?: (outcome: RetrievalOutcome, snapshot: Snapshot | null) => void;
}

export class SnapshotController implements ReactiveController {
  state: SnapshotState = 'idle';
  snapshot: Snapshot | null = null;
  previous: Snapshot | null = null;
  progress: RetrievalProgress | null = null;
  /** The last retrieval of this element, kept to explain a PARTIAL/FAILED run. */
  lastOutcome: RetrievalOutcome | null = null;
  /** Why loading, retrieving or storing failed; the cached snapshot (if any) is still shown. */
  problem: Issue | null = null;
  /** Why the cache is degraded (memory only, upgrade blocked), for a visible notice. */
  storeNotice: Issue | null = null;

  private key: SnapshotKey | null = null;
  private readonly onNotice = (event: Event): void => {
    this.storeNotice = (event as CustomEvent<Issue>).detail;
    this.host.requestUpdate();
  };
  private abort: AbortController | null = null;
  private readonly onUpdate = (event: Event): void => {
    if (this.key && (event as CustomEvent<string>).detail === keyOf(this.key) && this.state !== 'retrieving') void this.load();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SnapshotControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    updates.addEventListener('snapshot', this.onUpdate);
    updates.addEventListener('notice', this.onNotice);
  }

  hostDisconnected(): void {
    updates.removeEventListener('snapshot', this.onUpdate);
    updates.removeEventListener('notice', this.onNotice);
    this.cancel();
  }

  /** Call from the host's `willUpdate`: reloads when the tenant or connection changed. */
  sync(): void {
    const { tenant, connection } = this.options.source();
    const next = connection ? { tenant: tenant || 'default', connectionId: connection.id } : null;
    if ((next && this.key && keyOf(next) === keyOf(this.key)) || next === this.key) return;
    this.cancel();
    this.key = next;
    this.snapshot = this.previous = null;
    this.problem = null;
    this.state = 'idle';
    if (next) void this.load();
  }

  get retrieving(): boolean {
    return this.state === 'retrieving';
  }

  /** Reads the current and previous snapshots; refreshes when stale and `autoRefresh` is on. */
  async load(): Promise<void> {
    const key = this.key;
    if (!key) return;
    this.set({ state: 'loading' });
    const store = await snapshotStore();
    this.storeNotice = store.notice;
    const [current, previous] = await Promise.all([store.getCurrent(key), store.getPrevious(key)]);
    if (this.key !== key) return;
    if (!current.ok) this.set({ state: 'error', problem: current.issues[0] ?? issue('storage_unavailable') });
    else this.set({ state: 'ready', snapshot: current.value, previous: previous.ok ? previous.value : null });
    if (this.options.autoRefresh && current.ok && isStale(current.value, Date.now())) await this.retrieve();
  }

  /** Retrieves everyone through the proxy. A PARTIAL or FAILED run never replaces the cached snapshot. */
  async retrieve(): Promise<RetrievalOutcome | null> {
    const key = this.key;
    const { client, connection } = this.options.source();
    if (!key || !connection) return null;
    if (!client) {
      this.set({ state: this.snapshot ? 'ready' : 'error', problem: issue('proxy_missing') });
      return null;
    }
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    this.set({ state: 'retrieving', progress: null, problem: null });
    // The retrieval engine and the vendor's normalization load with the first retrieval, not with the element.
    const [{ retrieve }, provider] = await Promise.all([import('../../core/retrieval.js'), loadProvider(connection.provider)]);
    const outcome = await retrieve({
      provider,
      connectionId: connection.id,
      client,
      signal: abort.signal,
      allowSensitive: this.options.allowSensitive?.() ?? [],
      onProgress: (progress) => this.set({ progress }),
    });
    if (this.abort === abort) this.abort = null;
    if (this.key !== key) return outcome;
    const store = await snapshotStore();
    await store.addRun(runFromOutcome(outcome, key));
    let stored: Snapshot | null = null;
    let problem: Issue | null = outcome.status === 'COMPLETE' ? null : (outcome.reasons[0] ?? issue('retrieval_failed'));
    if (outcome.status === 'COMPLETE') {
      const snapshot = snapshotFromOutcome(outcome, key);
      const put = snapshot.ok ? await store.putSnapshot(snapshot.value) : snapshot;
      if (put.ok && snapshot.ok) stored = snapshot.value;
      else problem = put.issues[0] ?? issue('storage_unavailable');
    }
    this.lastOutcome = outcome;
    if (stored) {
      this.set({ state: 'ready', previous: this.snapshot, snapshot: stored, problem, progress: null });
      updates.dispatchEvent(new CustomEvent('snapshot', { detail: keyOf(key) }));
    } else {
      this.set({ state: this.snapshot ? 'ready' : 'error', problem, progress: null });
    }
    this.options.onRetrieved?.(outcome, stored);
    return outcome;
  }

  /** Cancels a retrieval in flight; the cached snapshot stays as it was. */
  cancel(): void {
    this.abort?.abort();
    this.abort = null;
  }

  private set(patch: Partial<Pick<SnapshotController, 'state' | 'snapshot' | 'previous' | 'progress' | 'problem'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }
}
