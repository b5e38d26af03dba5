/**
 * The demo's backend, framework-free: the reference proxy over the mock
 * vendors, and a small control endpoint (`/__demo/settings`) that switches the
 * tenant size and the faults. Both are Fetch-standard handlers; the Vite
 * plugin mounts them on the dev server through the Node adapter.
 *
 * Faults hit only the reads the proxy forwards for a retrieval, never the
 * credential check of a connect, so "Rate limits" and "Failing page" show
 * the retrieval under load and under faults while connecting still works.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ProviderId } from '../../src/core/model.js';
import { PROVIDER_IDS } from '../../src/core/model.js';
import { createHrisProxy, type HrisProxyHandler } from '../../src/proxy/index.js';
import { createMockVendors, type Fault, type MockVendors } from '../../src/testing/index.js';
import { seedRecords, type DemoSeeds } from './seed.js';

export const TENANT_SIZES = [50, 5000, 50000] as const;
export type TenantSize = (typeof TENANT_SIZES)[number];

/**
 * `none`; `rate-limits`: the vendors' documented limits are enforced and every
 * other forwarded read is answered 429 with `Retry-After: 1`; `failing-page`:
 * the first page of every list answers 500, so retrieval fails and the cached
 * snapshot stays.
 */
export const FAULT_MODES = ['none', 'rate-limits', 'failing-page'] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

export interface DemoSettings {
  readonly size: TenantSize;
  readonly fault: FaultMode;
}

/** What `GET /__demo/settings` answers. */
export interface DemoState extends DemoSettings {
  readonly seed: number;
  /** The mock vendors' valid credentials: the demo credentials shown on the page. */
  readonly credentials: Readonly<Record<ProviderId, Readonly<Record<string, string>>>>;
  /** A credential the vendors refuse, to show the vendor's reason. */
  readonly wrongCredentials: Readonly<Record<ProviderId, Readonly<Record<string, string>>>>;
  /** The host records a fresh demo starts with, per preset, derived from the same population. */
  readonly seeds: DemoSeeds;
  /** What the mock vendors received since the last settings change. */
  readonly requests: { readonly total: number; readonly throttled: number; readonly failed: number };
}

export interface DemoBackendOptions {
  readonly seed?: number;
  /** Where the proxy is mounted. Default `/api/hris`. */
  readonly proxyPath?: string;
  /** Where the control endpoint answers. Default `/__demo/settings`. */
  readonly settingsPath?: string;
  readonly initial?: Partial<DemoSettings>;
}

export interface DemoBackend {
  readonly proxyPath: string;
  readonly settingsPath: string;
  /** Answers the proxy routes and the settings route; anything else is 404. */
  handle(request: Request): Promise<Response>;
  settings(): DemoSettings;
  configure(next: Partial<DemoSettings>): DemoState;
}

const FORWARD = /\/connections\/[^/]+\/vendor\//;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

function isTenantSize(value: unknown): value is TenantSize {
  return (TENANT_SIZES as readonly unknown[]).includes(value);
}

function isFaultMode(value: unknown): value is FaultMode {
  return (FAULT_MODES as readonly unknown[]).includes(value);
}

/** A wrong credential per vendor: the valid one with its secret changed. */
function wrongOf(valid: Readonly<Record<string, string>>): Record<string, string> {
  const keys = Object.keys(valid);
  const secret = keys.find((k) => /secret|key|token/i.test(k)) ?? keys[keys.length - 1] ?? '';
  return { ...valid, [secret]: `${valid[secret] ?? ''}-wrong` };
}

export function createDemoBackend(options: DemoBackendOptions = {}): DemoBackend {
  const seed = options.seed ?? 7;
  const proxyPath = options.proxyPath ?? '/api/hris';
  const settingsPath = options.settingsPath ?? '/__demo/settings';
  let current: DemoSettings = { size: options.initial?.size ?? 50, fault: options.initial?.fault ?? 'none' };
  let mocks: MockVendors = createMockVendors({ seed, size: current.size });
  let seeds: DemoSeeds = seedRecords(mocks.people);
  let forwarded = 0;
  /** Where the request log of the current settings starts. */
  let logStart = 0;
  const forwarding = new AsyncLocalStorage<boolean>();

  /** The faults one outbound call meets: none outside a forwarded read. */
  function faultsFor(inForward: boolean): Fault[] {
    if (!inForward) return [];
    if (current.fault === 'failing-page') return [{ kind: 'server-error', page: 0 }];
    if (current.fault === 'rate-limits') {
      forwarded += 1;
      return forwarded % 2 === 1 ? [{ kind: 'too-many-requests', retryAfterSeconds: 1, times: 1 }] : [];
    }
    return [];
  }

  const outbound = ((input: RequestInfo | URL, init?: RequestInit) => {
    mocks.setFaults(faultsFor(forwarding.getStore() === true));
    return mocks.fetch(input, init);
  }) as typeof fetch;

  const proxy: HrisProxyHandler = createHrisProxy({ fetch: outbound, basePath: proxyPath });

  function state(): DemoState {
    const credentials = {} as Record<ProviderId, Readonly<Record<string, string>>>;
    const wrongCredentials = {} as Record<ProviderId, Readonly<Record<string, string>>>;
    for (const id of PROVIDER_IDS) {
      credentials[id] = mocks.credentials[id].valid;
      wrongCredentials[id] = wrongOf(mocks.credentials[id].valid);
    }
    const log = mocks.requestLog.slice(logStart);
    const requests = {
      total: log.length,
      throttled: log.filter((e) => e.fault === 'too-many-requests' || e.fault === 'rate-limit').length,
      failed: log.filter((e) => e.fault === 'server-error').length,
    };
    return { ...current, seed, credentials, wrongCredentials, seeds, requests };
  }

  function configure(next: Partial<DemoSettings>): DemoState {
    const size = next.size ?? current.size;
    if (size !== current.size) {
      mocks = createMockVendors({ seed, size });
      seeds = seedRecords(mocks.people);
    }
    current = { size, fault: next.fault ?? current.fault };
    mocks.setRateLimits(current.fault === 'rate-limits');
    forwarded = 0;
    logStart = mocks.requestLog.length;
    return state();
  }

  async function settingsRoute(request: Request): Promise<Response> {
    if (request.method === 'GET') return json(200, state());
    if (request.method !== 'POST') return json(405, { error: { code: 'method_not_allowed', params: {} } });
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return json(400, { error: { code: 'invalid_request', params: { field: 'body' } } });
    }
    const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (input.size !== undefined && !isTenantSize(input.size)) return json(400, { error: { code: 'invalid_request', params: { field: 'size' } } });
    if (input.fault !== undefined && !isFaultMode(input.fault)) return json(400, { error: { code: 'invalid_request', params: { field: 'fault' } } });
    const patch: { size?: TenantSize; fault?: FaultMode } = {};
    if (isTenantSize(input.size)) patch.size = input.size;
    if (isFaultMode(input.fault)) patch.fault = input.fault;
    return json(200, configure(patch));
  }

  return {
    proxyPath,
    settingsPath,
    settings: () => current,
    configure,
    async handle(request) {
      const path = new URL(request.url).pathname;
      if (path === settingsPath) return settingsRoute(request);
      if (path === proxyPath || path.startsWith(`${proxyPath}/`)) {
        return FORWARD.test(path) ? forwarding.run(true, () => proxy(request)) : proxy(request);
      }
      return json(404, { error: { code: 'not_found', params: {} } });
    },
  };
}
