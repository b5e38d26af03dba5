import { expect } from '@open-wc/testing';
import { harness, type Harness } from './setup.js';

const EMPLOYEES = '/v1/company/employees';
type Fetch = typeof globalThis.fetch;

/** "POST /v1/auth" or "GET /v1/company/employees 401"-style lines of the outbound calls after `from`. */
const trail = (h: Harness, from = 0) =>
  h.outbound.slice(from).map((o) => `${o.method} ${new URL(o.url).pathname}`);

const read = (h: Harness, id: string) => h.call('GET', `/connections/${id}/vendor${EMPLOYEES}?limit=1&offset=0`);

describe('proxy: Personio token', () => {
  it('exchanges the client credentials once and reuses the token', async () => {
    const h = harness();
    const id = await h.connected('personio');
    for (let i = 0; i < 3; i++) expect((await read(h, id)).status).to.equal(200);
    expect(trail(h)).to.deep.equal([
      'POST /v1/auth',
      `GET ${EMPLOYEES}`,
      `GET ${EMPLOYEES}`,
      `GET ${EMPLOYEES}`,
      `GET ${EMPLOYEES}`,
    ]);
    const auth = h.outbound[0]!;
    expect(auth.url).to.equal('https://api.personio.de/v1/auth');
    const tokens = new Set(h.outbound.slice(1).map((o) => o.authorization));
    expect(tokens.size).to.equal(1);
  });

  it('exchanges again once the token has expired (24 h)', async () => {
    const h = harness();
    const id = await h.connected('personio');
    h.clock.advance(24 * 3600 * 1000);
    const before = h.outbound.length;
    expect((await read(h, id)).status).to.equal(200);
    expect(trail(h, before)).to.deep.equal(['POST /v1/auth', `GET ${EMPLOYEES}`]);
  });

  it('refreshes the token on a 401 and retries once', async () => {
    let revoke = 0;
    const h = harness({
      wrap: (fetch) => (async (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input).includes(EMPLOYEES) && revoke > 0) {
          revoke -= 1;
          return new Response(JSON.stringify({ success: false, error: { code: 401, message: 'Unauthorized: the access token is missing or invalid.' } }), {
            status: 401, headers: { 'content-type': 'application/json' },
          });
        }
        return fetch(input, init);
      }) as Fetch,
    });
    const id = await h.connected('personio');
    revoke = 1;
    let before = h.outbound.length;
    expect((await read(h, id)).status).to.equal(200);
    expect(trail(h, before)).to.deep.equal([`GET ${EMPLOYEES}`, 'POST /v1/auth', `GET ${EMPLOYEES}`]);

    // Still refused after a fresh token: relayed as is, no loop.
    revoke = 5;
    before = h.outbound.length;
    const refused = await read(h, id);
    expect(refused.status).to.equal(401);
    expect(await refused.json()).to.deep.equal({ success: false, error: { code: 401, message: 'Unauthorized: the access token is missing or invalid.' } });
    expect(trail(h, before)).to.deep.equal([`GET ${EMPLOYEES}`, 'POST /v1/auth', `GET ${EMPLOYEES}`]);
  });

  it('adopts a fresh token echoed in the response Authorization header', async () => {
    let echo: string | null = null;
    const h = harness({
      wrap: (fetch) => (async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await fetch(input, init);
        if (!String(input).includes(EMPLOYEES) || echo === null) return response;
        const headers = new Headers(response.headers);
        headers.set('authorization', `Bearer ${echo}`);
        return new Response(response.body, { status: response.status, headers });
      }) as Fetch,
    });
    const id = await h.connected('personio');
    // A second valid token, issued to the other demo client.
    const other = await h.vendors.fetch('https://api.personio.de/v1/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: h.vendors.credentials.personio.limited['clientId'], client_secret: h.vendors.credentials.personio.limited['clientSecret'] }),
    });
    echo = ((await other.json()) as { data: { token: string } }).data.token;
    expect((await read(h, id)).status).to.equal(200);
    expect((await read(h, id)).status).to.equal(200);
    expect(h.outbound.at(-1)!.authorization).to.equal(`Bearer ${echo}`);
    expect(trail(h).filter((t) => t === 'POST /v1/auth')).to.have.length(1);
  });

  it('keeps tokens apart per connection and forgets them on disconnect', async () => {
    const h = harness();
    const a = await h.connected('personio');
    const b = await h.connected('personio');
    expect(trail(h).filter((t) => t === 'POST /v1/auth')).to.have.length(2);
    expect((await h.call('DELETE', `/connections/${a}`)).status).to.equal(204);
    const before = h.outbound.length;
    expect((await read(h, b)).status).to.equal(200);
    expect(trail(h, before)).to.deep.equal([`GET ${EMPLOYEES}`]);
  });
});
