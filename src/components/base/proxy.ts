import type { ProxyClient } from '../../core/proxy-client.js';

const METHODS = ['connect', 'status', 'disconnect', 'forward'] as const;

/** Whether `value` has every `ProxyClient` method. */
export function isProxyClient(value: unknown): value is ProxyClient {
  return typeof value === 'object' && value !== null && METHODS.every((m) => typeof (value as Record<string, unknown>)[m] === 'function');
}

/** The element's `proxy` property as a client: an object with the methods is used as is. */
export function resolveProxy(value: unknown): ProxyClient | undefined {
  if (isProxyClient(value)) return value;
  return undefined;
}
