import { createProxyClient } from '../../core/proxy-http.js';
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
  if (typeof value === 'string') return value.trim() === '' ? undefined : createProxyClient(value.trim());
  if (isProxyClient(value)) return value;
  return undefined;
}
