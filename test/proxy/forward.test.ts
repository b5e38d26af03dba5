import { expect } from '@open-wc/testing';
import { getProvider } from '../../src/core/providers/index.js';
import { harness } from './setup.js';

const EMPLOYEES = '/v1/company/employees';

type Fetch = typeof globalThis.fetch;

/** Replaces the vendor's answer for URLs containing `match`. */
const answering = (match: string, answer: () => Response) => (fetch: Fetch): Fetch =>
  (async (input: RequestInfo | URL, init?: RequestInit) => (String(input).includes(match) ? answer() : fetch(input, init))) as Fetch;

async function errorOf(response: Response): Promise<{ code: string; params?: Record<string, unknown> }> {
  return ((await response.json()) as { error: { code: string; params?: Record<string, unknown> } }).error;
}

describe('proxy: forwarding', () => {
  it('forwards an allow-listed read with auth injected and relays the vendor answer', async () => {
    const h = harness();
    const id = await h.connected('personio');
    const response = await h.call('GET', `/connections/${id}/vendor${EMPLOYEES}?limit=5&offset=0`, { headers: { cookie: 'host-session=1', 'x-custom': 'y' } });
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
    const body = (await response.json()) as { success: boolean; data: unknown[]; limit: number };
    expect(body.success).to.equal(true);
    expect(body.data).to.have.length(5);
    const last = h.outbound.at(-1)!;
    expect(last.url).to.equal(`https://api.personio.de${EMPLOYEES}?limit=5&offset=0`);
    expect(last.authorization).to.match(/^Bearer papi-/);
    expect(last.headers.get('cookie')).to.equal(null);
    expect(last.headers.get('x-custom')).to.equal(null);
  });

  it('keeps repeated query keys (Personio attributes[])', async () => {
    const h = harness();
    const id = await h.connected('personio');
    const response = await h.call('GET', `/connections/${id}/vendor${EMPLOYEES}?limit=2&offset=0&attributes%5B%5D=email&attributes%5B%5D=first_name`);
    expect(response.status).to.equal(200);
    const url = new URL(h.outbound.at(-1)!.url);
    expect(url.searchParams.getAll('attributes[]')).to.deep.equal(['email', 'first_name']);
  });

  it('never relays the vendor Authorization echo, cookies or other headers', async () => {
    const h = harness({
      wrap: (fetch) => (async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await fetch(input, init);
        if (!String(input).includes(EMPLOYEES)) return response;
        const headers = new Headers(response.headers);
        headers.append('set-cookie', 'vendor-session=abc');
        headers.set('x-internal-secret', 'leak');
        headers.set('x-ratelimit-remaining', '14');
        return new Response(response.body, { status: response.status, headers });
      }) as Fetch,
    });
    const id = await h.connected('personio');
    const response = await h.call('GET', `/connections/${id}/vendor${EMPLOYEES}?limit=1&offset=0`);
    expect(response.status).to.equal(200);
    const names = [...response.headers.keys()].sort();
    expect(names).to.deep.equal(['cache-control', 'content-type', 'x-ratelimit-remaining']);
  });

  it('relays vendor errors as they are: 429 with Retry-After, 5xx', async () => {
    const h = harness();
    const id = await h.connected('hibob');
    h.vendors.setFaults([{ vendor: 'hibob', kind: 'too-many-requests', retryAfterSeconds: 9, times: 1 }]);
    const limited = await h.call('POST', `/connections/${id}/vendor/v1/people/search`, { body: { showInactive: true } });
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('retry-after')).to.equal('9');
    h.vendors.setFaults([{ vendor: 'hibob', kind: 'server-error', times: 1 }]);
    const down = await h.call('POST', `/connections/${id}/vendor/v1/people/search`, { body: {} });
    expect(down.status).to.equal(500);
  });

  it('forwards HiBob search as a POST with the JSON body', async () => {
    const h = harness();
    const id = await h.connected('hibob');
    const response = await h.call('POST', `/connections/${id}/vendor/v1/people/search`, { body: { showInactive: true, fields: ['root.id'] } });
    expect(response.status).to.equal(200);
    const last = h.outbound.at(-1)!;
    expect(last.method).to.equal('POST');
    expect(last.url).to.equal('https://api.hibob.com/v1/people/search');
    expect(last.authorization).to.equal(`Basic ${btoa(`${h.vendors.credentials.hibob.valid['serviceUserId']}:${h.vendors.credentials.hibob.valid['token']}`)}`);
  });

  it('forwards HiBob\'s largest batch search (2,500 ids with every field) under the default body limit', async () => {
    const h = harness();
    const id = await h.connected('hibob');
    const hibob = getProvider('hibob');
    const people = hibob.resources.find((r) => r.name === 'people')!;
    const listed = Array.from({ length: 60_000 }, (_, i) => ({ id: h.vendors.idOf('hibob', i) }));
    const body = people.prepare!({ ids: listed }).batches![0]!.body;
    expect(JSON.stringify(body).length).to.be.above(55_000);
    const response = await h.call('POST', `/connections/${id}/vendor/v1/people/search`, { body });
    expect(response.status).to.equal(200);
    const employees = ((await response.json()) as { employees: { id: string }[] }).employees;
    expect(employees.map((e) => e.id)).to.deep.equal(h.vendors.people.map((p) => h.vendors.idOf('hibob', p.index)));
  });

  it('refuses redirects from the vendor', async () => {
    const h = harness({ wrap: answering(EMPLOYEES, () => new Response(null, { status: 302, headers: { location: 'https://evil.example/steal' } })) });
    const connect = await h.connect('personio', h.vendors.credentials.personio.valid);
    expect(connect.status).to.equal(502);
    expect(await errorOf(connect)).to.deep.equal({ code: 'vendor_unavailable', params: { reason: 'redirect', vendorStatus: 302 } });
    expect(h.outbound.every((o) => o.redirect === 'manual')).to.equal(true);
    expect(h.outbound.some((o) => o.url.includes('evil.example'))).to.equal(false);
  });

  it('maps a vendor that cannot be reached to vendor_unavailable', async () => {
    const slow = harness({ timeoutMs: 50 });
    const slowId = await slow.connected('humaans');
    slow.vendors.setFaults([{ vendor: 'humaans', kind: 'hang', times: 1 }]);
    const timedOut = await slow.call('GET', `/connections/${slowId}/vendor/api/people`);
    expect(timedOut.status).to.equal(504);
    expect(await errorOf(timedOut)).to.deep.equal({ code: 'vendor_unavailable', params: { reason: 'timeout' } });
    const offline = harness({ wrap: () => (async () => { throw new TypeError('Failed to fetch'); }) as Fetch });
    const refused = await offline.connect('humaans', offline.vendors.credentials.humaans.valid);
    expect(refused.status).to.equal(502);
    expect(await errorOf(refused)).to.deep.equal({ code: 'vendor_unavailable', params: { reason: 'network' } });
  });
});
