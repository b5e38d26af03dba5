/**
 * HiBob at `https://api.hibob.com/v1` (`app.hibob.com` too), Basic auth
 * `serviceUserId:token`. `POST /people/search` returns everyone matching at
 * once in `{employees}` — active only unless `showInactive: true`, machine
 * values unless `humanReadable` is `REPLACE` (names instead) or `APPEND`
 * (names added under `humanReadable`). With `fields`, only those paths come
 * back, nested and also under slash keys (`"/root/email": {"value": …}`).
 * Categories the service user has no permission for are silently missing.
 */
import { pageWindow } from '../faults.js';
import type { MockPerson, Population } from '../generator.js';
import { basicAuth, isRecord, json } from '../http.js';
import { hexId } from '../random.js';
import type { RateDecision } from '../rate-limit.js';
import { HIBOB_FIELDS, HIBOB_ID_PREFIX, HIBOB_LIMITED_HIDDEN, hibobId, hibobProfile, NAMED_LISTS, type Mode } from './hibob-profile.js';
import type { VendorContext, VendorMock } from './types.js';

function fail(status: number, message: string, headers: Record<string, string> = {}): Response {
  return json(status, { error: message }, headers);
}

function get(source: Record<string, unknown>, path: readonly string[]): unknown {
  let at: unknown = source;
  for (const key of path) at = isRecord(at) ? at[key] : undefined;
  return at;
}

function put(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = target;
  for (const key of path.slice(0, -1)) {
    const next = at[key];
    at = isRecord(next) ? next : (at[key] = {}) as Record<string, unknown>;
  }
  at[path[path.length - 1]!] = value;
}

/** Keeps only the requested field paths (`root.email` lives at the top as `email`). */
function project(profile: Record<string, unknown>, fields: readonly string[], slashKeys = true): Record<string, unknown> {
  const out: Record<string, unknown> = { id: profile['id'] };
  for (const field of fields) {
    const parts = field.split('.');
    const path = parts[0] === 'root' ? parts.slice(1) : parts;
    const value = get(profile, path);
    if (value === undefined) continue;
    put(out, path, value);
    if (slashKeys) out[`/${parts.join('/')}`] = { value };
  }
  return out;
}

export function createHiBobMock(population: Population): VendorMock {
  const credentials = {
    valid: { serviceUserId: 'SERVICE-DEMO-FULL', token: hexId(40, population.seed, 11) },
    limited: { serviceUserId: 'SERVICE-DEMO-LIMITED', token: hexId(40, population.seed, 12) },
  };
  const hiddenFor = new Map<string, { token: string; hidden: ReadonlySet<string> }>([
    [credentials.valid.serviceUserId, { token: credentials.valid.token, hidden: new Set() }],
    [credentials.limited.serviceUserId, { token: credentials.limited.token, hidden: new Set(HIBOB_LIMITED_HIDDEN) }],
  ]);

  async function search(request: Request, hidden: ReadonlySet<string>, context: VendorContext): Promise<Response> {
    let body: unknown = {};
    const text = await request.text();
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return fail(400, 'Request body is not valid JSON');
      }
    }
    if (!isRecord(body)) return fail(400, 'Request body must be an object');
    const showInactive = body['showInactive'] === true;
    const readable = body['humanReadable'];
    if (readable !== undefined && readable !== null && readable !== '' && readable !== 'APPEND' && readable !== 'REPLACE') {
      return fail(400, 'humanReadable must be APPEND or REPLACE');
    }
    const fields = Array.isArray(body['fields']) ? body['fields'].filter((f): f is string => typeof f === 'string') : [];
    let people: readonly MockPerson[] = showInactive ? population.people : population.people.filter((p) => p.status !== 'inactive');
    for (const filter of Array.isArray(body['filters']) ? body['filters'] : []) {
      if (!isRecord(filter) || filter['operator'] !== 'equals' || !Array.isArray(filter['values'])) return fail(400, 'Unsupported filter');
      const values = new Set(filter['values'].map(String));
      if (filter['fieldPath'] === 'root.id') people = people.filter((p) => values.has(hibobId(p.index)));
      else if (filter['fieldPath'] === 'root.email') people = people.filter((p) => values.has(p.workEmail));
      else return fail(400, 'Unsupported filter field');
    }
    const mode: Mode = readable === 'REPLACE' ? 'human' : 'machine';
    const { positions } = pageWindow(people.length, 0, people.length, context.shape);
    const employees = positions.map((pos) => {
      const person = people[pos]!;
      let profile = hibobProfile(person, population, mode, hidden);
      if (fields.length > 0) profile = project(profile, fields);
      if (readable === 'APPEND') {
        const human = hibobProfile(person, population, 'human', hidden);
        profile['humanReadable'] = fields.length > 0 ? project(human, fields, false) : human;
      }
      return profile;
    });
    return json(200, { employees });
  }

  return {
    id: 'hibob',
    credentials,
    limitedFields: HIBOB_LIMITED_HIDDEN,
    handles: (url) => url.hostname === 'api.hibob.com' || url.hostname === 'app.hibob.com',
    idOf: hibobId,
    pageOf: (url, method) => (method === 'POST' && /^\/v1\/people\/search\/?$/.test(url.pathname) ? 0 : null),
    rateLimited: (decision: RateDecision) => fail(429, 'Too many requests', {
      'x-ratelimit-limit': String(decision.limit),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(decision.resetAt / 1000)),
    }),
    async handle(request, url, context) {
      const auth = basicAuth(request);
      const entry = auth ? hiddenFor.get(auth.user) : undefined;
      if (!auth || !entry || entry.token !== auth.password) return fail(401, 'Unauthorized');
      const path = url.pathname.replace(/\/+$/, '');
      if (request.method === 'POST' && path === '/v1/people/search') return search(request, entry.hidden, context);
      if (request.method === 'POST' && path.startsWith('/v1/people/')) {
        const id = decodeURIComponent(path.slice('/v1/people/'.length));
        const person = id.startsWith(HIBOB_ID_PREFIX) ? population.people[Number(id.slice(HIBOB_ID_PREFIX.length))] : population.people.find((p) => p.workEmail === id);
        return person ? json(200, hibobProfile(person, population, 'machine', entry.hidden)) : fail(404, 'Employee not found');
      }
      if (request.method !== 'GET') return fail(405, 'Method not allowed');
      if (path === '/v1/company/people/fields') return json(200, HIBOB_FIELDS.map((f) => ({ ...f, jsonPath: f.id, historical: false, description: '' })));
      const list = /^\/v1\/company\/named-lists\/([^/]+)$/.exec(path);
      const items = list ? NAMED_LISTS[decodeURIComponent(list[1]!)] : undefined;
      if (list && items) return json(200, { name: list[1], items: items.map((i) => ({ id: i.id, value: i.id, name: i.name, archived: false, children: [] })) });
      return fail(404, 'Not found');
    },
  };
}
