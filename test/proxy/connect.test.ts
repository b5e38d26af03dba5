import { expect } from '@open-wc/testing';
import { PROVIDER_IDS, type ProviderId } from '../../src/core/model.js';
import { providers } from '../../src/core/providers/index.js';
import { harness } from './setup.js';

interface ConnectionBody {
  connection: { id: string; provider: string; createdAt: string; readable: string[]; missingRequired: string[] };
}

/** Wrong credentials per vendor, and what the vendor itself answers to them. */
const WRONG: Record<ProviderId, { patch: Record<string, string>; vendorStatus: number; vendorMessage: string }> = {
  personio: { patch: { clientSecret: 'not-the-secret' }, vendorStatus: 401, vendorMessage: 'The client credentials are invalid.' },
  bamboohr: { patch: { apiKey: '0000000000000000000000000000000000000000' }, vendorStatus: 401, vendorMessage: 'Invalid API key' },
  hibob: { patch: { token: 'not-the-token-0000' }, vendorStatus: 401, vendorMessage: 'Unauthorized' },
  humaans: { patch: { token: 'not-the-token-0000', accessToken: 'not-the-token-0000' }, vendorStatus: 401, vendorMessage: 'Invalid access token' },
  lucca: { patch: { apiKey: 'not-the-key-0000' }, vendorStatus: 401, vendorMessage: 'Invalid API key' },
};

describe('proxy: connections', () => {
  for (const id of PROVIDER_IDS) {
    it(`${id}: valid credentials create a connection that can read every required field`, async () => {
      const h = harness();
      const response = await h.connect(id, h.vendors.credentials[id].valid);
      expect(response.status).to.equal(201);
      const { connection } = (await response.json()) as ConnectionBody;
      expect(connection.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(connection.provider).to.equal(id);
      expect(connection.createdAt).to.equal('2026-03-02T09:00:00.000Z');
      expect(connection.missingRequired).to.deep.equal([]);
      for (const field of providers[id].required) expect(connection.readable).to.include(field);
    });

    it(`${id}: wrong credentials surface the vendor's own status and message`, async () => {
      const h = harness();
      const response = await h.connect(id, { ...h.vendors.credentials[id].valid, ...WRONG[id].patch });
      expect(response.status).to.equal(422);
      expect(await response.json()).to.deep.equal({
        error: { code: 'wrong_credentials', params: { vendorStatus: WRONG[id].vendorStatus, vendorMessage: WRONG[id].vendorMessage } },
      });
    });
  }

  it('a limited credential connects and reports what it cannot read', async () => {
    const h = harness();
    const response = await h.connect('personio', h.vendors.credentials.personio.limited);
    expect(response.status).to.equal(201);
    const { connection } = (await response.json()) as ConnectionBody;
    expect(connection.missingRequired).to.deep.equal([]);
    expect(connection.readable).to.include('email');
    expect(connection.readable).not.to.include('fix_salary');
    expect(connection.readable).not.to.include('hourly_salary');
  });

  it('names the required fields a credential cannot read', async () => {
    // A Personio credential whose "readable attributes" leave out email and last name.
    const h = harness({
      wrap: (fetch) => (async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await fetch(input, init);
        if (!String(input).includes('/v1/company/employees') || !response.ok) return response;
        const body = (await response.json()) as { data: { attributes: Record<string, unknown> }[] };
        for (const item of body.data) {
          delete item.attributes['email'];
          delete item.attributes['last_name'];
        }
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      }) as typeof globalThis.fetch,
    });
    const response = await h.connect('personio', h.vendors.credentials.personio.valid);
    expect(response.status).to.equal(201);
    const { connection } = (await response.json()) as ConnectionBody;
    expect(connection.missingRequired).to.deep.equal(['email', 'last_name']);
    expect(connection.readable).to.include('first_name');
  });

  it('an empty tenant connects with readable fields unknown', async () => {
    const h = harness({
      wrap: (fetch) => (async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await fetch(input, init);
        if (!String(input).includes('/v1/company/employees')) return response;
        return new Response(JSON.stringify({ success: true, metadata: { total_elements: 0, current_page: 0, total_pages: 0 }, offset: 0, limit: 25, data: [] }), {
          status: 200, headers: { 'content-type': 'application/json' },
        });
      }) as typeof globalThis.fetch,
    });
    const response = await h.connect('personio', h.vendors.credentials.personio.valid);
    expect(response.status).to.equal(201);
    const { connection } = (await response.json()) as ConnectionBody;
    expect(connection.readable).to.deep.equal([]);
    expect(connection.missingRequired).to.deep.equal([]);
  });

  it('validates with one small page', async () => {
    const h = harness({ size: 60 });
    await h.connected('personio');
    const pages = h.outbound.filter((o) => o.url.includes('/v1/company/employees'));
    expect(pages.map((o) => new URL(o.url).search)).to.deep.equal(['?limit=25&offset=0']);
  });

  it('checks a HiBob credential on the first listed people, not the whole tenant', async () => {
    const searches: unknown[] = [];
    const h = harness({
      size: 120,
      wrap: (fetch) => (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).endsWith('/v1/people/search')) searches.push(JSON.parse(String(init?.body)));
        return fetch(input, init);
      }) as typeof globalThis.fetch,
    });
    const response = await h.connect('hibob', h.vendors.credentials.hibob.valid);
    expect(response.status).to.equal(201);
    // The id listing first (a wrong token stops there), the field metadata, then one search naming 25 people.
    expect(h.outbound.map((o) => `${o.method} ${new URL(o.url).pathname}`)).to.deep.equal([
      'POST /v1/people/search', 'GET /v1/company/people/fields', 'POST /v1/people/search',
    ]);
    expect(searches[0]).to.deep.equal({ fields: ['root.id'], showInactive: true });
    const sample = searches[1] as { fields: string[]; filters: unknown };
    const first25 = h.vendors.people.slice(0, 25).map((p) => h.vendors.idOf('hibob', p.index));
    expect(sample.filters).to.deep.equal([{ fieldPath: 'root.id', operator: 'equals', values: first25 }]);
    // The metadata names the custom fields, so the check can tell whether they are readable too.
    expect(sample.fields.filter((f) => f.includes('.custom.'))).to.have.length.greaterThan(0);
    const { connection } = (await response.json()) as ConnectionBody;
    expect(connection.missingRequired).to.deep.equal([]);
    expect(connection.readable.filter((f) => f.includes('.custom.'))).to.have.length.greaterThan(0);
  });

  it('stops a wrong HiBob token at the id listing: one refused call, not three', async () => {
    const h = harness();
    const response = await h.connect('hibob', { ...h.vendors.credentials.hibob.valid, token: 'not-the-token-0000' });
    expect(response.status).to.equal(422);
    expect(h.outbound.map((o) => new URL(o.url).pathname)).to.deep.equal(['/v1/people/search']);
  });

  it('connects a BambooHR key that may not read the field metadata, with the standard fields only', async () => {
    const h = harness({
      wrap: (fetch) => (async (input: RequestInfo | URL, init?: RequestInit) =>
        String(input).includes('/v1/meta/fields') ? new Response('Forbidden', { status: 403 }) : fetch(input, init)) as typeof globalThis.fetch,
    });
    const response = await h.connect('bamboohr', h.vendors.credentials.bamboohr.valid);
    expect(response.status).to.equal(201);
    const { connection } = (await response.json()) as ConnectionBody;
    expect(connection.missingRequired).to.deep.equal([]);
    expect(h.outbound.map((o) => new URL(o.url).pathname.split('/').slice(-2).join('/'))).to.deep.equal(['meta/fields', 'reports/custom']);
  });

  it('reports status and deletes a connection', async () => {
    const h = harness();
    const id = await h.connected('hibob');
    const status = await h.call('GET', `/connections/${id}`);
    expect(status.status).to.equal(200);
    const { connection } = (await status.json()) as ConnectionBody;
    expect(connection.id).to.equal(id);
    expect(connection.provider).to.equal('hibob');
    expect((await h.call('DELETE', `/connections/${id}`)).status).to.equal(204);
    const gone = await h.call('GET', `/connections/${id}`);
    expect(gone.status).to.equal(404);
    expect(await gone.json()).to.deep.equal({ error: { code: 'not_found' } });
    expect(await (await h.call('DELETE', `/connections/${id}`)).json()).to.deep.equal({ error: { code: 'not_found' } });
    const forward = await h.call('POST', `/connections/${id}/vendor/v1/people/search`, { body: {} });
    expect(forward.status).to.equal(404);
  });

  it('refuses malformed requests with invalid_request or unknown_provider', async () => {
    const h = harness();
    const cases: [unknown, number, unknown][] = [
      ['{not json', 400, { error: { code: 'invalid_request', params: { field: 'body' } } }],
      [{ credentials: {} }, 400, { error: { code: 'invalid_request', params: { field: 'provider' } } }],
      [{ provider: 'personio', credentials: { clientId: 5 } }, 400, { error: { code: 'invalid_request', params: { field: 'credentials' } } }],
      [{ provider: 'workday', credentials: {} }, 400, { error: { code: 'unknown_provider', params: { provider: 'workday' } } }],
      [{ provider: '__proto__', credentials: {} }, 400, { error: { code: 'unknown_provider', params: { provider: '__proto__' } } }],
      [{ provider: 'personio', credentials: { clientId: 'only-the-id' } }, 400, { error: { code: 'invalid_request', params: { field: 'clientSecret' } } }],
    ];
    for (const [body, status, expected] of cases) {
      const response = await h.call('POST', '/connections', { body });
      expect(response.status, JSON.stringify(body)).to.equal(status);
      expect(await response.json(), JSON.stringify(body)).to.deep.equal(expected);
    }
    expect(h.outbound).to.deep.equal([]);
  });

  it('maps vendor outages and rate limits while validating', async () => {
    const h = harness();
    h.vendors.setFaults([{ vendor: 'bamboohr', kind: 'server-error', times: 1 }]);
    const down = await h.connect('bamboohr', h.vendors.credentials.bamboohr.valid);
    expect(down.status).to.equal(502);
    expect(((await down.json()) as { error: { code: string } }).error.code).to.equal('vendor_unavailable');
    h.vendors.setFaults([{ vendor: 'bamboohr', kind: 'too-many-requests', retryAfterSeconds: 7, times: 1 }]);
    const limited = await h.connect('bamboohr', h.vendors.credentials.bamboohr.valid);
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('retry-after')).to.equal('7');
    expect(await limited.json()).to.deep.equal({ error: { code: 'vendor_rate_limited', params: { vendorStatus: 429, retryAfter: 7 } } });
    h.vendors.setFaults([{ vendor: 'lucca', kind: 'unavailable', retryAfterSeconds: 3, times: 1 }]);
    const throttled = await h.connect('lucca', h.vendors.credentials.lucca.valid);
    expect(await throttled.json()).to.deep.equal({ error: { code: 'vendor_rate_limited', params: { vendorStatus: 503, retryAfter: 3 } } });
    h.vendors.setFaults([{ vendor: 'humaans', kind: 'html-login', times: 1 }]);
    const html = await h.connect('humaans', h.vendors.credentials.humaans.valid);
    expect(await html.json()).to.deep.equal({ error: { code: 'vendor_unavailable', params: { reason: 'invalid_body', vendorStatus: 200 } } });
  });

  it('lets the host refuse a request through authorize before any route runs', async () => {
    const h = harness({
      authorize: (request) => (request.headers.get('x-host-session') === 'ok' ? undefined : new Response('{"error":{"code":"host_session"}}', { status: 401 })),
    });
    const refused = await h.connect('personio', h.vendors.credentials.personio.valid);
    expect(refused.status).to.equal(401);
    expect(h.outbound).to.deep.equal([]);
    const allowed = await h.call('POST', '/connections', {
      body: { provider: 'personio', credentials: h.vendors.credentials.personio.valid },
      headers: { 'x-host-session': 'ok' },
    });
    expect(allowed.status).to.equal(201);
  });
});
