/** A proxy over the mock vendors, with every outbound call and log line recorded. */
import type { ProviderId } from '../../src/core/model.js';
import { createHrisProxy, type HrisProxyOptions, type ProxyLogEntry } from '../../src/proxy/index.js';
import { createMockVendors, type MockVendors } from '../../src/testing/mock-vendors.js';
import { createManualClock, type ManualClock } from '../../src/testing/clock.js';

export const BASE = 'https://host.example/api/hris';
export const APP_ORIGIN = 'https://app.example';

export interface Outbound {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | null;
  readonly headers: Headers;
  readonly redirect: RequestRedirect | undefined;
}

export interface Harness {
  readonly handler: (request: Request) => Promise<Response>;
  readonly vendors: MockVendors;
  readonly clock: ManualClock;
  readonly outbound: Outbound[];
  readonly logs: ProxyLogEntry[];
  /** Every response the proxy gave, with its body text, for the secret scan. */
  readonly responses: { status: number; headers: [string, string][]; body: string }[];
  call(method: string, path: string, init?: { body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  connect(provider: ProviderId, credentials: Readonly<Record<string, string>>): Promise<Response>;
  /** Connects with the valid mock credentials and returns the connection id. */
  connected(provider: ProviderId): Promise<string>;
}

export interface HarnessOptions extends Omit<HrisProxyOptions, 'fetch' | 'now' | 'log'> {
  /** Wraps the mock vendors' fetch (to bend answers in one test). */
  readonly wrap?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch;
  readonly size?: number;
}

export function harness(options: HarnessOptions = {}): Harness {
  const clock = createManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
  const vendors = createMockVendors({ seed: 42, size: options.size ?? 12, clock });
  const outbound: Outbound[] = [];
  const logs: ProxyLogEntry[] = [];
  const responses: Harness['responses'] = [];
  const { wrap, size: _size, ...rest } = options;
  const vendorFetch = vendors.fetch as typeof globalThis.fetch;
  const inner = wrap ? wrap(vendorFetch) : vendorFetch;
  /** Records what the proxy sent, before any wrapper bends the answer. */
  const recording = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    outbound.push({ method: init?.method ?? 'GET', url: String(input), authorization: headers.get('authorization'), headers, redirect: init?.redirect });
    return inner(input, init);
  }) as typeof globalThis.fetch;
  const handler = createHrisProxy({
    basePath: '/api/hris',
    ...rest,
    fetch: recording,
    now: () => new Date(clock.now()),
    log: (entry) => logs.push(entry),
  });

  async function call(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
    const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    const response = await handler(new Request(`${BASE}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      ...(body !== undefined ? { body } : {}),
    }));
    const text = await response.clone().text();
    responses.push({ status: response.status, headers: [...response.headers], body: text });
    return response;
  }

  const connect = (provider: ProviderId, credentials: Readonly<Record<string, string>>) =>
    call('POST', '/connections', { body: { provider, credentials } });

  async function connected(provider: ProviderId): Promise<string> {
    const response = await connect(provider, vendors.credentials[provider].valid);
    if (response.status !== 201) throw new Error(`connect ${provider}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { connection: { id: string } }).connection.id;
  }

  return { handler, vendors, clock, outbound, logs, responses, call, connect, connected };
}

/** Every credential value of every mock vendor (valid and limited) that is a secret. */
export function secretValues(vendors: MockVendors): string[] {
  const out: string[] = [];
  for (const creds of Object.values(vendors.credentials)) {
    for (const set of [creds.valid, creds.limited]) {
      for (const [name, value] of Object.entries(set)) if (/secret|token|key/i.test(name)) out.push(value);
    }
  }
  return out;
}
