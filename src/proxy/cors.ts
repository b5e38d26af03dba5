/**
 * CORS for the proxy. Only origins the host lists (plus the proxy's own
 * origin) get CORS headers; a request that carries any other `Origin` is
 * refused before it can create, delete or read anything, since a browser
 * would still send a "simple" cross-site POST. Requests without `Origin`
 * (server to server, a nightly job) pass. Never `*`: the host's session
 * cookies may ride along, and `*` with credentials is what CORS forbids.
 */
import { emptyResponse, errorResponse, failure } from './http.js';

export interface CorsOptions {
  /** Exact origins (`https://app.example.com`) allowed to call the proxy from a browser. */
  readonly allowedOrigins: readonly string[];
  /** Request headers a browser may send (lower case). */
  readonly allowedHeaders: readonly string[];
  /** Send `Access-Control-Allow-Credentials: true` (host session cookies). */
  readonly allowCredentials: boolean;
}

export const DEFAULT_ALLOWED_HEADERS = ['content-type', 'authorization', 'x-requested-with', 'idempotency-key'] as const;
const ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';
/** Vendor headers a browser may read from a forwarded answer. */
const EXPOSED_HEADERS = 'retry-after, x-request-id, x-bamboohr-error-message, x-has-restricted-columns';

export type OriginCheck = { readonly allowed: false } | { readonly allowed: true; readonly origin: string | null };

/** Normalizes an origin (`https://A.example.com:443/` → `https://a.example.com`); `null` when it is not one. */
export function normalizeOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function createCors(options: CorsOptions) {
  const allowed = new Set(options.allowedOrigins.map((o) => {
    const n = normalizeOrigin(o);
    if (n === null) throw new TypeError(`allowedOrigins: "${o}" is not an http(s) origin`);
    return n;
  }));

  /** `origin: null` means "no Origin header": not a browser cross-origin call, no CORS headers. */
  function check(request: Request): OriginCheck {
    const header = request.headers.get('origin');
    if (header === null) return { allowed: true, origin: null };
    const origin = normalizeOrigin(header);
    if (origin === null) return { allowed: false };
    if (allowed.has(origin) || origin === new URL(request.url).origin) return { allowed: true, origin };
    return { allowed: false };
  }

  function headersFor(origin: string | null): Record<string, string> {
    if (origin === null) return {};
    return {
      'access-control-allow-origin': origin,
      vary: 'Origin',
      'access-control-expose-headers': EXPOSED_HEADERS,
      ...(options.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
    };
  }

  /** Answers an `OPTIONS` preflight. */
  function preflight(request: Request): Response {
    const result = check(request);
    if (!result.allowed || result.origin === null) return errorResponse(failure(403, 'origin_not_allowed'));
    const requested = (request.headers.get('access-control-request-headers') ?? '')
      .split(',').map((h) => h.trim().toLowerCase()).filter((h) => h !== '');
    const refused = requested.filter((h) => !options.allowedHeaders.includes(h));
    if (refused.length > 0) return errorResponse(failure(403, 'origin_not_allowed', { headers: refused.join(',') }));
    return emptyResponse(204, {
      ...headersFor(result.origin),
      'access-control-allow-methods': ALLOWED_METHODS,
      'access-control-allow-headers': options.allowedHeaders.join(', '),
      'access-control-max-age': '600',
    });
  }

  /** Copies `response` with the CORS headers for `origin` added. */
  function decorate(response: Response, origin: string | null): Response {
    const extra = headersFor(origin);
    if (Object.keys(extra).length === 0) return response;
    const headers = new Headers(response.headers);
    for (const [k, v] of Object.entries(extra)) headers.set(k, v);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }

  return { check, preflight, decorate };
}
export type Cors = ReturnType<typeof createCors>;
