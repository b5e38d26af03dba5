/**
 * Per-vendor auth injection. Four vendors take a static header built from
 * the credentials; Personio exchanges client id + secret for a bearer token
 * (`POST /v1/auth` → `data.token`, 24 h), which is cached per connection for
 * its lifetime, replaced when a response echoes a fresh one in its
 * `Authorization` header, and dropped on a 401 so the next call exchanges
 * again. Tokens live only in this process's memory, never in the store.
 */
import type { ProviderId } from '../core/model.js';
import { failure, type ProxyFailure } from './http.js';
import { send, vendorFailure, type Outbound } from './vendor.js';

type Credentials = Readonly<Record<string, string>>;

/** First non-empty value among the candidate credential names. */
function field(credentials: Credentials, ...names: string[]): string {
  for (const name of names) {
    const value = credentials[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}

const basic = (user: string, password: string): string => {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
};

/** Header value for the vendors whose auth is a fixed function of the credentials. */
export function staticAuthorization(provider: Exclude<ProviderId, 'personio'>, credentials: Credentials): string {
  switch (provider) {
    case 'bamboohr':
      return basic(field(credentials, 'apiKey', 'api_key'), 'x');
    case 'hibob':
      return basic(field(credentials, 'serviceUserId', 'service_user_id'), field(credentials, 'token', 'serviceUserToken'));
    case 'humaans':
      return `Bearer ${field(credentials, 'token', 'accessToken', 'apiToken')}`;
    case 'lucca':
      return `lucca application=${field(credentials, 'apiKey', 'api_key')}`;
  }
}

interface CachedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/** Refresh a little before the vendor's own expiry. */
const EXPIRY_MARGIN_MS = 60_000;
const DEFAULT_TOKEN_SECONDS = 86_400;

export interface AuthOptions extends Outbound {
  readonly now: () => number;
}

export function createAuth(options: AuthOptions) {
  const tokens = new Map<string, CachedToken>();
  /** One exchange in flight per connection: parallel calls share it. */
  const pending = new Map<string, Promise<string | ProxyFailure>>();

  async function exchange(key: string, baseUrl: string, credentials: Credentials, secrets: readonly string[], signal?: AbortSignal): Promise<string | ProxyFailure> {
    // The v1 auth endpoint sits at the root of the API host, whatever base path the provider uses.
    const url = new URL('/v1/auth', baseUrl);
    const response = await send(options, url, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: field(credentials, 'clientId', 'client_id'), client_secret: field(credentials, 'clientSecret', 'client_secret') }),
    }, signal);
    if (!(response instanceof Response)) return response;
    if (!response.ok) return vendorFailure(response, secrets);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure(502, 'vendor_unavailable', { reason: 'invalid_body' });
    }
    const data = typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined;
    const token = typeof data === 'object' && data !== null ? (data as { token?: unknown }).token : undefined;
    const expiresIn = typeof data === 'object' && data !== null ? (data as { expires_in?: unknown }).expires_in : undefined;
    if (typeof token !== 'string' || token === '') return failure(502, 'vendor_unavailable', { reason: 'invalid_body' });
    const seconds = typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : DEFAULT_TOKEN_SECONDS;
    tokens.set(key, { token, expiresAt: options.now() + seconds * 1000 - EXPIRY_MARGIN_MS });
    return token;
  }

  async function personioToken(key: string, baseUrl: string, credentials: Credentials, secrets: readonly string[], signal?: AbortSignal): Promise<string | ProxyFailure> {
    const cached = tokens.get(key);
    if (cached && cached.expiresAt > options.now()) return cached.token;
    const running = pending.get(key);
    if (running) return running;
    const promise = exchange(key, baseUrl, credentials, secrets, signal).finally(() => pending.delete(key));
    pending.set(key, promise);
    return promise;
  }

  return {
    /** The `Authorization` header for one call on connection `key`. */
    async authorization(key: string, provider: ProviderId, baseUrl: string, credentials: Credentials, secrets: readonly string[], signal?: AbortSignal): Promise<string | ProxyFailure> {
      if (provider !== 'personio') return staticAuthorization(provider, credentials);
      const token = await personioToken(key, baseUrl, credentials, secrets, signal);
      return typeof token === 'string' ? `Bearer ${token}` : token;
    },
    /** Personio echoes a (possibly fresh) token in the response `Authorization` header: keep it. */
    observe(key: string, provider: ProviderId, response: Response): void {
      if (provider !== 'personio') return;
      const echoed = /^Bearer\s+(\S+)$/i.exec(response.headers.get('authorization') ?? '')?.[1];
      const cached = tokens.get(key);
      if (echoed && cached && echoed !== cached.token) tokens.set(key, { token: echoed, expiresAt: cached.expiresAt });
    },
    /** A 401 came back: forget the token. True when a fresh exchange may fix it (Personio). */
    invalidate(key: string, provider: ProviderId): boolean {
      if (provider !== 'personio') return false;
      tokens.delete(key);
      return true;
    },
    /** Tokens currently held for `key`, so error messages can be scrubbed of them. */
    secretsOf(key: string): string[] {
      const cached = tokens.get(key);
      return cached ? [cached.token] : [];
    },
    forget(key: string): void {
      tokens.delete(key);
    },
  };
}
export type Auth = ReturnType<typeof createAuth>;
