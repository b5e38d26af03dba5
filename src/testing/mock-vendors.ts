/**
 * `createMockVendors`: the five vendors' APIs as one Fetch-standard handler,
 * routed by host like the real internet (`api.personio.de`,
 * `api.bamboohr.com/api/gateway.php/{domain}/…` or `{domain}.bamboohr.com`,
 * `api.hibob.com` / `app.hibob.com`, `app.humaans.io`, `{tenant}.ilucca.net`).
 * An unknown host rejects with a `TypeError`, like `fetch` on a network error.
 * All vendors render the same generated population; faults, latency and the
 * vendors' documented rate limits can be switched on, on an injectable clock.
 */
import type { ProviderId } from '../core/model.js';
import { abortReason, systemClock, untilAborted, type MockClock } from './clock.js';
import { isoDayOfMs } from './dates.js';
import { FaultBook, faultResponse, truncate, withRetryAfter, type Fault, type FaultKind } from './faults.js';
import { generatePeople, type MockPerson, type Population } from './generator.js';
import { RateLimiter } from './rate-limit.js';
import { createBambooHrMock } from './vendors/bamboohr.js';
import { createHiBobMock } from './vendors/hibob.js';
import { createHumaansMock } from './vendors/humaans.js';
import { createLuccaMock } from './vendors/lucca.js';
import { createPersonioMock } from './vendors/personio.js';
import type { VendorCredentials, VendorMock } from './vendors/types.js';

export type Latency = number | Partial<Readonly<Record<ProviderId, number>>>;

export interface MockVendorsOptions {
  readonly seed: number;
  /** Number of generated employees, 1 to 100,000. */
  readonly size: number;
  readonly faults?: readonly Fault[];
  /** Enforce the vendors' documented rate limits (Personio 300/min, HiBob 50/min…). */
  readonly rateLimits?: boolean;
  /** Added to every request, in ms; one number for all vendors or one per vendor. */
  readonly latencyMs?: Latency;
  /** Time source for latency, token expiry, `Retry-After` dates and rate limits. */
  readonly clock?: MockClock;
  /** The date the population is relative to; the clock's UTC date by default. */
  readonly today?: string;
}

export interface RequestLogEntry {
  readonly vendor: ProviderId;
  readonly method: string;
  readonly url: string;
  /** The list page the request asked for, from 0; null for other requests. */
  readonly page: number | null;
  /** The response fault injected, if any (`rate-limit` when a rate limit answered). */
  readonly fault: FaultKind | 'rate-limit' | null;
  /** Status sent; null while pending, or when the request hung or was aborted. */
  readonly status: number | null;
}

export interface MockVendors {
  /** Fetch-standard: `fetch(request)` (or `fetch(url, init)`). */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Per vendor: valid demo credentials and a limited-permission one. */
  readonly credentials: Readonly<Record<ProviderId, VendorCredentials>>;
  /** Vendor field names the limited credential cannot read. */
  readonly limitedFields: Readonly<Record<ProviderId, readonly string[]>>;
  /** The generated canonical truth, in index order. */
  readonly people: readonly MockPerson[];
  readonly population: Population;
  /** A vendor's own id for a generated person. */
  idOf(vendor: ProviderId, index: number): string;
  /** Base URL of each vendor for the valid credentials. */
  readonly baseUrls: Readonly<Record<ProviderId, string>>;
  /** Replaces the fault list. */
  setFaults(faults: readonly Fault[]): void;
  setLatency(latency: Latency): void;
  setRateLimits(on: boolean): void;
  /** Every request received, in order. */
  readonly requestLog: readonly RequestLogEntry[];
}

export function createMockVendors(options: MockVendorsOptions): MockVendors {
  const clock = options.clock ?? systemClock;
  const population = generatePeople({ seed: options.seed, size: options.size, today: options.today ?? isoDayOfMs(clock.now()) });
  const list: VendorMock[] = [
    createPersonioMock(population), createBambooHrMock(population), createHiBobMock(population),
    createHumaansMock(population), createLuccaMock(population),
  ];
  const byId = Object.fromEntries(list.map((v) => [v.id, v])) as Record<ProviderId, VendorMock>;
  const book = new FaultBook();
  book.set(options.faults ?? []);
  let latency: Latency = options.latencyMs ?? 0;
  let rateLimits = options.rateLimits ?? false;
  let limiter = new RateLimiter();
  const counters = new Map<ProviderId, number>();
  const log: { -readonly [K in keyof RequestLogEntry]: RequestLogEntry[K] }[] = [];

  const latencyFor = (vendor: ProviderId): number => (typeof latency === 'number' ? latency : latency[vendor] ?? 0);

  async function handle(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    const vendor = list.find((v) => v.handles(url));
    if (!vendor) throw new TypeError(`Failed to fetch: no mock vendor at ${url.host}`);
    const { signal } = request;
    if (signal.aborted) throw abortReason(signal);
    const n = counters.get(vendor.id) ?? 0;
    counters.set(vendor.id, n + 1);
    const page = vendor.pageOf(url, request.method);
    const body = request.method === 'POST' && book.aimsAtBodies ? await request.clone().text() : null;
    const active = book.take({ vendor: vendor.id, request: n, page, path: url.pathname, body });
    const entry = { vendor: vendor.id, method: request.method, url: request.url, page, fault: (active.response?.kind ?? null) as RequestLogEntry['fault'], status: null as number | null };
    log.push(entry);

    const delay = latencyFor(vendor.id) + active.latencyMs;
    if (delay > 0) await clock.sleep(delay, signal);
    const fault = active.response;
    if (fault?.kind === 'hang') return untilAborted(signal);
    if (fault?.kind === 'network-error') throw new TypeError('Failed to fetch: connection reset (injected)');

    let response: Response;
    if (fault?.kind === 'too-many-requests') {
      const now = clock.now();
      const waitMs = (fault.retryAfterSeconds ?? 1) * 1000;
      response = withRetryAfter(vendor.rateLimited({ limit: 0, remaining: 0, resetAt: now + waitMs, waitMs }, now), fault, now);
    } else if (fault && fault.kind !== 'truncated-json') {
      response = faultResponse(fault);
    } else {
      const decision = rateLimits ? limiter.check(vendor.id, request.method, url.pathname, clock.now()) : null;
      if (decision && decision.waitMs > 0) {
        entry.fault = 'rate-limit';
        response = vendor.rateLimited(decision, clock.now());
      } else {
        response = await vendor.handle(request, url, { shape: active.shape, now: clock.now() });
        if (fault?.kind === 'truncated-json') response = await truncate(response);
      }
    }
    if (signal.aborted) throw abortReason(signal);
    entry.status = response.status;
    return response;
  }

  const credentials = Object.fromEntries(list.map((v) => [v.id, v.credentials])) as Record<ProviderId, VendorCredentials>;
  const valid = (id: ProviderId, key: string): string => byId[id].credentials.valid[key] ?? '';
  return {
    fetch: handle,
    credentials,
    limitedFields: Object.fromEntries(list.map((v) => [v.id, v.limitedFields])) as Record<ProviderId, readonly string[]>,
    people: population.people,
    population,
    idOf: (vendor, index) => byId[vendor].idOf(index),
    baseUrls: {
      personio: 'https://api.personio.de/v1',
      bamboohr: `https://api.bamboohr.com/api/gateway.php/${valid('bamboohr', 'companyDomain')}/v1`,
      hibob: 'https://api.hibob.com/v1',
      humaans: 'https://app.humaans.io/api',
      lucca: `https://${valid('lucca', 'tenant')}.ilucca.net`,
    },
    setFaults: (faults) => book.set(faults),
    setLatency(next) {
      latency = next;
    },
    setRateLimits(on) {
      rateLimits = on;
      limiter = new RateLimiter();
    },
    requestLog: log,
  };
}
