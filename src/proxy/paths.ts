/**
 * The SSRF guard. A forwarded read names a vendor path; it reaches the vendor
 * only when (1) the path is plain (no traversal, encoded separators or dots,
 * backslashes, `@`, doubled slashes, control characters), (2) a rule of the
 * provider's allow-list matches the method and the whole path, and (3) the
 * URL built from the vendor base still has the vendor's origin and exactly
 * the base path plus that path. Anything else is `endpoint_not_allowed`.
 */
import type { EndpointRule } from '../core/providers/types.js';
import { failure, type ProxyFailure } from './http.js';

/** Percent-encoded `.`, `/`, `\`, `@`, `%`, `?`, `#`, `:` and controls: nothing in a vendor path needs them. */
const ENCODED_SPECIAL = /%(2e|2f|5c|40|25|3f|23|3a|[01][0-9a-f]|7f)/i;
/** Path characters allowed after decoding: letters, digits and a few safe punctuation marks. */
const PLAIN_SEGMENT = /^[A-Za-z0-9_\-.~+,;=$!'()*[\]]+$/;

const refuse = (reason: string): ProxyFailure => failure(403, 'endpoint_not_allowed', { reason });

/**
 * Checks a vendor path as the widget sent it (still percent-encoded) and
 * returns its decoded form, or a refusal.
 */
export function checkVendorPath(raw: string): string | ProxyFailure {
  if (!raw.startsWith('/') || raw.length < 2) return refuse('path');
  if (ENCODED_SPECIAL.test(raw)) return refuse('encoded');
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return refuse('encoded');
  }
  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' ) return refuse('path');
    if (segment === '.' || segment === '..') return refuse('traversal');
    if (!PLAIN_SEGMENT.test(segment)) return refuse('characters');
  }
  return decoded;
}

/** Whether a rule allows `method` on `path` (relative to the vendor base URL). */
export function isAllowed(rules: readonly EndpointRule[], method: string, path: string): boolean {
  return rules.some((rule) => {
    if (rule.method !== method) return false;
    if (typeof rule.path === 'string') return rule.path === path;
    const match = rule.path.exec(path);
    return match !== null && match.index === 0 && match[0] === path;
  });
}

/**
 * Builds the outbound URL and proves it stayed on the vendor: same origin as
 * the base, and a pathname that is exactly the base path plus `path`.
 */
export function vendorUrl(baseUrl: string, path: string, query: URLSearchParams): URL | ProxyFailure {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return refuse('base');
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') return refuse('base');
  if (base.username !== '' || base.password !== '' || base.search !== '' || base.hash !== '') return refuse('base');
  const basePath = base.pathname.replace(/\/+$/, '');
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  let url: URL;
  try {
    url = new URL(`${base.origin}${basePath}${encodedPath}`);
  } catch {
    return refuse('path');
  }
  if (url.origin !== base.origin || url.pathname !== `${basePath}${encodedPath}`) return refuse('path');
  const search = query.toString();
  url.search = search === '' ? '' : `?${search}`;
  return url;
}
