/**
 * `hris-kit/proxy`: the reference proxy a host mounts on its backend. It holds
 * the vendor credentials, injects auth, allow-lists vendor endpoints and
 * forwards the widget's reads. Runs wherever `Request`/`Response` exist; the
 * Node adapter and the encrypted file store live in `hris-kit/proxy/node`.
 */
export { createHrisProxy, type HrisProxyHandler, type HrisProxyOptions, type ProxyLogEntry } from './proxy.js';
export { createMemoryStore, storedConnectionSchema, type ConnectionStore, type StoredConnection } from './stores.js';
export { staticAuthorization } from './auth.js';
export { checkVendorPath, isAllowed, vendorUrl } from './paths.js';
export { retryAfterSeconds } from './vendor.js';
