/**
 * Forwarding one widget read to the vendor. Only allow-listed method + path
 * pairs go out, with the connection's auth injected and none of the widget's
 * own headers. The vendor's answer comes back as it is — status, body,
 * content type, `Retry-After` and a few harmless diagnostics — but never its
 * `Authorization` echo, cookies or any other header; an error body is
 * scrubbed of secrets, and a redirect is refused.
 */
import { callVendor, secretsOf, type CallContext, type Connection } from './call.js';
import { failure, readBodyText, type ProxyFailure } from './http.js';
import { checkVendorPath, isAllowed, vendorUrl } from './paths.js';
import { scrub } from './vendor.js';

/** Response headers passed back to the widget; everything else is dropped. */
const PASSED_HEADERS = ['content-type', 'retry-after', 'x-request-id', 'x-bamboohr-error-message', 'x-has-restricted-columns', 'last-modified', 'etag'];
const PASSED_PREFIX = 'x-ratelimit-';
const ERROR_BODY_LIMIT = 65_536;

export interface ForwardInput {
  readonly method: string;
  /** Vendor path as it appeared in the proxy URL (still percent-encoded). */
  readonly rawPath: string;
  readonly query: URLSearchParams;
  readonly request: Request;
  readonly maxBodyBytes: number;
}

export async function forward(ctx: CallContext, connection: Connection, input: ForwardInput, signal?: AbortSignal): Promise<Response | ProxyFailure> {
  const { provider } = connection;
  if (input.method !== 'GET' && input.method !== 'POST') return failure(405, 'endpoint_not_allowed', { reason: 'method', method: input.method });
  const path = checkVendorPath(input.rawPath);
  if (typeof path !== 'string') return path;
  if (!isAllowed(provider.vendor.allow, input.method, path)) {
    return failure(403, 'endpoint_not_allowed', { reason: 'not_listed', method: input.method, path });
  }
  let body: string | undefined;
  if (input.method === 'POST') {
    const text = await readBodyText(input.request, input.maxBodyBytes);
    if (typeof text !== 'string') return text;
    try {
      body = JSON.stringify(JSON.parse(text === '' ? '{}' : text));
    } catch {
      return failure(400, 'invalid_request', { field: 'body' });
    }
  }
  const url = vendorUrl(connection.baseUrl, path, input.query);
  if (!(url instanceof URL)) return url;
  const response = await callVendor(ctx, connection, input.method, url, body, signal);
  if (!(response instanceof Response)) return response;

  const headers = new Headers();
  for (const [name, value] of response.headers) {
    if (PASSED_HEADERS.includes(name) || name.startsWith(PASSED_PREFIX)) headers.set(name, scrub(value, secretsOf(ctx, connection)));
  }
  headers.set('cache-control', 'no-store');
  if (response.ok) return new Response(response.body, { status: response.status, headers });
  const text = (await response.text().catch(() => '')).slice(0, ERROR_BODY_LIMIT);
  const secrets = secretsOf(ctx, connection);
  const clean = secrets.some((s) => s.length >= 4 && text.includes(s)) ? scrub(text, secrets) : text;
  return new Response(clean === '' ? null : clean, { status: response.status, headers });
}
