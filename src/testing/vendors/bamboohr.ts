/**
 * BambooHR at `https://api.bamboohr.com/api/gateway.php/{domain}/v1/…` (and
 * `https://{domain}.bamboohr.com/api/v1/…`), Basic auth `apiKey:x`. The
 * directory lists current employees only (`onlyCurrent=false` adds leavers);
 * the custom report (`POST /reports/custom?format=JSON`) includes Active and
 * Inactive, and needs `Accept: application/json` (404 otherwise). Errors have
 * an empty body and the reason in `X-BambooHR-Error-Message`. Fields the key's
 * user cannot see are silently left out.
 */
import { pageWindow } from '../faults.js';
import type { MockPerson, Population } from '../generator.js';
import { basicAuth, empty, isRecord, json } from '../http.js';
import { hexId } from '../random.js';
import {
  BAMBOO_FIELD_BY_NAME, BAMBOO_FIELDS, BAMBOO_ID_BASE, BAMBOO_LIMITED_HIDDEN, bambooId, DIRECTORY_FIELDS, type BambooField,
} from './bamboohr-fields.js';
import type { VendorContext, VendorMock } from './types.js';

const DOMAIN = 'acmedemo';

function error(status: number, message: string): Response {
  return empty(status, { 'x-bamboohr-error-message': message });
}

/** `{domain, path}` for both URL forms, or null. */
function locate(url: URL): { domain: string; path: string } | null {
  if (url.hostname === 'api.bamboohr.com') {
    const m = /^\/api\/gateway\.php\/([^/]+)(\/.*)?$/.exec(url.pathname);
    return m ? { domain: m[1]!, path: (m[2] ?? '/').replace(/\/+$/, '') } : null;
  }
  const sub = /^([a-z0-9-]+)\.bamboohr\.com$/i.exec(url.hostname);
  if (sub && sub[1] !== 'api' && url.pathname.startsWith('/api/')) return { domain: sub[1]!, path: url.pathname.slice(4).replace(/\/+$/, '') };
  return null;
}

function acceptsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').toLowerCase().includes('application/json');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function createBambooHrMock(population: Population): VendorMock {
  const credentials = {
    valid: { companyDomain: DOMAIN, apiKey: hexId(40, population.seed, 1) },
    limited: { companyDomain: DOMAIN, apiKey: hexId(40, population.seed, 2) },
  };
  const hidden = new Set(BAMBOO_LIMITED_HIDDEN);
  const visibleFor = new Map<string, (f: BambooField) => boolean>([
    [credentials.valid.apiKey, () => true],
    [credentials.limited.apiKey, (f) => !hidden.has(f.name)],
  ]);

  function row(person: MockPerson, fields: readonly string[], visible: (f: BambooField) => boolean): Record<string, string | null> {
    const out: Record<string, string | null> = { id: bambooId(person.index) };
    for (const name of fields) {
      const field = BAMBOO_FIELD_BY_NAME.get(name);
      if (!field) out[name] = null;
      else if (visible(field)) out[name] = field.value(person, population);
    }
    return out;
  }

  function describe(names: readonly string[], visible: (f: BambooField) => boolean): { id: string; type: string; name: string }[] {
    return names.flatMap((n) => {
      const f = BAMBOO_FIELD_BY_NAME.get(n);
      return f && visible(f) ? [{ id: f.name, type: f.type, name: f.label }] : [];
    });
  }

  function select(onlyCurrent: boolean, context: VendorContext): MockPerson[] {
    const people = onlyCurrent ? population.people.filter((p) => p.status !== 'inactive') : population.people;
    return pageWindow(people.length, 0, people.length, context.shape).positions.map((i) => people[i]!);
  }

  async function report(request: Request, url: URL, visible: (f: BambooField) => boolean, context: VendorContext): Promise<Response> {
    if (!acceptsJson(request)) return error(404, 'Unsupported Accept header');
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      return error(400, 'Malformed JSON body');
    }
    const fields = isRecord(body) && Array.isArray(body['fields']) ? body['fields'].filter((f): f is string => typeof f === 'string') : [];
    if (fields.length === 0) return error(400, 'No fields requested');
    const people = select(url.searchParams.get('onlyCurrent') === 'true', context);
    return json(200, {
      title: isRecord(body) && typeof body['title'] === 'string' ? body['title'] : 'Report',
      fields: describe(fields, visible),
      employees: people.map((p) => row(p, fields, visible)),
    });
  }

  function directory(request: Request, url: URL, visible: (f: BambooField) => boolean, context: VendorContext): Response {
    const people = select(url.searchParams.get('onlyCurrent') !== 'false', context);
    const rows = people.map((p) => row(p, DIRECTORY_FIELDS, visible));
    if (!acceptsJson(request)) {
      const xml = rows.map((r) => `<employee id="${r['id']}">${Object.entries(r).filter(([k]) => k !== 'id')
        .map(([k, v]) => `<field id="${k}">${escapeXml(v ?? '')}</field>`).join('')}</employee>`).join('');
      return new Response(`<?xml version="1.0"?>\n<directory><employees>${xml}</employees></directory>\n`, { status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' } });
    }
    return json(200, { fields: describe(DIRECTORY_FIELDS, visible), employees: rows });
  }

  return {
    id: 'bamboohr',
    credentials,
    limitedFields: BAMBOO_LIMITED_HIDDEN,
    handles: (url) => locate(url) !== null || /\.bamboohr\.com$/i.test(url.hostname),
    idOf: bambooId,
    pageOf(url, method) {
      const at = locate(url);
      if (!at) return null;
      return (method === 'POST' && at.path === '/v1/reports/custom') || (method === 'GET' && at.path === '/v1/employees/directory') ? 0 : null;
    },
    rateLimited: () => error(503, 'Rate limit exceeded'),
    async handle(request, url, context) {
      const at = locate(url);
      if (!at || at.domain !== DOMAIN) return error(404, 'Unknown company domain');
      const auth = basicAuth(request);
      if (!auth || auth.user === '') return error(401, 'API key missing');
      const visible = visibleFor.get(auth.user);
      if (!visible) return error(401, 'Invalid API key');
      if (request.method === 'POST' && at.path === '/v1/reports/custom') return report(request, url, visible, context);
      if (request.method !== 'GET') return error(405, 'Method not allowed');
      if (at.path === '/v1/employees/directory') return directory(request, url, visible, context);
      if (at.path === '/v1/meta/fields') return json(200, BAMBOO_FIELDS.filter(visible).map((f) => ({ id: f.id, name: f.label, type: f.type, alias: f.name })));
      const one = /^\/v1\/employees\/(\d+)$/.exec(at.path);
      if (one) {
        const index = one[1] === '0' ? 0 : Number(one[1]) - BAMBOO_ID_BASE;
        const person = population.people[index];
        if (!person) return error(404, 'Employee not found');
        const fields = (url.searchParams.get('fields') ?? 'firstName,lastName').split(',').filter(Boolean);
        if (fields.length > 400) return error(400, 'Too many fields');
        return json(200, row(person, fields, visible));
      }
      return error(404, 'Not found');
    },
  };
}
