/**
 * An authenticated call to a vendor on behalf of one connection: inject the
 * auth header, send, remember an echoed Personio token, and on a 401 refresh
 * the token once and retry. Shared by credential validation and forwarding.
 */
import type { ProviderDefinition } from '../core/providers/types.js';
import type { Auth } from './auth.js';
import { failure, type ProxyFailure } from './http.js';
import { send, type Outbound } from './vendor.js';

export interface CallContext {
  readonly auth: Auth;
  readonly out: Outbound;
}

export interface Connection {
  /** Cache key for tokens: the connection id. */
  readonly key: string;
  readonly provider: ProviderDefinition;
  readonly credentials: Readonly<Record<string, string>>;
  /** `provider.vendor.baseUrl(credentials)`, computed once (see `baseUrlOf`). */
  readonly baseUrl: string;
}

/** The vendor base URL; a provider that refuses the credentials (BambooHR's domain check) is an `invalid_request`. */
export function baseUrlOf(provider: ProviderDefinition, credentials: Readonly<Record<string, string>>): string | ProxyFailure {
  try {
    return provider.vendor.baseUrl(credentials);
  } catch {
    return failure(400, 'invalid_request', { field: 'credentials' });
  }
}

const SECRET_NAME = /secret|token|key|password|pass/i;

/** Every value that must never appear in a response or a log line. */
export function secretsOf(ctx: CallContext, connection: Connection): string[] {
  const secretNames = new Set(connection.provider.credentials.fields.filter((f) => f.kind === 'secret').map((f) => f.name));
  const values = Object.entries(connection.credentials)
    .filter(([name]) => secretNames.has(name) || SECRET_NAME.test(name))
    .map(([, value]) => value);
  return [...values, ...ctx.auth.secretsOf(connection.key)];
}

export async function callVendor(
  ctx: CallContext,
  connection: Connection,
  method: 'GET' | 'POST',
  url: URL,
  body: string | undefined,
  signal?: AbortSignal,
): Promise<Response | ProxyFailure> {
  const { provider, credentials, key, baseUrl } = connection;
  for (let attempt = 0; ; attempt++) {
    const authorization = await ctx.auth.authorization(key, provider.id, baseUrl, credentials, secretsOf(ctx, connection), signal);
    if (typeof authorization !== 'string') return authorization;
    const headers: Record<string, string> = { accept: 'application/json', authorization };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await send(ctx.out, url, { method, headers, ...(body !== undefined ? { body } : {}) }, signal);
    if (!(response instanceof Response)) return response;
    if (response.status === 401 && attempt === 0 && ctx.auth.invalidate(key, provider.id)) {
      await response.body?.cancel().catch(() => undefined);
      continue;
    }
    if (response.ok) ctx.auth.observe(key, provider.id, response);
    return response;
  }
}
