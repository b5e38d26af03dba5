/**
 * Humaans at `https://app.humaans.io/api`, Bearer token with scopes. Lists
 * page with `$limit` (default 100, at most 250; inferred) and `$skip` and answer
 * `{total, limit, skip, data}`: `/people` (every status: active, newHire,
 * offboarded), `/job-roles` and `/compensations` (both filterable by
 * `personId`), `/custom-fields`, `/custom-values`, `/locations`, `/me`. A `public:read` token sees no private
 * profile fields and gets 403 on compensations.
 */
import { pageWindow, pagingNumber, type ShapeFaults } from '../faults.js';
import type { Population } from '../generator.js';
import { bearer, json } from '../http.js';
import { hexId } from '../random.js';
import {
  compensations, customFields, customValueCount, customValues, HUMAANS_PRIVATE_FIELDS, HumaansIds, humaansPerson, jobRoles, locations, roleHistory,
} from './humaans-records.js';
import type { VendorContext, VendorMock } from './types.js';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 250;
const LISTS = /^\/api\/(people|job-roles|compensations|locations|custom-fields|custom-values)$/;

function fail(status: number, name: string, message: string): Response {
  return json(status, { code: status, name, message });
}

function paging(url: URL): { limit: number; skip: number } | null {
  const limit = url.searchParams.get('$limit');
  const skip = url.searchParams.get('$skip');
  if ((limit !== null && !/^\d+$/.test(limit)) || (skip !== null && !/^\d+$/.test(skip))) return null;
  return { limit: Math.min(MAX_LIMIT, limit === null ? DEFAULT_LIMIT : Number(limit)), skip: skip === null ? 0 : Number(skip) };
}

export function createHumaansMock(population: Population): VendorMock {
  const ids = new HumaansIds(population.seed);
  const credentials = {
    valid: { token: hexId(48, population.seed, 21) },
    limited: { token: hexId(48, population.seed, 22) },
  };
  const scopes = new Map<string, { private: boolean; compensations: boolean }>([
    [credentials.valid.token, { private: true, compensations: true }],
    [credentials.limited.token, { private: false, compensations: false }],
  ]);
  const personIndex = new Map<string, number>();
  const indexOf = (personId: string): number | undefined => {
    if (personIndex.size === 0) population.people.forEach((p) => personIndex.set(ids.person(p.index), p.index));
    return personIndex.get(personId);
  };
  /** Where each person's rows start in a flattened per-person list: job roles (1–3 each), compensations (1–2 each), custom values. */
  const prefix = new Map<'roles' | 'pay' | 'values', Int32Array>();
  const starts = (kind: 'roles' | 'pay' | 'values'): Int32Array => {
    let counts = prefix.get(kind);
    if (!counts) {
      const built = new Int32Array(population.size + 1);
      population.people.forEach((p, i) => {
        const n = kind === 'values' ? customValueCount(p) : roleHistory(p).length;
        built[i + 1] = built[i]! + (kind === 'pay' ? Math.min(2, n) : n);
      });
      prefix.set(kind, built);
      counts = built;
    }
    return counts;
  };

  /** Rows of a per-person resource, flattened over everyone, paged. */
  function perPerson(render: (index: number) => Record<string, unknown>[], counts: Int32Array, url: URL, shape: ShapeFaults): Response {
    const page = paging(url);
    if (!page) return fail(400, 'BadRequest', '$limit and $skip must be non-negative integers');
    const personId = url.searchParams.get('personId');
    let rows: Record<string, unknown>[];
    let total: number;
    if (personId !== null) {
      const index = indexOf(personId);
      const all = index === undefined ? [] : render(index);
      const window = pageWindow(all.length, page.skip, page.limit, shape);
      rows = window.positions.map((p) => all[p]!);
      total = window.total;
    } else {
      const window = pageWindow(counts[population.size]!, page.skip, page.limit, shape);
      rows = [];
      let person = 0;
      let cachedIndex = -1;
      let cachedRows: Record<string, unknown>[] = [];
      for (const pos of window.positions) {
        if (pos < counts[person]!) person = 0;
        while (counts[person + 1]! <= pos) person++;
        if (cachedIndex !== person) {
          cachedIndex = person;
          cachedRows = render(person);
        }
        rows.push(cachedRows[pos - counts[person]!]!);
      }
      total = window.total;
    }
    return json(200, { total: pagingNumber(total, shape), limit: pagingNumber(page.limit, shape), skip: pagingNumber(page.skip, shape), data: rows });
  }

  const roles = (index: number) => jobRoles(population.people[index]!, population, ids);
  const pay = (index: number) => compensations(population.people[index]!, ids);

  function list(resource: string, url: URL, scope: { private: boolean; compensations: boolean }, context: VendorContext): Response {
    if (resource === 'people') {
      const page = paging(url);
      if (!page) return fail(400, 'BadRequest', '$limit and $skip must be non-negative integers');
      const { positions, total } = pageWindow(population.size, page.skip, page.limit, context.shape);
      const data = positions.map((p) => humaansPerson(population.people[p]!, ids, !scope.private));
      const n = (v: number) => pagingNumber(v, context.shape);
      return json(200, { total: n(total), limit: n(page.limit), skip: n(page.skip), data });
    }
    if (resource === 'job-roles') return perPerson(roles, starts('roles'), url, context.shape);
    if (resource === 'compensations') {
      if (!scope.compensations) return fail(403, 'Forbidden', 'Missing scope compensations:read');
      return perPerson(pay, starts('pay'), url, context.shape);
    }
    if (resource === 'custom-values') {
      if (!scope.private) return fail(403, 'Forbidden', 'Missing scope private:read');
      return perPerson((index) => customValues(population.people[index]!, ids), starts('values'), url, context.shape);
    }
    const all = resource === 'locations' ? locations(ids) : customFields(ids);
    return json(200, { total: all.length, limit: DEFAULT_LIMIT, skip: 0, data: all });
  }

  return {
    id: 'humaans',
    credentials,
    limitedFields: [...HUMAANS_PRIVATE_FIELDS, 'compensations', 'custom-values'],
    handles: (url) => url.hostname === 'app.humaans.io',
    idOf: (index) => ids.person(index),
    pageOf(url, method) {
      const path = url.pathname.replace(/\/+$/, '');
      if (method !== 'GET' || !LISTS.test(path)) return null;
      const page = paging(url);
      return page && page.limit > 0 ? Math.floor(page.skip / page.limit) : 0;
    },
    rateLimited: () => fail(429, 'TooManyRequests', 'Too many requests'),
    async handle(request, url, context) {
      const token = bearer(request);
      const scope = token ? scopes.get(token) : undefined;
      if (!scope) return fail(401, 'NotAuthenticated', 'Invalid access token');
      if (request.method !== 'GET') return fail(405, 'MethodNotAllowed', 'Method not allowed');
      const path = url.pathname.replace(/\/+$/, '');
      const match = LISTS.exec(path);
      if (match) return list(match[1]!, url, scope, context);
      if (path === '/api/me') return json(200, humaansPerson(population.people[0]!, ids, !scope.private));
      const one = /^\/api\/people\/([A-Za-z0-9]+)$/.exec(path);
      const index = one ? indexOf(one[1]!) : undefined;
      if (index !== undefined) return json(200, humaansPerson(population.people[index]!, ids, !scope.private));
      return fail(404, 'NotFound', 'Not found');
    },
  };
}
