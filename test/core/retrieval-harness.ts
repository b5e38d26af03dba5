/**
 * The real chain for retrieval tests: mock vendors → reference proxy → HTTP
 * proxy client → `retrieve`, all in the page, on one virtual clock (latency,
 * `Retry-After` dates and rate-limit windows included).
 */
import { createMockVendors, type Fault, type MockVendors } from '../../src/testing/index.js';
import { createHrisProxy, type ProxyLogEntry } from '../../src/proxy/index.js';
import { createProxyClient } from '../../src/core/proxy-http.js';
import { getProvider } from '../../src/core/providers/index.js';
import type { ProviderId } from '../../src/core/model.js';
import type { ProxyClient } from '../../src/core/proxy-client.js';
import { retrieve, type RetrievalOutcome, type RetrieveOptions } from '../../src/core/retrieval.js';
import { VirtualClock } from './retrieval-fakes.js';

export interface Harness {
  readonly mocks: MockVendors;
  readonly client: ProxyClient;
  readonly connectionId: string;
  readonly clock: VirtualClock;
  readonly proxyLog: ProxyLogEntry[];
  run(extra?: Partial<RetrieveOptions>): Promise<RetrievalOutcome>;
}

export interface HarnessOptions {
  readonly size: number;
  readonly rateLimits?: boolean;
  readonly latencyMs?: number;
  /** A clock of the caller's (a real one for wall-time checks); a virtual one by default. */
  readonly clock?: VirtualClock;
}

/** Connects with the vendor's valid demo credentials, then switches the faults on (so validation is not hit by them). */
export async function harness(vendor: ProviderId, faults: readonly Fault[], options: HarnessOptions): Promise<Harness> {
  const clock = options.clock ?? new VirtualClock();
  const mocks = createMockVendors({ seed: 42, size: options.size, clock, today: '2026-01-15' });
  const proxyLog: ProxyLogEntry[] = [];
  const handler = createHrisProxy({ fetch: mocks.fetch as typeof fetch, log: (entry) => proxyLog.push(entry) });
  const client = createProxyClient('http://proxy.test', { fetch: (input, init) => handler(new Request(input, init)) });
  const connected = await client.connect(vendor, mocks.credentials[vendor].valid);
  if (!connected.ok) throw new Error(`connect failed: ${JSON.stringify(connected.issues)}`);
  mocks.setFaults(faults);
  if (options.rateLimits) mocks.setRateLimits(true);
  if (options.latencyMs) mocks.setLatency(options.latencyMs);
  const connectionId = connected.value.id;
  return {
    mocks, client, connectionId, clock, proxyLog,
    run: (extra = {}) => retrieve({
      provider: getProvider(vendor), connectionId, client, clock, random: () => 0.5,
      policy: { requestTimeoutMs: 1500, ...extra.policy }, ...extra,
    }),
  };
}

export const sortedIds = (outcome: RetrievalOutcome): string[] =>
  (outcome.result?.records ?? []).map((r) => r.hrisId).sort();

/** The path (fragment) of each vendor's people list, to aim faults at it. */
export const PEOPLE_PATH: Readonly<Record<ProviderId, string>> = {
  personio: '/company/employees',
  bamboohr: '/reports/custom',
  hibob: '/people/search',
  humaans: '/api/people',
  lucca: '/api/v3/users',
};

/** Vendors whose people list has several pages at the test size, and those that give a total. */
export const PAGED: readonly ProviderId[] = ['personio', 'humaans', 'lucca'];
export const WITH_TOTAL: readonly ProviderId[] = ['personio', 'humaans'];
