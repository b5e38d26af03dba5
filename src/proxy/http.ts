/**
 * Small Fetch-standard helpers shared by the proxy routes: the error envelope
 * of the proxy contract, JSON answers, and reading a request body under a size
 * limit without trusting `Content-Length`.
 */
import type { ProxyErrorCode } from '../core/proxy-client.js';
import type { IssueParam } from '../core/result.js';

export type ErrorParams = Readonly<Record<string, IssueParam>>;

/** An expected refusal the routes return instead of throwing. */
export interface ProxyFailure {
  readonly status: number;
  readonly code: ProxyErrorCode;
  readonly params?: ErrorParams;
  /** Extra response headers (e.g. `Retry-After` on a rate limit). */
  readonly headers?: Readonly<Record<string, string>>;
}

export const failure = (status: number, code: ProxyErrorCode, params?: ErrorParams, headers?: Record<string, string>): ProxyFailure =>
  ({ status, code, ...(params ? { params } : {}), ...(headers ? { headers } : {}) });

const NO_STORE = { 'cache-control': 'no-store' } as const;

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers },
  });
}

export function errorResponse(f: ProxyFailure): Response {
  return jsonResponse(f.status, { error: { code: f.code, ...(f.params ? { params: f.params } : {}) } }, { ...f.headers });
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...NO_STORE, ...headers } });
}

/**
 * Reads the whole body as text, refusing more than `limit` bytes. A declared
 * `Content-Length` over the limit is refused before reading; a body that lies
 * about its length is cut off while streaming.
 */
export async function readBodyText(request: Request, limit: number): Promise<string | ProxyFailure> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return failure(413, 'payload_too_large', { limit });
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return failure(413, 'payload_too_large', { limit });
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(all);
}

/** Reads and parses a JSON body; anything that is not JSON is an `invalid_request`. */
export async function readJsonBody(request: Request, limit: number): Promise<{ readonly json: unknown } | { readonly failure: ProxyFailure }> {
  const text = await readBodyText(request, limit);
  if (typeof text !== 'string') return { failure: text };
  try {
    return { json: JSON.parse(text) as unknown };
  } catch {
    return { failure: failure(400, 'invalid_request', { field: 'body' }) };
  }
}
