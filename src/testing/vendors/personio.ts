/**
 * Personio v1 at `https://api.personio.de/v1`: `POST /auth` issues a `papi-`
 * token valid 24 h (echoed in the `Authorization` response header on every
 * success); `GET /company/employees` pages with `limit` (1..100, default 50)
 * and `offset` (item index), projects with `attributes[]`, filters with
 * `email` and `updated_since`, and answers `{success, metadata, offset, limit,
 * data}`. Errors use the v1 envelope `{success: false, error: {code, message}}`.
 * Only the credential's readable attributes come back, silently.
 */
import { pageWindow, pagingNumber } from '../faults.js';
import type { Population } from '../generator.js';
import { hashString, hexId } from '../random.js';
import { intParam, isRecord, json } from '../http.js';
import {
  describeAttribute, PERSONIO_ATTRIBUTES, PERSONIO_ID_BASE, PERSONIO_LIMITED_HIDDEN, personioId, renderEmployee, type AttributeDef,
} from './personio-attributes.js';
import type { VendorContext, VendorMock } from './types.js';

const TOKEN_TTL_S = 86_400;
const MAX_LIMIT = 100;
const DEFAULT_LIMIT = 50;

function fail(status: number, message: string, headers: Record<string, string> = {}): Response {
  return json(status, { success: false, error: { code: status, message } }, headers);
}

export function createPersonioMock(population: Population): VendorMock {
  const credentials = {
    valid: { clientId: 'papi-demo-client-full', clientSecret: 'demo-secret-full' },
    limited: { clientId: 'papi-demo-client-limited', clientSecret: 'demo-secret-limited' },
    missingRequired: { clientId: 'papi-demo-client-no-email', clientSecret: 'demo-secret-no-email' },
  };
  const limitedSet = new Set(PERSONIO_LIMITED_HIDDEN);
  const readableFor: Record<string, readonly AttributeDef[]> = {
    [credentials.valid.clientId]: PERSONIO_ATTRIBUTES,
    [credentials.limited.clientId]: PERSONIO_ATTRIBUTES.filter((a) => !limitedSet.has(a.key)),
    [credentials.missingRequired.clientId]: PERSONIO_ATTRIBUTES.filter((a) => a.key !== 'email'),
  };
  const secrets: Record<string, string> = {
    [credentials.valid.clientId]: credentials.valid.clientSecret,
    [credentials.limited.clientId]: credentials.limited.clientSecret,
    [credentials.missingRequired.clientId]: credentials.missingRequired.clientSecret,
  };
  /** token → client id and when it was issued (ms). */
  const tokens = new Map<string, { clientId: string; issuedAt: number }>();

  async function auth(request: Request, url: URL, now: number): Promise<Response> {
    let id = url.searchParams.get('client_id');
    let secret = url.searchParams.get('client_secret');
    const type = request.headers.get('content-type') ?? '';
    const text = await request.text();
    if (type.includes('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(text);
      id = form.get('client_id') ?? id;
      secret = form.get('client_secret') ?? secret;
    } else if (text.trim() !== '') {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return fail(400, 'The request body is not valid JSON.');
      }
      if (isRecord(body)) {
        if (typeof body['client_id'] === 'string') id = body['client_id'];
        if (typeof body['client_secret'] === 'string') secret = body['client_secret'];
      }
    }
    if (!id || !secret) return fail(400, 'client_id and client_secret are required.');
    if (secrets[id] !== secret) return fail(401, 'The client credentials are invalid.');
    const token = `papi-${hexId(48, population.seed, hashString(id))}`;
    tokens.set(token, { clientId: id, issuedAt: now });
    return json(200, { success: true, data: { token, expires_in: TOKEN_TTL_S, scope: 'employees:read' } }, { authorization: `Bearer ${token}` });
  }

  function authorize(request: Request, now: number): { token: string; readable: readonly AttributeDef[] } | Response {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
    const entry = match ? tokens.get(match[1]!) : undefined;
    if (!match || !entry) return fail(401, 'Unauthorized: the access token is missing or invalid.');
    if (now - entry.issuedAt >= TOKEN_TTL_S * 1000) return fail(401, 'Unauthorized: the access token has expired.');
    return { token: match[1]!, readable: readableFor[entry.clientId] ?? [] };
  }

  function projection(url: URL, readable: readonly AttributeDef[]): readonly AttributeDef[] {
    const wanted = [...url.searchParams.getAll('attributes[]'), ...url.searchParams.getAll('attributes').flatMap((a) => a.split(','))];
    if (wanted.length === 0) return readable;
    const set = new Set([...wanted, 'id']);
    return readable.filter((a) => set.has(a.key));
  }

  function list(url: URL, readable: readonly AttributeDef[], context: VendorContext, headers: Record<string, string>): Response {
    let people = population.people;
    const since = url.searchParams.get('updated_since');
    const email = url.searchParams.get('email');
    let limit = intParam(url, 'limit', DEFAULT_LIMIT);
    let offset = intParam(url, 'offset', 0);
    if (limit === null || offset === null || limit < 1) return fail(400, 'limit and offset must be non-negative integers, limit at least 1.');
    limit = Math.min(limit, MAX_LIMIT);
    if (since) {
      const from = Date.parse(since);
      if (Number.isNaN(from)) return fail(400, 'updated_since must be an ISO 8601 date or date-time.');
      people = people.filter((p) => Date.parse(p.updatedAt) >= from);
      limit = Math.max(1, people.length);
      offset = 0;
    } else if (email) {
      people = people.filter((p) => p.workEmail === email);
    }
    const attributes = projection(url, readable);
    const { positions, total } = pageWindow(people.length, offset, limit, context.shape);
    const data = positions.map((pos) => renderEmployee(people[pos]!, population, attributes));
    return json(200, {
      success: true,
      metadata: {
        total_elements: pagingNumber(total, context.shape),
        current_page: pagingNumber(Math.floor(offset / limit), context.shape),
        total_pages: pagingNumber(Math.ceil(total / limit), context.shape),
      },
      offset: pagingNumber(offset, context.shape),
      limit: pagingNumber(limit, context.shape),
      data,
    }, headers);
  }

  return {
    id: 'personio',
    credentials,
    limitedFields: PERSONIO_LIMITED_HIDDEN,
    handles: (url) => url.hostname === 'api.personio.de',
    idOf: (index) => String(personioId(index)),
    pageOf(url, method) {
      if (method !== 'GET' || !/^\/v1\/company\/employees\/?$/.test(url.pathname)) return null;
      const limit = Math.min(MAX_LIMIT, Math.max(1, intParam(url, 'limit', DEFAULT_LIMIT) ?? DEFAULT_LIMIT));
      return Math.floor((intParam(url, 'offset', 0) ?? 0) / limit);
    },
    rateLimited: () => fail(429, 'Too Many Requests'),
    async handle(request, url, context) {
      const path = url.pathname.replace(/\/+$/, '');
      if (path === '/v1/auth') return request.method === 'POST' ? auth(request, url, context.now) : fail(405, 'Method not allowed.');
      if (!path.startsWith('/v1/company/employees')) return fail(404, 'Not found.');
      const who = authorize(request, context.now);
      if (who instanceof Response) return who;
      const headers = { authorization: `Bearer ${who.token}` };
      if (request.method !== 'GET') return fail(405, 'Method not allowed.');
      if (path === '/v1/company/employees') return list(url, who.readable, context, headers);
      if (path === '/v1/company/employees/attributes' || path === '/v1/company/employees/custom-attributes') {
        return json(200, { success: true, data: who.readable.map(describeAttribute) }, headers);
      }
      const one = /^\/v1\/company\/employees\/(\d+)$/.exec(path);
      const person = one ? population.people[Number(one[1]) - PERSONIO_ID_BASE] : undefined;
      if (!person) return fail(404, 'The employee was not found.');
      return json(200, { success: true, data: renderEmployee(person, population, projection(url, who.readable)) }, headers);
    },
  };
}
