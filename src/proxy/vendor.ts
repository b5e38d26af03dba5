/**
 * One outbound call to a vendor, and what its refusals mean. Outbound calls
 * never follow redirects (a 3xx could point anywhere: refused), carry no
 * cookies, and time out. A vendor error becomes a proxy error code with the
 * vendor's own status and message — scrubbed of every secret first.
 */
import { failure, type ProxyFailure } from './http.js';

export interface Outbound {
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
}

export interface OutboundRequest {
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** Sends one request; network failure, timeout and redirects become `vendor_unavailable`. */
export async function send(out: Outbound, url: URL, request: OutboundRequest, signal?: AbortSignal): Promise<Response | ProxyFailure> {
  const timeout = AbortSignal.timeout(out.timeoutMs);
  const combined = signal ? AbortSignal.any([timeout, signal]) : timeout;
  let response: Response;
  try {
    response = await out.fetch(url.href, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined ? { body: request.body } : {}),
      redirect: 'manual',
      credentials: 'omit',
      signal: combined,
    });
  } catch {
    return failure(timeout.aborted ? 504 : 502, 'vendor_unavailable', { reason: timeout.aborted ? 'timeout' : 'network' });
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    await response.body?.cancel().catch(() => undefined);
    return failure(502, 'vendor_unavailable', { reason: 'redirect', vendorStatus: response.status });
  }
  return response;
}

/** `Retry-After` in seconds (delta or HTTP date), or `null` when absent or unparsable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

const MESSAGE_LIMIT = 200;

/** Replaces every secret value in `text` and drops control characters. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  // eslint-disable-next-line no-control-regex
  return out.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** The vendor's own error message: Personio `error.message`, Lucca `Message`, Humaans `message`, BambooHR header… */
function vendorMessage(body: string, headers: Headers): string | null {
  const header = headers.get('x-bamboohr-error-message');
  if (header) return header;
  try {
    const json = JSON.parse(body) as unknown;
    const pick = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
    if (typeof json === 'object' && json !== null) {
      const o = json as Record<string, unknown>;
      const err = o['error'];
      if (typeof err === 'object' && err !== null) return pick((err as Record<string, unknown>)['message']);
      const errors = o['errors'];
      if (Array.isArray(errors) && typeof errors[0] === 'object' && errors[0] !== null) {
        const first = errors[0] as Record<string, unknown>;
        return pick(first['detail']) ?? pick(first['title']) ?? pick(first['message']);
      }
      return pick(o['message']) ?? pick(o['Message']) ?? pick(err) ?? pick(o['error_description']);
    }
    return pick(json);
  } catch {
    return body.trim() !== '' && !body.trimStart().startsWith('<') ? body : null;
  }
}

/**
 * What a non-2xx vendor answer means while validating credentials or
 * exchanging a token: 401/403 and other 4xx → `wrong_credentials` (a wrong
 * BambooHR domain or Lucca tenant answers 404); 429, or 503 with
 * `Retry-After` (BambooHR's throttling before Sep 2026) → `vendor_rate_limited`;
 * other 5xx → `vendor_unavailable`. Proxy statuses avoid 401, which a widget
 * reads as "the host session expired".
 */
export async function vendorFailure(response: Response, secrets: readonly string[]): Promise<ProxyFailure> {
  const status = response.status;
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  let body = '';
  try {
    body = (await response.text()).slice(0, 4096);
  } catch {
    body = '';
  }
  const message = vendorMessage(body, response.headers);
  const vendorMessageParam = message === null ? null : scrub(message, secrets).slice(0, MESSAGE_LIMIT);
  if (status === 429 || (status === 503 && retryAfter !== null)) {
    return failure(429, 'vendor_rate_limited', { vendorStatus: status, retryAfter }, retryAfter === null ? undefined : { 'retry-after': String(retryAfter) });
  }
  if (status >= 500) return failure(502, 'vendor_unavailable', { vendorStatus: status, vendorMessage: vendorMessageParam });
  return failure(422, 'wrong_credentials', { vendorStatus: status, vendorMessage: vendorMessageParam });
}
