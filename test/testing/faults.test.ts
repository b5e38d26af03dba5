import { expect } from '@open-wc/testing';
import { authHeaders, getJson, setup, START } from './helpers.js';

const API = 'https://app.humaans.io/api';

describe('mock vendor faults', () => {
  it('429 with Retry-After in seconds, once, then the real answer', async () => {
    const { mock } = setup({ faults: [{ vendor: 'humaans', kind: 'too-many-requests', retryAfterSeconds: 7, times: 1 }] });
    const headers = await authHeaders(mock, 'humaans');
    const first = await mock.fetch(new Request(`${API}/people`, { headers }));
    expect(first.status).to.equal(429);
    expect(first.headers.get('retry-after')).to.equal('7');
    expect(await first.json()).to.deep.equal({ code: 429, name: 'TooManyRequests', message: 'Too many requests' });
    const second = await mock.fetch(new Request(`${API}/people`, { headers }));
    expect(second.status).to.equal(200);
  });

  it('429 with Retry-After as an HTTP date on the mock clock', async () => {
    const { mock } = setup({ faults: [{ kind: 'too-many-requests', retryAfterSeconds: 120, retryAfterFormat: 'http-date' }] });
    const response = await mock.fetch(new Request(`${API}/people`));
    expect(response.status).to.equal(429);
    expect(response.headers.get('retry-after')).to.equal('Mon, 02 Mar 2026 09:02:00 GMT');
    expect(Date.parse(response.headers.get('retry-after')!)).to.equal(START + 120_000);
  });

  it('503 with and without Retry-After', async () => {
    const { mock } = setup({ faults: [{ kind: 'unavailable', retryAfterSeconds: 30, request: 0 }, { kind: 'unavailable', request: 1 }] });
    const with_ = await mock.fetch(new Request(`${API}/people`));
    const without = await mock.fetch(new Request(`${API}/people`));
    expect([with_.status, with_.headers.get('retry-after')]).to.deep.equal([503, '30']);
    expect([without.status, without.headers.get('retry-after')]).to.deep.equal([503, null]);
  });

  it('500 on page k only', async () => {
    const { mock } = setup({ faults: [{ vendor: 'personio', kind: 'server-error', page: 1 }] });
    const headers = await authHeaders(mock, 'personio');
    const statuses: number[] = [];
    for (let offset = 0; offset < 25; offset += 10) statuses.push((await mock.fetch(new Request(`https://api.personio.de/v1/company/employees?limit=10&offset=${offset}`, { headers }))).status);
    expect(statuses).to.deep.equal([200, 500, 200]);
    expect(mock.requestLog.map((e) => [e.page, e.fault, e.status])).to.deep.equal([[null, null, 200], [0, null, 200], [1, 'server-error', 500], [2, null, 200]]);
  });

  it('truncated JSON: the real body cut in half', async () => {
    const { mock } = setup({ faults: [{ vendor: 'lucca', kind: 'truncated-json' }] });
    const response = await mock.fetch(new Request(`${mock.baseUrls.lucca}/api/v3/users?fields=id,mail`, { headers: await authHeaders(mock, 'lucca') }));
    expect(response.status).to.equal(200);
    const text = await response.text();
    expect(text.startsWith('{"header":{},"data":{"items":[{"id":400,')).to.equal(true);
    let parsed = true;
    try {
      JSON.parse(text);
    } catch {
      parsed = false;
    }
    expect(parsed).to.equal(false);
  });

  it('a 200 HTML login page', async () => {
    const { mock } = setup({ faults: [{ vendor: 'hibob', kind: 'html-login' }] });
    const response = await mock.fetch(new Request('https://api.hibob.com/v1/people/search', { method: 'POST', body: '{}' }));
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/html; charset=utf-8');
    expect(await response.text()).to.contain('<form method="post" action="/login">');
  });

  it('duplicate ids across pages: page k repeats the end of page k-1', async () => {
    const { mock } = setup({ faults: [{ vendor: 'humaans', kind: 'duplicate-ids', count: 2, page: 1 }] });
    const headers = await authHeaders(mock, 'humaans');
    const ids: string[] = [];
    for (let skip = 0; skip < 25; skip += 10) ids.push(...(await getJson(mock, `${API}/people?$limit=10&$skip=${skip}`, headers)).body.data.map((p: any) => p.id));
    const expected = mock.people.map((p) => mock.idOf('humaans', p.index));
    expect(ids).to.deep.equal([...expected.slice(0, 10), expected[8], expected[9], ...expected.slice(10)]);
  });

  it('duplicate ids in a single response (no pagination)', async () => {
    const { mock } = setup({ faults: [{ vendor: 'hibob', kind: 'duplicate-ids', count: 3 }] });
    const { body } = await getJson(mock, 'https://api.hibob.com/v1/people/search', await authHeaders(mock, 'hibob'), { method: 'POST', body: JSON.stringify({ showInactive: true }) });
    const expected = mock.people.map((p) => mock.idOf('hibob', p.index));
    expect(body.employees.map((e: any) => e.id)).to.deep.equal([...expected, ...expected.slice(0, 3)]);
  });

  it('missing ids, aimed by the request body: the search naming that id leaves out its last items', async () => {
    const { mock } = setup();
    mock.setFaults([{ vendor: 'hibob', kind: 'missing-ids', count: 2, body: mock.idOf('hibob', 3) }]);
    const headers = await authHeaders(mock, 'hibob');
    const searchFor = async (ids: string[]) => (await getJson(mock, 'https://api.hibob.com/v1/people/search', headers, {
      method: 'POST', body: JSON.stringify({ showInactive: true, fields: ['root.id'], filters: [{ fieldPath: 'root.id', operator: 'equals', values: ids }] }),
    })).body.employees.map((e: any) => e.id);
    const ids = [0, 1, 2, 3, 4].map((i) => mock.idOf('hibob', i));
    expect(await searchFor(ids.slice(0, 3))).to.deep.equal(ids.slice(0, 3));
    expect(await searchFor(ids)).to.deep.equal(ids.slice(0, 3));
  });

  it('a looping offset: from page 2 on, pages start over', async () => {
    const { mock } = setup({ faults: [{ vendor: 'personio', kind: 'looping-offset', fromPage: 2 }] });
    const headers = await authHeaders(mock, 'personio');
    const page = async (n: number) => (await getJson(mock, `https://api.personio.de/v1/company/employees?limit=10&offset=${n * 10}`, headers)).body.data.map((e: any) => e.attributes.id.value);
    const [p0, p1, p2, p3, p4] = [await page(0), await page(1), await page(2), await page(3), await page(4)];
    expect(p2).to.deep.equal(p0);
    expect(p3).to.deep.equal(p1);
    expect(p4).to.deep.equal(p0);
    expect(p0.length).to.equal(10);
  });

  it('a total larger than what arrives', async () => {
    const { mock } = setup({ faults: [{ kind: 'inflated-total', extra: 40 }] });
    const humaans = await getJson(mock, `${API}/people?$limit=100`, await authHeaders(mock, 'humaans'));
    expect([humaans.body.total, humaans.body.data.length]).to.deep.equal([65, 25]);
    const personio = await getJson(mock, 'https://api.personio.de/v1/company/employees?limit=10', await authHeaders(mock, 'personio'));
    expect(personio.body.metadata).to.deep.equal({ total_elements: 65, current_page: 0, total_pages: 7 });
  });

  it('paging numbers as strings', async () => {
    const { mock } = setup({ faults: [{ kind: 'numbers-as-strings' }] });
    const personio = await getJson(mock, 'https://api.personio.de/v1/company/employees?limit=10&offset=10', await authHeaders(mock, 'personio'));
    expect([personio.body.metadata, personio.body.offset, personio.body.limit]).to.deep.equal([{ total_elements: '25', current_page: '1', total_pages: '3' }, '10', '10']);
    const humaans = await getJson(mock, `${API}/people?$limit=10&$skip=20`, await authHeaders(mock, 'humaans'));
    expect([humaans.body.total, humaans.body.limit, humaans.body.skip, humaans.body.data.length]).to.deep.equal(['25', '10', '20', 5]);
  });

  it('a hanging request rejects when its signal aborts', async () => {
    const { mock } = setup({ faults: [{ vendor: 'humaans', kind: 'hang' }] });
    const controller = new AbortController();
    const pending = mock.fetch(new Request(`${API}/people`, { signal: controller.signal }));
    let settled = false;
    void pending.then(() => (settled = true), () => (settled = true));
    await Promise.resolve();
    expect(settled).to.equal(false);
    controller.abort();
    const error = await pending.then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(mock.requestLog[0]!.status).to.equal(null);
  });

  it('latency per request and per vendor goes through the clock', async () => {
    const { mock, clock } = setup({ latencyMs: { personio: 250 }, faults: [{ vendor: 'personio', kind: 'latency', ms: 1000, request: 1 }] });
    const headers = await authHeaders(mock, 'personio');
    await mock.fetch(new Request('https://api.personio.de/v1/company/employees', { headers }));
    mock.setLatency(5);
    await mock.fetch(new Request(`${API}/people`));
    expect(clock.slept).to.deep.equal([250, 1250, 5]);
    expect(clock.now()).to.equal(START + 1505);
  });

  it('a network error rejects with a TypeError on the chosen request only', async () => {
    const { mock } = setup({ faults: [{ vendor: 'humaans', kind: 'network-error', request: 1 }] });
    const first = await mock.fetch(new Request(`${API}/people`));
    const second = await mock.fetch(new Request(`${API}/people`)).then(() => null, (e: unknown) => e);
    const third = await mock.fetch(new Request(`${API}/people`));
    expect([first.status, second instanceof TypeError, third.status]).to.deep.equal([401, true, 401]);
    expect(mock.requestLog.map((e) => e.fault)).to.deep.equal([null, 'network-error', null]);
  });

  it('rejects an unknown host like a network error', async () => {
    const { mock } = setup();
    const error = await mock.fetch('https://api.example.invalid/v1/people').then(() => null, (e: unknown) => e);
    expect(error).to.be.instanceOf(TypeError);
  });

  it('setFaults replaces the list', async () => {
    const { mock } = setup({ faults: [{ kind: 'server-error' }] });
    expect((await mock.fetch(new Request(`${API}/people`))).status).to.equal(500);
    mock.setFaults([]);
    expect((await mock.fetch(new Request(`${API}/people`))).status).to.equal(401);
  });
});

describe('mock vendor rate limits', () => {
  it('Personio: the 16th employees request within a second gets 429; a second later it passes', async () => {
    const { mock, clock } = setup({ rateLimits: true });
    const headers = await authHeaders(mock, 'personio');
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) statuses.push((await mock.fetch(new Request('https://api.personio.de/v1/company/employees?limit=1', { headers }))).status);
    expect(statuses).to.deep.equal([...Array<number>(15).fill(200), 429]);
    expect(mock.requestLog[16]!.fault).to.equal('rate-limit');
    clock.advance(1000);
    expect((await mock.fetch(new Request('https://api.personio.de/v1/company/employees?limit=1', { headers }))).status).to.equal(200);
  });

  it('Personio: 300 per minute', async () => {
    const { mock, clock } = setup({ rateLimits: true });
    const headers = await authHeaders(mock, 'personio');
    let ok = 0;
    let limited = 0;
    for (let i = 0; i < 320; i++) {
      const status = (await mock.fetch(new Request('https://api.personio.de/v1/company/employees?limit=1', { headers }))).status;
      if (status === 200) ok++;
      else if (status === 429) limited++;
      clock.advance(100);
    }
    expect([ok, limited]).to.deep.equal([300, 20]);
  });

  it('HiBob: 50 searches per minute, then 429 with the reset time', async () => {
    const { mock } = setup({ rateLimits: true });
    const headers = await authHeaders(mock, 'hibob');
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i < 51; i++) {
      last = await mock.fetch(new Request('https://api.hibob.com/v1/people/search', { method: 'POST', headers, body: '{}' }));
      statuses.push(last.status);
    }
    expect(statuses.filter((s) => s === 200).length).to.equal(50);
    expect(statuses[50]).to.equal(429);
    expect(last!.headers.get('x-ratelimit-limit')).to.equal('50');
    expect(last!.headers.get('x-ratelimit-remaining')).to.equal('0');
    expect(last!.headers.get('x-ratelimit-reset')).to.equal(String(Math.ceil((START + 60_000) / 1000)));
  });

  it('is off by default', async () => {
    const { mock } = setup();
    const headers = await authHeaders(mock, 'hibob');
    const statuses = new Set<number>();
    for (let i = 0; i < 60; i++) statuses.add((await mock.fetch(new Request('https://api.hibob.com/v1/people/search', { method: 'POST', headers, body: '{}' }))).status);
    expect([...statuses]).to.deep.equal([200]);
  });
});
