/**
 * `createHrisProxy(options)`: the reference proxy as a Fetch-standard handler
 * `(Request) => Promise<Response>` a host mounts in any server (Node adapter
 * in `hris-kit/proxy/node`, or Deno, Bun, workers, a Vite middleware…).
 * Routes, relative to `basePath`, follow the contract in `core/proxy-client.ts`.
 */
import { z } from 'zod/mini';
import type { ConnectionInfo } from '../core/proxy-client.js';
import type { ProviderDefinition } from '../core/providers/types.js';
import { providers as builtInProviders } from '../core/providers/index.js';
import { createAuth } from './auth.js';
import { baseUrlOf } from './call.js';
import { validate } from './connect.js';
import { createCors, DEFAULT_ALLOWED_HEADERS } from './cors.js';
import { forward } from './forward.js';
import { emptyResponse, errorResponse, failure, jsonResponse, readJsonBody, type ProxyFailure } from './http.js';
import { createMemoryStore, type ConnectionStore, type StoredConnection } from './stores.js';
import type { Outbound } from './vendor.js';

export interface ProxyLogEntry {
  readonly event: 'connected' | 'connect_refused' | 'status' | 'disconnected' | 'forwarded' | 'refused' | 'internal_error';
  readonly status: number;
  readonly provider?: string;
  /** First 8 characters of the connection id. */
  readonly connection?: string;
  readonly method?: string;
  readonly path?: string;
  readonly code?: string;
}

export interface HrisProxyOptions {
  /** Outbound fetch to the vendors: the mock vendors' `fetch` in the demo and tests. Default: global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Where connections and credentials live. Default: in memory. */
  readonly store?: ConnectionStore;
  /** Provider definitions by id. Default: the five built-in providers. */
  readonly providers?: Readonly<Partial<Record<string, ProviderDefinition>>>;
  /** Browser origins allowed to call the proxy (its own origin always is). */
  readonly allowedOrigins?: readonly string[];
  readonly allowedHeaders?: readonly string[];
  /** `Access-Control-Allow-Credentials: true` for allowed origins. Default true. */
  readonly allowCredentials?: boolean;
  /** Path prefix the handler is mounted under, e.g. `/api/hris`. Default ''. */
  readonly basePath?: string;
  /** Largest request body accepted. Default 64 KiB. */
  readonly maxBodyBytes?: number;
  /** Longest request URL accepted. Default 8 KiB. */
  readonly maxUrlLength?: number;
  /** Timeout of one vendor call. Default 30 s. */
  readonly timeoutMs?: number;
  /** Items fetched to validate new credentials. Default 25. */
  readonly validationPageSize?: number;
  readonly now?: () => Date;
  /** Structured log lines; they never carry a secret. */
  readonly log?: (entry: ProxyLogEntry) => void;
  /**
   * The host's own gate (its session check), run before any route except CORS
   * preflights: return a Response to refuse the request with it, or nothing to let it through.
   */
  readonly authorize?: (request: Request) => Response | undefined | Promise<Response | undefined>;
}

export type HrisProxyHandler = (request: Request) => Promise<Response>;

const connectBodySchema = z.object({
  provider: z.string().check(z.minLength(1)),
  credentials: z.record(z.string(), z.string()),
});

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const info = (c: StoredConnection): ConnectionInfo =>
  ({ id: c.id, provider: c.provider, createdAt: c.createdAt, readable: [...c.readable], missingRequired: [...c.missingRequired] });

export function createHrisProxy(options: HrisProxyOptions = {}): HrisProxyHandler {
  const registry: Readonly<Partial<Record<string, ProviderDefinition>>> = options.providers ?? builtInProviders;
  const store = options.store ?? createMemoryStore();
  const now = options.now ?? (() => new Date());
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const maxBodyBytes = options.maxBodyBytes ?? 65_536;
  const maxUrlLength = options.maxUrlLength ?? 8_192;
  const out: Outbound = { fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)), timeoutMs: options.timeoutMs ?? 30_000 };
  const auth = createAuth({ ...out, now: () => now().getTime() });
  const ctx = { auth, out, pageSize: options.validationPageSize ?? 25, now };
  const cors = createCors({
    allowedOrigins: options.allowedOrigins ?? [],
    allowedHeaders: (options.allowedHeaders ?? DEFAULT_ALLOWED_HEADERS).map((h) => h.toLowerCase()),
    allowCredentials: options.allowCredentials ?? true,
  });
  const log = (entry: ProxyLogEntry) => {
    try {
      options.log?.(entry);
    } catch {
      // a failing logger must not fail the request
    }
  };

  async function connect(request: Request): Promise<Response | ProxyFailure> {
    const read = await readJsonBody(request, maxBodyBytes);
    if ('failure' in read) return read.failure;
    const body = connectBodySchema.safeParse(read.json);
    if (!body.success) return failure(400, 'invalid_request', { field: String(body.error.issues[0]?.path[0] ?? 'body') });
    const provider = Object.hasOwn(registry, body.data.provider) ? registry[body.data.provider] : undefined;
    if (!provider) return failure(400, 'unknown_provider', { provider: body.data.provider.slice(0, 40) });
    const credentials = provider.credentials.schema.safeParse(body.data.credentials);
    if (!credentials.success) return failure(400, 'invalid_request', { field: String(credentials.error.issues[0]?.path[0] ?? 'credentials') });
    const baseUrl = baseUrlOf(provider, credentials.data);
    if (typeof baseUrl !== 'string') return baseUrl;
    const id = crypto.randomUUID();
    const connection = { key: id, provider, credentials: credentials.data, baseUrl };
    const result = await validate(ctx, connection, request.signal);
    if ('code' in result) {
      auth.forget(id);
      log({ event: 'connect_refused', status: result.status, provider: provider.id, code: result.code });
      return result;
    }
    const stored: StoredConnection = { id, provider: provider.id, createdAt: now().toISOString(), credentials: credentials.data, ...result };
    await store.put(stored);
    log({ event: 'connected', status: 201, provider: provider.id, connection: id.slice(0, 8) });
    return jsonResponse(201, { connection: info(stored) });
  }

  async function route(request: Request, url: URL): Promise<Response | ProxyFailure> {
    if (!url.pathname.startsWith(`${basePath}/`)) return failure(404, 'not_found');
    const rest = url.pathname.slice(basePath.length);
    const method = request.method.toUpperCase();
    if (rest === '/connections') return method === 'POST' ? connect(request) : failure(405, 'invalid_request', { reason: 'method' });
    const match = /^\/connections\/([^/]+)(\/vendor(\/.*)?)?$/.exec(rest);
    if (!match) return failure(404, 'not_found');
    const id = match[1] ?? '';
    const stored = ID.test(id) ? await store.get(id) : undefined;
    if (!stored) return failure(404, 'not_found');
    const short = id.slice(0, 8);
    if (match[2] === undefined) {
      if (method === 'GET') {
        log({ event: 'status', status: 200, provider: stored.provider, connection: short });
        return jsonResponse(200, { connection: info(stored) });
      }
      if (method === 'DELETE') {
        await store.delete(id);
        auth.forget(id);
        log({ event: 'disconnected', status: 204, provider: stored.provider, connection: short });
        return emptyResponse(204);
      }
      return failure(405, 'invalid_request', { reason: 'method' });
    }
    const provider = registry[stored.provider];
    if (!provider) return failure(400, 'unknown_provider', { provider: stored.provider });
    const baseUrl = baseUrlOf(provider, stored.credentials);
    if (typeof baseUrl !== 'string') return baseUrl;
    const connection = { key: id, provider, credentials: stored.credentials, baseUrl };
    const result = await forward(ctx, connection, { method, rawPath: match[3] ?? '', query: url.searchParams, request, maxBodyBytes }, request.signal);
    if (result instanceof Response) log({ event: 'forwarded', status: result.status, provider: provider.id, connection: short, method });
    return result;
  }

  return async function handle(request: Request): Promise<Response> {
    const origin = cors.check(request);
    if (!origin.allowed) return errorResponse(failure(403, 'origin_not_allowed'));
    if (request.method.toUpperCase() === 'OPTIONS') return cors.preflight(request);
    let response: Response;
    try {
      if (request.url.length > maxUrlLength) {
        response = errorResponse(failure(414, 'payload_too_large', { limit: maxUrlLength }));
      } else {
        const refusal = await options.authorize?.(request);
        const result = refusal ?? await route(request, new URL(request.url));
        if (!(result instanceof Response)) log({ event: 'refused', status: result.status, code: result.code, method: request.method });
        response = result instanceof Response ? result : errorResponse(result);
      }
    } catch (error) {
      log({ event: 'internal_error', status: 500, code: error instanceof Error ? error.name : 'unknown' });
      response = errorResponse(failure(500, 'proxy_error', { reason: 'internal' }));
    }
    return cors.decorate(response, origin.origin);
  };
}
