/**
 * Lucca v3 at `https://{tenant}.ilucca.net`, `Authorization: lucca
 * application=KEY`. `GET /api/v3/users` takes `fields` (nested selection like
 * `manager[id,name]`; without it only `id,name,url`), `paging=offset,limit`
 * (limit ≤ 1000), and hides former employees unless `dtContractEnd=notequal,null`
 * (which lists only people with a contract end). Answers `{header, data: {items}}`
 * (`fields=collection.count` adds `data.count`). Errors `{Status, Message}`.
 * Fields the key may not read are silently absent.
 */
import { pageWindow, pagingNumber } from '../faults.js';
import type { MockPerson, Population } from '../generator.js';
import { json } from '../http.js';
import { DEPARTMENTS } from '../org.js';
import { hexId } from '../random.js';
import type { VendorContext, VendorMock } from './types.js';

const TENANT = 'acme-demo';
const ID_BASE = 400;
const MAX_LIMIT = 1000;
const LIMITED_HIDDEN = ['birthDate', 'professionalMobile', 'extendedData'];

function fail(status: number, message: string): Response {
  return json(status, { Status: status, Message: message });
}

/** `a,b[c,d],e` → `[['a', null], ['b', ['c','d']], ['e', null]]`. */
export function parseFields(text: string): [string, string[] | null][] {
  const out: [string, string[] | null][] = [];
  let depth = 0;
  let current = '';
  for (const ch of `${text},`) {
    if (ch === ',' && depth === 0) {
      const m = /^([^[\]]+)(?:\[(.*)\])?$/.exec(current.trim());
      if (m) out.push([m[1]!.trim(), m[2] === undefined ? null : m[2].split(',').map((s) => s.trim()).filter(Boolean)]);
      current = '';
      continue;
    }
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    current += ch;
  }
  return out;
}

function ref(base: string, kind: string, id: number, name: string): Record<string, unknown> {
  return { id, name, url: `${base}/api/v3/${kind}/${id}` };
}

function pick(value: unknown, sub: string[] | null): unknown {
  if (sub === null || typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of sub) out[key] = (value as Record<string, unknown>)[key] ?? null;
  return out;
}

export function createLuccaMock(population: Population): VendorMock {
  const base = `https://${TENANT}.ilucca.net`;
  const credentials = {
    valid: { tenant: TENANT, apiKey: hexId(32, population.seed, 31) },
    limited: { tenant: TENANT, apiKey: hexId(32, population.seed, 32) },
  };
  const hiddenFor = new Map<string, ReadonlySet<string>>([
    [credentials.valid.apiKey, new Set()],
    [credentials.limited.apiKey, new Set(LIMITED_HIDDEN)],
  ]);
  const idOf = (index: number): number => ID_BASE + index;

  function user(p: MockPerson): Record<string, unknown> {
    const manager = p.managerIndex === null ? null : population.people[p.managerIndex]!;
    const name = `${p.firstName} ${p.lastName}`;
    return {
      id: idOf(p.index),
      name,
      displayName: name,
      url: `${base}/api/v3/users/${idOf(p.index)}`,
      firstName: p.firstName,
      lastName: p.lastName,
      login: p.workEmail.split('@')[0],
      mail: p.workEmail,
      employeeNumber: p.employeeNumber.padStart(5, '0'),
      birthDate: `${p.birthDate}T00:00:00`,
      dtContractStart: `${p.startDate}T00:00:00`,
      dtContractEnd: p.terminationDate === null ? null : `${p.terminationDate}T00:00:00`,
      jobTitle: p.jobTitle,
      directLine: null,
      professionalMobile: p.mobilePhone,
      modifiedOn: p.updatedAt.slice(0, 19),
      department: ref(base, 'departments', p.department.id, p.department.name),
      legalEntity: ref(base, 'legalEntities', p.office.legalEntity.id, p.office.legalEntity.name),
      manager: manager && ref(base, 'users', idOf(manager.index), `${manager.firstName} ${manager.lastName}`),
      picture: { id: hexId(6, population.seed, 33, p.index), href: `${base}/api/v3/files/${hexId(6, population.seed, 33, p.index)}` },
      culture: p.office.country === 'FR' ? { id: 1036, name: 'français' } : p.office.country === 'DE' ? { id: 1031, name: 'Deutsch' } : { id: 1033, name: 'English' },
      extendedData: { e_tshirt: p.shirtSize, e_confession: p.religion, e_iban: p.iban },
    };
  }

  function render(p: MockPerson, fields: [string, string[] | null][], hidden: ReadonlySet<string>): Record<string, unknown> {
    const full = user(p);
    const out: Record<string, unknown> = {};
    for (const [name, sub] of fields) {
      if (name === 'collection.count' || hidden.has(name) || !(name in full)) continue;
      out[name] = pick(full[name], sub);
    }
    return out;
  }

  function users(url: URL, hidden: ReadonlySet<string>, context: VendorContext): Response {
    const paging = (url.searchParams.get('paging') ?? `0,${MAX_LIMIT}`).split(',');
    const offset = Number(paging[0]);
    const limit = Number(paging[1]);
    if (paging.length !== 2 || !Number.isInteger(offset) || !Number.isInteger(limit) || offset < 0 || limit < 1) return fail(400, 'Invalid paging parameter');
    if (limit > MAX_LIMIT) return fail(400, `The paging limit cannot exceed ${MAX_LIMIT}`);
    const endFilter = url.searchParams.get('dtContractEnd');
    if (endFilter !== null && endFilter !== 'notequal,null') return fail(400, 'Unsupported dtContractEnd filter');
    const today = population.today;
    let people: readonly MockPerson[] = endFilter === null
      ? population.people.filter((p) => p.terminationDate === null || p.terminationDate >= today)
      : population.people.filter((p) => p.terminationDate !== null);
    const mail = url.searchParams.get('mail');
    if (mail !== null) people = people.filter((p) => p.workEmail === mail);
    const idFilter = url.searchParams.get('id');
    if (idFilter !== null) {
      const wanted = new Set(idFilter.split(',').map(Number));
      people = people.filter((p) => wanted.has(idOf(p.index)));
    }
    const fields = parseFields(url.searchParams.get('fields') ?? 'id,name,url');
    const { positions, total } = pageWindow(people.length, offset, limit, context.shape);
    const wantsCount = fields.some(([name]) => name === 'collection.count');
    const data: Record<string, unknown> = {};
    if (!wantsCount || fields.length > 1) data['items'] = positions.map((pos) => render(people[pos]!, fields, hidden));
    if (wantsCount) data['count'] = pagingNumber(total, context.shape);
    return json(200, { header: {}, data });
  }

  return {
    id: 'lucca',
    credentials,
    limitedFields: LIMITED_HIDDEN,
    handles: (url) => url.hostname.endsWith('.ilucca.net'),
    idOf: (index) => String(idOf(index)),
    pageOf(url, method) {
      if (method !== 'GET' || !/^\/api\/v3\/users\/?$/.test(url.pathname)) return null;
      const [offset, limit] = (url.searchParams.get('paging') ?? `0,${MAX_LIMIT}`).split(',').map(Number);
      return offset !== undefined && limit !== undefined && limit > 0 && Number.isFinite(offset) ? Math.floor(offset / limit) : 0;
    },
    rateLimited: () => fail(429, 'Too many requests'),
    async handle(request, url, context) {
      if (url.hostname !== `${TENANT}.ilucca.net`) return fail(404, 'Unknown instance');
      const match = /^lucca\s+application=(\S+)$/i.exec(request.headers.get('authorization') ?? '');
      const hidden = match ? hiddenFor.get(match[1]!) : undefined;
      if (!hidden) return fail(401, 'Invalid API key');
      if (request.method !== 'GET') return fail(405, 'Method not allowed');
      const path = url.pathname.replace(/\/+$/, '');
      if (path === '/api/v3/users') return users(url, hidden, context);
      const one = /^\/api\/v3\/users\/(\d+)$/.exec(path);
      if (one) {
        const person = population.people[Number(one[1]) - ID_BASE];
        if (!person) return fail(404, 'User not found');
        return json(200, { header: {}, data: render(person, parseFields(url.searchParams.get('fields') ?? 'id,name,url'), hidden) });
      }
      if (path === '/api/v3/departments') {
        return json(200, { header: {}, data: { items: DEPARTMENTS.map((d) => ref(base, 'departments', d.id, d.name)) } });
      }
      return fail(404, 'Not found');
    },
  };
}
