import { expect } from '@open-wc/testing';
import { createProxyClient, encodeQuery, ProxyUnreachableError } from '../../src/core/proxy-http.js';

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
  signal: AbortSignal | null;
}

/** A fetch that records each call and answers with `answer`. */
function recorder(answer: (seen: Seen) => Response | Promise<Response>) {
  const calls: Seen[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const seen: Seen = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: typeof init?.body === 'string' ? init.body : null,
      signal: init?.signal ?? null,
    };
    calls.push(seen);
    return answer(seen);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const CONNECTION = {
  id: '0b7c2a4e-0000-4000-8000-000000000001',
  provider: 'personio',
  createdAt: '2026-03-01T10:00:00.000Z',
  readable: ['email', 'first_name'],
  missingRequired: ['last_name'],
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createProxyClient', () => {
  it('connects with a JSON POST to /connections and returns the connection', async () => {
    const { calls, fetch } = recorder(() => json(201, { connection: CONNECTION }));
    const client = createProxyClient('https://host.example/api/hris/', { fetch, headers: { 'x-host-session': 'abc' } });
    const result = await client.connect('personio', { clientId: 'id', clientSecret: 'secret' });
    expect(result).to.deep.equal({ ok: true, value: CONNECTION, issues: [] });
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal('https://host.example/api/hris/connections');
    expect(calls[0]!.method).to.equal('POST');
    expect(calls[0]!.headers.get('content-type')).to.equal('application/json');
    expect(calls[0]!.headers.get('x-host-session')).to.equal('abc');
    expect(JSON.parse(calls[0]!.body!)).to.deep.equal({ provider: 'personio', credentials: { clientId: 'id', clientSecret: 'secret' } });
  });

  it('turns the proxy error envelope into a failed Result with its code and params', async () => {
    const { fetch } = recorder(() => json(422, { error: { code: 'wrong_credentials', params: { vendorStatus: 401, vendorMessage: 'bad' } } }));
    const result = await createProxyClient('/api', { fetch }).connect('lucca', { tenant: 't', apiKey: 'k' });
    expect(result).to.deep.equal({ ok: false, issues: [{ code: 'wrong_credentials', params: { vendorStatus: 401, vendorMessage: 'bad', status: 422 } }] });
  });

  it('maps an answer outside the contract to proxy_error', async () => {
    const html = recorder(() => new Response('<html>login</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    expect(await createProxyClient('/api', { fetch: html.fetch }).status(CONNECTION.id))
      .to.deep.equal({ ok: false, issues: [{ code: 'proxy_error', params: { status: 200 } }] });
    const wrongShape = recorder(() => json(200, { connection: { id: 'x' } }));
    expect(await createProxyClient('/api', { fetch: wrongShape.fetch }).status(CONNECTION.id))
      .to.deep.equal({ ok: false, issues: [{ code: 'proxy_error', params: { status: 200 } }] });
    const gateway = recorder(() => new Response('Bad gateway', { status: 502 }));
    expect(await createProxyClient('/api', { fetch: gateway.fetch }).disconnect(CONNECTION.id))
      .to.deep.equal({ ok: false, issues: [{ code: 'proxy_error', params: { status: 502 } }] });
  });

  it('maps a network failure to proxy_unreachable', async () => {
    const { fetch } = recorder(() => {
      throw new TypeError('Failed to fetch');
    });
    const client = createProxyClient('/api', { fetch });
    expect(await client.status(CONNECTION.id)).to.deep.equal({ ok: false, issues: [{ code: 'proxy_unreachable' }] });
    let thrown: unknown;
    try {
      await client.forward(CONNECTION.id, { method: 'GET', path: '/v1/company/employees' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(ProxyUnreachableError);
    expect((thrown as ProxyUnreachableError).code).to.equal('proxy_unreachable');
  });

  it('reads status with GET and disconnects with DELETE', async () => {
    const { calls, fetch } = recorder((seen) => (seen.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, { connection: CONNECTION })));
    const client = createProxyClient('/api/hris', { fetch });
    expect(await client.status(CONNECTION.id)).to.deep.equal({ ok: true, value: CONNECTION, issues: [] });
    expect(await client.disconnect(CONNECTION.id)).to.deep.equal({ ok: true, value: null, issues: [] });
    expect(calls.map((c) => `${c.method} ${c.url}`)).to.deep.equal([
      `GET /api/hris/connections/${CONNECTION.id}`,
      `DELETE /api/hris/connections/${CONNECTION.id}`,
    ]);
  });

  it('forward builds the vendor URL with repeated keys for array query values and relays the answer as is', async () => {
    const { calls, fetch } = recorder(() => new Response('{"success":true}', { status: 429, headers: { 'retry-after': '3' } }));
    const client = createProxyClient('https://host.example/api', { fetch });
    const response = await client.forward(CONNECTION.id, {
      method: 'GET',
      path: '/v1/company/employees',
      query: { limit: '100', offset: '0', 'attributes[]': ['email', 'first_name'] },
    });
    expect(response.status).to.equal(429);
    expect(response.headers.get('retry-after')).to.equal('3');
    expect(await response.text()).to.equal('{"success":true}');
    expect(calls[0]!.url).to.equal(
      `https://host.example/api/connections/${CONNECTION.id}/vendor/v1/company/employees?limit=100&offset=0&attributes%5B%5D=email&attributes%5B%5D=first_name`,
    );
  });

  it('forward sends a POST body as JSON', async () => {
    const { calls, fetch } = recorder(() => json(200, { employees: [] }));
    await createProxyClient('/p', { fetch }).forward(CONNECTION.id, { method: 'POST', path: '/v1/people/search', body: { showInactive: true } });
    expect(calls[0]!.method).to.equal('POST');
    expect(calls[0]!.url).to.equal(`/p/connections/${CONNECTION.id}/vendor/v1/people/search`);
    expect(calls[0]!.body).to.equal('{"showInactive":true}');
  });

  it('passes the AbortSignal and rejects with its reason when aborted', async () => {
    const controller = new AbortController();
    let called!: () => void;
    const fetchCalled = new Promise<void>((resolve) => (called = resolve));
    const { calls, fetch } = recorder((seen) => new Promise<Response>((_, reject) => {
      seen.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      called();
    }));
    const pending = createProxyClient('/api', { fetch }).status(CONNECTION.id, { signal: controller.signal });
    await fetchCalled;
    controller.abort(new DOMException('user left', 'AbortError'));
    let thrown: unknown;
    try {
      await pending;
    } catch (error) {
      thrown = error;
    }
    expect(calls[0]!.signal).to.equal(controller.signal);
    expect((thrown as DOMException).message).to.equal('user left');
  });

  it('computes headers per call when given a function', async () => {
    let n = 0;
    const { calls, fetch } = recorder(() => json(200, { connection: CONNECTION }));
    const client = createProxyClient('/api', { fetch, headers: () => ({ authorization: `Bearer host-${++n}` }) });
    await client.status(CONNECTION.id);
    await client.status(CONNECTION.id);
    expect(calls.map((c) => c.headers.get('authorization'))).to.deep.equal(['Bearer host-1', 'Bearer host-2']);
  });

  it('encodeQuery leaves an empty query out', () => {
    expect(encodeQuery(undefined)).to.equal('');
    expect(encodeQuery({})).to.equal('');
    expect(encodeQuery({ paging: '0,100' })).to.equal('?paging=0%2C100');
  });
});
