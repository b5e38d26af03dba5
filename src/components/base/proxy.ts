import type { ProxyClient } from '../../core/proxy-client.js';

const METHODS = ['connect', 'status', 'disconnect', 'forward'] as const;

/** Whether `value` has every `ProxyClient` method. */
export function isProxyClient(value: unknown): value is ProxyClient {
  return typeof value === 'object' && value !== null && METHODS.every((m) => typeof (value as Record<string, unknown>)[m] === 'function');
}

/**
 * The element's `proxy` property as a client: a non-empty string is the proxy's
 * base URL; an object with the `ProxyClient` methods is used as is; anything
 * else means "no proxy configured".
 */
export function resolveProxy(value: unknown): ProxyClient | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : httpClient(value.trim());
  if (isProxyClient(value)) return value;
  return undefined;
}

/**
 * `createProxyClient(baseUrl)`, imported with the first call: a page that never
 * connects or reads (a new user looking at the picker) does not load the HTTP
 * client and its answer schemas.
 */
function httpClient(baseUrl: string): ProxyClient {
  let client: Promise<ProxyClient> | undefined;
  const get = () => (client ??= import('../../core/proxy-http.js').then((m) => m.createProxyClient(baseUrl)));
  return {
    connect: async (...args) => (await get()).connect(...args),
    status: async (...args) => (await get()).status(...args),
    disconnect: async (...args) => (await get()).disconnect(...args),
    forward: async (...args) => (await get()).forward(...args),
  };
}
