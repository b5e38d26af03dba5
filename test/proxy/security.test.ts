import { expect } from '@open-wc/testing';
import { PROVIDER_IDS } from '../../src/core/model.js';
import { BASE, harness, secretValues } from './setup.js';

const EMPLOYEES = '/v1/company/employees';
type Fetch = typeof globalThis.fetch;

async function errorOf(response: Response): Promise<{ code: string; params?: Record<string, unknown> }> {
  return ((await response.json()) as { error: { code: string; params?: Record<string, unknown> } }).error;
}

describe('proxy: allow-list and SSRF', () => {
  it('refuses every path, method and encoding trick, and sends nothing out for them', async () => {
    const h = harness();
    const id = await h.connected('personio');
    const before = h.outbound.length;
    const v = `/connections/${id}/vendor`;
    // [method, path, status, code, reason]: the URL parser already folds `..`, `%2e%2e` and `\`, so
    // what is left to refuse is the not-listed result or the raw trick.
    const cases: [string, string, number, string, string | undefined][] = [
      ['GET', `${v}/v1/auth`, 403, 'endpoint_not_allowed', 'not_listed'],
      ['POST', `${v}${EMPLOYEES}`, 403, 'endpoint_not_allowed', 'not_listed'],
      ['GET', `${v}${EMPLOYEES}/1`, 403, 'endpoint_not_allowed', 'not_listed'],
      ['GET', `${v}/v1/company/employees/../../auth`, 403, 'endpoint_not_allowed', 'not_listed'],
      ['GET', `${v}/v1/company/%2e%2e/%2E%2E/auth`, 403, 'endpoint_not_allowed', 'not_listed'],
      ['GET', `${v}/v1/company/employees%2F..%2F..%2Fauth`, 403, 'endpoint_not_allowed', 'encoded'],
      ['GET', `${v}/v1/company/employees%5C..%5Cauth`, 403, 'endpoint_not_allowed', 'encoded'],
      ['GET', `${v}/v1/company/employees%252e%252e`, 403, 'endpoint_not_allowed', 'encoded'],
      ['GET', `${v}//evil.example/v1/company/employees`, 403, 'endpoint_not_allowed', 'path'],
      ['GET', `${v}/@evil.example/v1/company/employees`, 403, 'endpoint_not_allowed', 'characters'],
      ['GET', `${v}/https:/evil.example`, 403, 'endpoint_not_allowed', 'characters'],
      ['GET', `${v}/v1/company/employees%00`, 403, 'endpoint_not_allowed', 'encoded'],
      ['GET', `${v}`, 403, 'endpoint_not_allowed', 'path'],
      ['PUT', `${v}${EMPLOYEES}`, 405, 'endpoint_not_allowed', 'method'],
      ['PATCH', `${v}${EMPLOYEES}`, 405, 'endpoint_not_allowed', 'method'],
      ['DELETE', `${v}${EMPLOYEES}`, 405, 'endpoint_not_allowed', 'method'],
      ['GET', `/connections/${id}/../${id}/vendor/x/../../../../etc/passwd`, 404, 'not_found', undefined],
      ['GET', `/connections/not-a-uuid/vendor${EMPLOYEES}`, 404, 'not_found', undefined],
      ['GET', '/elsewhere', 404, 'not_found', undefined],
    ];
    for (const [method, path, status, code, reason] of cases) {
      const response = await h.call(method, path);
      expect(response.status, `${method} ${path}`).to.equal(status);
      const error = await errorOf(response);
      expect(error.code, `${method} ${path}`).to.equal(code);
      expect(error.params?.['reason'], `${method} ${path}`).to.equal(reason);
    }
    expect(h.outbound.length).to.equal(before);
  });

  it('allows exactly each provider\'s listed endpoints (HiBob search is POST only)', async () => {
    const h = harness();
    const id = await h.connected('hibob');
    expect((await h.call('POST', `/connections/${id}/vendor/v1/people/search`, { body: {} })).status).to.equal(200);
    const get = await h.call('GET', `/connections/${id}/vendor/v1/people/search`);
    expect(get.status).to.equal(403);
    expect(await errorOf(get)).to.deep.equal({ code: 'endpoint_not_allowed', params: { reason: 'not_listed', method: 'GET', path: '/v1/people/search' } });
  });

  it('refuses credentials that would steer the proxy to another host', async () => {
    const h = harness();
    const lucca = await h.connect('lucca', { ...h.vendors.credentials.lucca.valid, tenant: 'evil.example/x#' });
    expect(lucca.status).to.equal(400);
    expect(await errorOf(lucca)).to.deep.equal({ code: 'invalid_request', params: { field: 'tenant' } });
    const bamboo = await h.connect('bamboohr', { ...h.vendors.credentials.bamboohr.valid, companyDomain: '../../evil' });
    expect(bamboo.status).to.equal(400);
    expect(await errorOf(bamboo)).to.deep.equal({ code: 'invalid_request', params: { field: 'companyDomain' } });
    expect(h.outbound).to.deep.equal([]);
  });
});

describe('proxy: request size limits', () => {
  it('refuses a body over the limit, declared or streamed', async () => {
    const h = harness({ maxBodyBytes: 1024 });
    const big = { provider: 'personio', credentials: { clientId: 'x'.repeat(2000), clientSecret: 'y' } };
    const declared = await h.call('POST', '/connections', { body: big });
    expect(declared.status).to.equal(413);
    expect(await errorOf(declared)).to.deep.equal({ code: 'payload_too_large', params: { limit: 1024 } });
    const chunk = new TextEncoder().encode('x'.repeat(800));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk);
        controller.enqueue(chunk);
        controller.close();
      },
    });
    const streamed = await h.handler(new Request(`${BASE}/connections`, { method: 'POST', body: stream, duplex: 'half' } as RequestInit));
    expect(streamed.status).to.equal(413);
    expect(h.outbound).to.deep.equal([]);
  });

  it('refuses an oversized forwarded body and an overlong URL', async () => {
    const h = harness({ maxBodyBytes: 1024 });
    const id = await h.connected('hibob');
    const body = await h.call('POST', `/connections/${id}/vendor/v1/people/search`, { body: { fields: ['x'.repeat(2000)] } });
    expect(body.status).to.equal(413);
    const url = await h.call('GET', `/connections/${id}?q=${'a'.repeat(9000)}`);
    expect(url.status).to.equal(414);
    expect(await errorOf(url)).to.deep.equal({ code: 'payload_too_large', params: { limit: 8192 } });
  });
});

describe('proxy: secrets', () => {
  it('no secret appears in any response, header or log line', async () => {
    const h = harness({
      // One vendor answers wrong credentials by echoing the key back in its message.
      wrap: (fetch) => (async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        const auth = new Headers(init?.headers).get('authorization') ?? '';
        if (url.includes('ilucca.net') && auth.includes('wrong-key-')) {
          return new Response(JSON.stringify({ Status: 401, Message: `Invalid API key ${auth.slice('lucca application='.length)}` }), { status: 401 });
        }
        return fetch(input, init);
      }) as Fetch,
    });
    for (const id of PROVIDER_IDS) {
      const connectionId = await h.connected(id);
      await h.call('GET', `/connections/${connectionId}`);
    }
    const personio = await h.connected('personio');
    await h.call('GET', `/connections/${personio}/vendor${EMPLOYEES}?limit=3&offset=0`);
    await h.connect('personio', h.vendors.credentials.personio.limited);
    await h.connect('personio', { ...h.vendors.credentials.personio.valid, clientSecret: 'wrong-secret-123456' });
    const echoed = await h.connect('lucca', { ...h.vendors.credentials.lucca.valid, apiKey: 'wrong-key-abcdef123' });
    expect(await errorOf(echoed)).to.deep.equal({ code: 'wrong_credentials', params: { vendorStatus: 401, vendorMessage: 'Invalid API key [redacted]' } });

    const tokens = h.outbound.map((o) => o.authorization ?? '').filter((a) => a !== '');
    const secrets = [
      ...secretValues(h.vendors),
      'wrong-secret-123456',
      'wrong-key-abcdef123',
      ...tokens,
      ...tokens.map((a) => a.replace(/^\S+\s+/, '')),
    ];
    expect(tokens.some((t) => t.startsWith('Bearer papi-'))).to.equal(true);
    const everything = [
      ...h.responses.map((r) => `${r.status} ${JSON.stringify(r.headers)} ${r.body}`),
      ...h.logs.map((l) => JSON.stringify(l)),
    ].join('\n');
    for (const secret of secrets) expect(everything.includes(secret), `leaked ${secret.slice(0, 6)}…`).to.equal(false);
  });
});
