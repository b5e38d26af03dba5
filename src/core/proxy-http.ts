/**
 * `createProxyClient(baseUrl)`: the `ProxyClient` over the reference proxy's
 * HTTP contract (see `proxy-client.ts`). Proxy answers are a trust boundary:
 * each is validated with zod. A proxy that cannot be reached is
 * `proxy_unreachable`; an answer outside the contract is `proxy_error`; an
 * `{ error: { code, params } }` answer is a failed Result with that code.
 * An abort is not a failure: it rejects with the signal's reason.
 */
import { z } from 'zod/mini';
import { connectionInfoSchema, type CallOptions, type ConnectionInfo, type ForwardRequest, type ProxyClient } from './proxy-client.js';
import type { ProviderId } from './model.js';
import { fail, issue, ok, type Issue, type IssueParam, type Result } from './result.js';

export interface ProxyClientOptions {
  /** Defaults to the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Extra headers on every call (the host's own auth), or a function computing them per call. */
  readonly headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
}

/** Thrown by `forward` when the proxy itself cannot be reached (not when the vendor fails). */
export class ProxyUnreachableError extends Error {
  readonly code = 'proxy_unreachable';
  constructor(options?: { cause?: unknown }) {
    super('The proxy could not be reached', options);
    this.name = 'ProxyUnreachableError';
  }
}

const errorBodySchema = z.object({
  error: z.object({
    code: z.string().check(z.minLength(1)),
    params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  }),
});
const connectionBodySchema = z.object({ connection: connectionInfoSchema });

/** Query string with repeated keys for array values (`attributes[]=a&attributes[]=b`). */
export function encodeQuery(query: ForwardRequest['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (typeof value === 'string') params.append(name, value);
    else for (const v of value as readonly string[]) params.append(name, v);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function createProxyClient(baseUrl: string, options: ProxyClientOptions = {}): ProxyClient {
  const base = baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const connectionUrl = (id: string) => `${base}/connections/${encodeURIComponent(id)}`;

  async function headers(extra: Record<string, string>): Promise<Headers> {
    const h = new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);
    h.set('accept', 'application/json');
    for (const [k, v] of Object.entries(extra)) h.set(k, v);
    return h;
  }

  /** Network failure → `proxy_unreachable`; an abort rethrows. */
  async function send(url: string, init: RequestInit, signal?: AbortSignal): Promise<Response | Issue> {
    signal?.throwIfAborted();
    try {
      return await doFetch(url, { ...init, ...(signal ? { signal } : {}) });
    } catch {
      if (signal?.aborted) throw signal.reason;
      return issue('proxy_unreachable');
    }
  }

  async function readJson(response: Response, signal?: AbortSignal): Promise<unknown> {
    try {
      return await response.json();
    } catch {
      if (signal?.aborted) throw signal.reason;
      return undefined;
    }
  }

  /** A non-success answer: the contract's error envelope, or `proxy_error`. */
  async function errorOf(response: Response, signal?: AbortSignal): Promise<Issue> {
    const parsed = errorBodySchema.safeParse(await readJson(response, signal));
    if (parsed.success) return issue(parsed.data.error.code, { ...(parsed.data.error.params as Record<string, IssueParam> | undefined), status: response.status });
    return issue('proxy_error', { status: response.status });
  }

  async function connectionCall(url: string, init: RequestInit, expected: number, options?: CallOptions): Promise<Result<ConnectionInfo>> {
    const response = await send(url, init, options?.signal);
    if (!(response instanceof Response)) return fail(response);
    if (response.status !== expected) return fail(await errorOf(response, options?.signal));
    const parsed = connectionBodySchema.safeParse(await readJson(response, options?.signal));
    return parsed.success ? ok(parsed.data.connection) : fail(issue('proxy_error', { status: response.status }));
  }

  return {
    async connect(provider: ProviderId, credentials, callOptions) {
      const init = { method: 'POST', headers: await headers({ 'content-type': 'application/json' }), body: JSON.stringify({ provider, credentials }) };
      return connectionCall(`${base}/connections`, init, 201, callOptions);
    },
    async status(connectionId, callOptions) {
      return connectionCall(connectionUrl(connectionId), { method: 'GET', headers: await headers({}) }, 200, callOptions);
    },
    async disconnect(connectionId, callOptions) {
      const response = await send(connectionUrl(connectionId), { method: 'DELETE', headers: await headers({}) }, callOptions?.signal);
      if (!(response instanceof Response)) return fail(response);
      if (response.status === 204 || response.status === 200) {
        await response.body?.cancel().catch(() => undefined);
        return ok(null);
      }
      return fail(await errorOf(response, callOptions?.signal));
    },
    async forward(connectionId, request, callOptions) {
      if (!request.path.startsWith('/')) throw new TypeError('ForwardRequest.path must start with "/"');
      const url = `${connectionUrl(connectionId)}/vendor${request.path}${encodeQuery(request.query)}`;
      const init: RequestInit = request.method === 'POST'
        ? { method: 'POST', headers: await headers({ 'content-type': 'application/json' }), body: JSON.stringify(request.body ?? {}) }
        : { method: 'GET', headers: await headers({}) };
      const response = await send(url, init, callOptions?.signal);
      if (!(response instanceof Response)) throw new ProxyUnreachableError();
      return response;
    },
  };
}
