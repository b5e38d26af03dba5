/** Small response and request helpers shared by the vendor modules. */

const utf8 = new TextEncoder();

/** A JSON answer. Encoded to bytes here: a string body would be scanned for lone surrogates again before encoding. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(utf8.encode(JSON.stringify(body)), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** A response with no body (BambooHR puts its error text in a header). */
export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

/** `user:password` from a Basic `Authorization` header, or null. */
export function basicAuth(request: Request): { user: string; password: string } | null {
  const header = request.headers.get('authorization');
  const match = header ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header) : null;
  if (!match) return null;
  let decoded: string;
  try {
    decoded = new TextDecoder().decode(Uint8Array.from(atob(match[1]!), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The token of a `Bearer` `Authorization` header, or null. */
export function bearer(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match ? match[1]! : null;
}

/** The request body as JSON, or `undefined` when it is absent or not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A non-negative integer query parameter, `fallback` when absent, null when malformed. */
export function intParam(url: URL, name: string, fallback: number): number | null {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  return /^\d+$/.test(raw) ? Number(raw) : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
