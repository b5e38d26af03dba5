/**
 * Helpers for the `<hris-sync-preview>` tests: an in-memory HostAdapter built
 * on `applyPlanToRecords` (with scripted failures and a hold), a proxy client
 * over the mock vendors whose forwards can be held (to see progress and
 * cancel), snapshots stored in an in-memory store, and shadow-DOM queries.
 * Snapshots come from `configure-helpers.ts` (mock vendors → proxy → retrieval).
 */
import { waitUntil } from '@open-wc/testing';
import type { HrisSyncPreview } from '../../src/components/sync-preview/sync-preview.js';
import type { ApplyOptions, ApplyRecordResult, ApplyResult, HostAdapter, HostRecord } from '../../src/core/host.js';
import type { ProviderId } from '../../src/core/model.js';
import { actionableEntries, applyPlanToRecords, selectFromPlan } from '../../src/core/plan-apply.js';
import type { SyncPlan } from '../../src/core/plan-types.js';
import { createProxyClient } from '../../src/core/proxy-http.js';
import type { CallOptions, ForwardRequest, ProxyClient } from '../../src/core/proxy-client.js';
import type { HrisConnection } from '../../src/events/connected.js';
import { getProvider } from '../../src/core/providers/index.js';
import { retrieve } from '../../src/core/retrieval.js';
import { snapshotFromOutcome, type Snapshot } from '../../src/core/snapshot.js';
import { createHrisProxy } from '../../src/proxy/index.js';
import { createMockVendors, type MockVendors } from '../../src/testing/index.js';

import { TENANT } from './configure-helpers.js';

export { TENANT, connectionFor, mockSnapshot, storeWith } from './configure-helpers.js';

/** A host whose records live in memory; `apply` applies exactly the plan it receives, minus scripted failures. */
export class MemoryHost implements HostAdapter {
  records: HostRecord[];
  readonly applied: { plan: SyncPlan; idempotencyKey: string }[] = [];
  /** HRIS ids whose next apply fails (removed once failed when `failOnce`). */
  fail = new Set<string>();
  failOnce = true;
  /** When set, `apply` waits for it after reporting the first progress. */
  hold: Promise<void> | null = null;
  listCalls = 0;

  constructor(records: HostRecord[] = []) {
    this.records = records;
  }

  async listRecords(): Promise<HostRecord[]> {
    this.listCalls += 1;
    return this.records.map((r) => structuredClone(r));
  }

  async apply(plan: SyncPlan, options: ApplyOptions): Promise<ApplyResult> {
    this.applied.push({ plan, idempotencyKey: options.idempotencyKey });
    const entries = actionableEntries(plan);
    const results: ApplyRecordResult[] = [];
    const good: string[] = [];
    options.onProgress?.({ done: 0, total: entries.length });
    if (this.hold) await this.hold;
    if (options.signal.aborted) throw new DOMException('Aborted', 'AbortError');
    entries.forEach((e, i) => {
      const action = e.action === 'create' ? 'create' : 'update';
      if (this.fail.has(e.hrisId)) {
        if (this.failOnce) this.fail.delete(e.hrisId);
        results.push({ hrisId: e.hrisId, ok: false, hostId: e.hostId, action, code: 'host_unavailable', retryable: true });
      } else {
        good.push(e.hrisId);
        results.push({ hrisId: e.hrisId, ok: true, hostId: e.hostId ?? `hris-${e.hrisId}`, action });
      }
      options.onProgress?.({ done: i + 1, total: entries.length });
    });
    this.records = applyPlanToRecords(this.records, selectFromPlan(plan, good));
    return { planHash: plan.hash, idempotencyKey: options.idempotencyKey, results };
  }
}

/** A promise settled from outside. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A ProxyClient over the reference proxy and mock vendors whose vendor reads can be held after the first `free` ones. */
export class HeldClient implements ProxyClient {
  free = Infinity;
  forwards = 0;
  private gate = deferred();
  constructor(private readonly inner: ProxyClient) {}
  release(): void {
    this.free = Infinity;
    this.gate.resolve();
  }
  connect(...args: Parameters<ProxyClient['connect']>) { return this.inner.connect(...args); }
  status(...args: Parameters<ProxyClient['status']>) { return this.inner.status(...args); }
  disconnect(...args: Parameters<ProxyClient['disconnect']>) { return this.inner.disconnect(...args); }
  async forward(connectionId: string, request: ForwardRequest, options?: CallOptions): Promise<Response> {
    this.forwards += 1;
    if (this.forwards > this.free) {
      await Promise.race([this.gate.promise, new Promise((_, reject) => options?.signal?.addEventListener('abort', () => reject(options.signal!.reason), { once: true }))]);
    }
    return this.inner.forward(connectionId, request, options);
  }
}

export interface Wired {
  readonly mocks: MockVendors;
  readonly client: HeldClient;
  readonly connection: HrisConnection;
}

/** Mock vendors → reference proxy → client, connected to `provider` with the mock's valid credentials. */
export async function wire(provider: ProviderId, size = 30, seed = 5): Promise<Wired> {
  const mocks = createMockVendors({ seed, size });
  const handler = createHrisProxy({ basePath: '/hris', fetch: mocks.fetch });
  const inner = createProxyClient('http://proxy.test/hris', { fetch: (input: RequestInfo | URL, init?: RequestInit) => handler(new Request(input, init)) });
  const connected = await inner.connect(provider, mocks.credentials[provider].valid);
  if (!connected.ok) throw new Error(`connect ${provider}: ${JSON.stringify(connected.issues)}`);
  const info = connected.value;
  return { mocks, client: new HeldClient(inner), connection: { id: info.id, provider, connectedAt: info.createdAt, lastRetrievedAt: null, readable: [...info.readable] } };
}

export const $ = <E extends Element = HTMLElement>(el: HrisSyncPreview, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: HrisSyncPreview, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];
export const text = (el: HrisSyncPreview, selector: string): string | null => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
export const texts = (el: HrisSyncPreview, selector: string): string[] => $$(el, selector).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

export async function click(el: HrisSyncPreview, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
}

/** Waits until the plan is shown and the list's first rows are rendered (or the bucket is empty). */
export async function planShown(el: HrisSyncPreview): Promise<void> {
  await waitUntil(() => $(el, '[role="tablist"]') !== null, 'the plan never showed', { timeout: 10000 });
  await waitUntil(() => $(el, '.scroller [role="row"]') !== null || $(el, '[part="empty"]') !== null, 'no rows rendered', { timeout: 10000 });
  await el.updateComplete;
}

/** HRIS ids of the rendered rows, in order. */
export const rowIds = (el: HrisSyncPreview): string[] =>
  $$(el, '.scroller [role="row"]').sort((a, b) => Number(a.dataset['index']) - Number(b.dataset['index'])).map((r) => r.dataset['hrisId']!);

export async function openTab(el: HrisSyncPreview, bucket: string): Promise<void> {
  await click(el, `#tab-${bucket}`);
  await planShown(el);
}

/*
 * The virtualizer measures its rows with a ResizeObserver; when a measurement
 * changes layout in the same frame, Chromium reports the benign "ResizeObserver
 * loop completed with undelivered notifications" as a window error, which
 * mocha would count as a failure. Only that message is ignored.
 */
before(() => {
  const mochaOnError = window.onerror;
  window.onerror = (message, ...rest) => (String(message).includes('ResizeObserver loop') ? true : mochaOnError?.call(window, message, ...rest));
});

/** A COMPLETE snapshot read through the wired proxy, stored under the wired connection; `ageHours` back-dates it. */
export async function snapshotFor(w: Wired, ageHours = 0): Promise<Snapshot> {
  const outcome = await retrieve({ provider: getProvider(w.connection.provider), connectionId: w.connection.id, client: w.client, random: () => 0.5 });
  const made = snapshotFromOutcome(outcome, { tenant: TENANT, connectionId: w.connection.id }, `snap-${w.connection.id}-${ageHours}`);
  if (!made.ok) throw new Error(`snapshot: ${JSON.stringify(made.issues)}`);
  return { ...made.value, retrievedAt: new Date(Date.now() - ageHours * 3600_000).toISOString() };
}
