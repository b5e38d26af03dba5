/**
 * `hris-kit/proxy`: the reference proxy a host mounts on its backend. It holds
 * the vendor credentials, injects auth, allow-lists vendor endpoints and
 * forwards the widget's reads. Runs wherever `Request`/`Response` exist; the
 * Node adapter and the encrypted file store live in `hris-kit/proxy/node`.
 *
 * ```ts
 * const handler = createHrisProxy({ basePath: '/api/hris', allowedOrigins: ['https://app.example.com'],
 *   store: createFileStore({ path: 'var/hris.store', key: keyFromEnv() }) });
 * Deno.serve(handler);                      // or: http.createServer(toNodeListener(handler))
 * ```
 *
 * What the answers mean (codes in `PROXY_ERROR_CODES`):
 * - `POST /connections` → 201 even when required fields are unreadable: `missingRequired`
 *   names them and the widget decides. An empty tenant gives `readable: []` and
 *   `missingRequired: []` (unknown, nothing to inspect).
 * - Refused credentials are 422 `wrong_credentials` (not 401, which a widget reads
 *   as "the host session expired"); vendor throttling is 429 `vendor_rate_limited`
 *   with `Retry-After`; outages, timeouts and redirects are 502/504 `vendor_unavailable`.
 * - Forwarded reads return the vendor's own status and body; only refusals by the
 *   proxy itself use the `{ error: { code, params } }` envelope.
 * - The proxy does not know the host's users: pass `authorize` (or mount it behind the
 *   host's session check). Connection ids are random UUIDs, but they are bearer handles.
 */
export { createHrisProxy, type HrisProxyHandler, type HrisProxyOptions, type ProxyLogEntry } from './proxy.js';
export { createMemoryStore, storedConnectionSchema, type ConnectionStore, type StoredConnection } from './stores.js';
export { staticAuthorization } from './auth.js';
export { checkVendorPath, isAllowed, vendorUrl } from './paths.js';
export { retryAfterSeconds } from './vendor.js';
