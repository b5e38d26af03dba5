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

/** A requested field id, resolved once per request: where it lives in a profile and its slash key. */
interface FieldPath { readonly path: readonly string[]; readonly slash: string }

function fieldPaths(fields: readonly string[]): FieldPath[] {
  return fields.map((field) => {
    const parts = field.split('.');
    return { path: parts[0] === 'root' ? parts.slice(1) : parts, slash: `/${parts.join('/')}` };
  });
}

/** Keeps only the requested field paths (`root.email` lives at the top as `email`), nested and under slash keys. */
function project(profile: Record<string, unknown>, fields: readonly FieldPath[], slashKeys = true): Record<string, unknown> {
  const out: Record<string, unknown> = { id: profile['id'] };
  for (const { path, slash } of fields) {
    let value: unknown = profile;
    for (const key of path) value = isRecord(value) ? value[key] : undefined;
    if (value === undefined) continue;
    let at = out;
    for (let i = 0; i < path.length - 1; i++) {
      const next = at[path[i]!];
      at = isRecord(next) ? next : (at[path[i]!] = {}) as Record<string, unknown>;
    }
    at[path[path.length - 1]!] = value;
    if (slashKeys) out[slash] = { value };
  }
  return out;
}

/**
 * The body of a search, checked the way HiBob's people read contract states:
 * `filters` absent (everyone), or exactly one filter on `root.id` or
 * `root.email` with operator `equals` and a list of values; an empty
 * `filters`, a second filter or any other field or operator is a 400.
 */
function searchFilter(body: Record<string, unknown>): { field: 'root.id' | 'root.email'; values: Set<string> } | null | Response {
  if (!Object.hasOwn(body, 'filters')) return null;
  const filters = body['filters'];
  if (!Array.isArray(filters) || filters.length !== 1) return fail(400, 'filters must hold exactly one filter');
  const filter: unknown = filters[0];
  if (!isRecord(filter) || filter['operator'] !== 'equals') return fail(400, 'Unsupported filter operator');
  const field = filter['fieldPath'];
  if (field !== 'root.id' && field !== 'root.email') return fail(400, 'Unsupported filter field');
  const values = filter['values'];
  if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) return fail(400, 'Filter values must be a list of strings');
  return { field, values: new Set(values) };
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

  // A tenant's stored profiles, built once per value format and permission set (a vendor's rows), then projected
  // and serialised for each search as the vendor does.
  const stored = new Map<string, Record<string, unknown>[]>();
  const profiles = (mode: Mode, hidden: ReadonlySet<string>): Record<string, unknown>[] => {
    const key = `${mode}:${[...hidden].sort().join(',')}`;
    let list = stored.get(key);
    if (!list) stored.set(key, list = population.people.map((p) => hibobProfile(p, population, mode, hidden)));
    return list;
  };
  const byId = new Map(population.people.map((p) => [hibobId(p.index), p.index]));
  const byEmail = new Map(population.people.map((p) => [p.workEmail, p.index]));

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
    const filter = searchFilter(body);
    if (filter instanceof Response) return filter;
    const fields = fieldPaths(Array.isArray(body['fields']) ? body['fields'].filter((f): f is string => typeof f === 'string') : []);
    let people: readonly MockPerson[] = population.people;
    if (filter) {
      const index = filter.field === 'root.id' ? byId : byEmail;
      const found = [...filter.values].map((v) => index.get(v)).filter((i): i is number => i !== undefined).sort((a, b) => a - b);
      people = found.map((i) => population.people[i]!);
    }
    if (!showInactive) people = people.filter((p) => p.status !== 'inactive');
    const mode: Mode = readable === 'REPLACE' ? 'human' : 'machine';
    const machine = profiles(mode, hidden);
    const human = readable === 'APPEND' ? profiles('human', hidden) : null;
    const { positions } = pageWindow(people.length, 0, people.length, context.shape);
    const employees = positions.map((pos) => {
      const index = people[pos]!.index;
      const profile = fields.length > 0 ? project(machine[index]!, fields) : { ...machine[index]! };
      if (human) profile['humanReadable'] = fields.length > 0 ? project(human[index]!, fields, false) : human[index]!;
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
