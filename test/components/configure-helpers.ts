/**
 * Shared helpers for the `<hris-configure>` tests: a real snapshot built from
 * the mock vendors through the reference proxy and the core's retrieval,
 * stored in an in-memory store shared by the elements, and shadow-DOM queries.
 */
import type { HrisConfigure } from '../../src/components/configure/configure.js';
import { useSnapshotStore } from '../../src/components/base/snapshot-controller.js';
import type { ProviderId } from '../../src/core/model.js';
import { getProvider } from '../../src/core/providers/index.js';
import { createProxyClient } from '../../src/core/proxy-http.js';
import { retrieve } from '../../src/core/retrieval.js';
import { snapshotFromOutcome, type Snapshot } from '../../src/core/snapshot.js';
import type { HrisConnection } from '../../src/events/connected.js';
import { createHrisProxy } from '../../src/proxy/index.js';
import { createMemoryStore } from '../../src/store/memory.js';
import type { SnapshotStore } from '../../src/store/types.js';
import { createMockVendors } from '../../src/testing/index.js';

export const TENANT = 'acme';

export interface Stored {
  readonly snapshot: Snapshot;
  readonly connection: HrisConnection;
  readonly store: SnapshotStore;
}

const cache = new Map<string, Promise<Snapshot>>();

/** A COMPLETE snapshot of the mock vendor's `size` employees (seeded), retrieved through the proxy; built once per test file. */
export function mockSnapshot(provider: ProviderId, seed = 11, size = 50): Promise<Snapshot> {
  const key = `${provider}:${seed}:${size}`;
  let found = cache.get(key);
  if (!found) {
    found = build(provider, seed, size);
    cache.set(key, found);
  }
  return found;
}

async function build(provider: ProviderId, seed: number, size: number): Promise<Snapshot> {
  const mocks = createMockVendors({ seed, size });
  const handler = createHrisProxy({ basePath: '/hris', fetch: mocks.fetch });
  const client = createProxyClient('https://host.example/hris', {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => handler(new Request(input, init)),
  });
  const connected = await client.connect(provider, mocks.credentials[provider].valid);
  if (!connected.ok) throw new Error(`connect ${provider}: ${JSON.stringify(connected.issues)}`);
  const outcome = await retrieve({ provider: getProvider(provider), connectionId: connected.value.id, client, random: () => 0.5 });
  if (outcome.status !== 'COMPLETE') throw new Error(`retrieve ${provider}: ${outcome.status} ${JSON.stringify(outcome.reasons)}`);
  const snapshot = snapshotFromOutcome(outcome, { tenant: TENANT, connectionId: `conn-${provider}` }, `snap-${provider}`);
  if (!snapshot.ok) throw new Error(`snapshot ${provider}`);
  return snapshot.value;
}

export function connectionFor(provider: ProviderId, readable: readonly string[] = []): HrisConnection {
  return { id: `conn-${provider}`, provider, connectedAt: '2026-03-01T09:00:00.000Z', lastRetrievedAt: null, readable };
}

/** A fresh in-memory store made the page's shared store, holding the given snapshot (if any). */
export async function storeWith(snapshot: Snapshot | null): Promise<SnapshotStore> {
  const store = createMemoryStore();
  if (snapshot) {
    const put = await store.putSnapshot(snapshot);
    if (!put.ok) throw new Error('putSnapshot');
  }
  useSnapshotStore(store);
  return store;
}

/** A store with the mock snapshot of `provider`, and the matching connection. */
export async function stored(provider: ProviderId, seed = 11, size = 50): Promise<Stored> {
  const snapshot = await mockSnapshot(provider, seed, size);
  const store = await storeWith(snapshot);
  return { snapshot, connection: connectionFor(provider, snapshot.readable), store };
}

export const $ = <E extends Element = HTMLElement>(el: HrisConfigure, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: HrisConfigure, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];
export const text = (el: HrisConfigure, selector: string): string | null => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
export const texts = (el: HrisConfigure, selector: string): string[] => $$(el, selector).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

/** Waits until the element has loaded what it started loading. */
export async function settle(el: HrisConfigure): Promise<void> {
  for (let i = 0; i < 6; i += 1) {
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  }
}

/** Sets a select's or input's value and fires `change` (what a user's pick does). */
export async function choose(el: HrisConfigure, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement | HTMLSelectElement>(el, selector);
  if (!input) throw new Error(`nothing matches ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Toggles a checkbox or radio the way a click does. */
export async function click(el: HrisConfigure, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
}
