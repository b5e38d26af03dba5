import { expect } from '@open-wc/testing';
import { authHeaders, getJson, setup } from './helpers.js';

const EMPLOYEES = 'https://api.personio.de/v1/company/employees';

describe('mock Personio v1', () => {
  it('issues a papi- token for 24 h and echoes it in the Authorization header', async () => {
    const { mock } = setup();
    const c = mock.credentials.personio.valid;
    const { status, body, response } = await getJson(mock, 'https://api.personio.de/v1/auth', { 'content-type': 'application/json' }, {
      method: 'POST', body: JSON.stringify({ client_id: c['clientId'], client_secret: c['clientSecret'] }),
    });
    expect(status).to.equal(200);
    expect(body.success).to.equal(true);
    expect(body.data.token).to.match(/^papi-[0-9a-f]{48}$/);
    expect(body.data.expires_in).to.equal(86400);
    expect(response.headers.get('authorization')).to.equal(`Bearer ${body.data.token}`);
    const list = await getJson(mock, `${EMPLOYEES}?limit=1`, { authorization: `Bearer ${body.data.token}` });
    expect(list.response.headers.get('authorization')).to.equal(`Bearer ${body.data.token}`);
  });

  it('accepts form-encoded credentials too', async () => {
    const { mock } = setup();
    const c = mock.credentials.personio.valid;
    const form = new URLSearchParams({ client_id: c['clientId']!, client_secret: c['clientSecret']! });
    const { status } = await getJson(mock, 'https://api.personio.de/v1/auth', { 'content-type': 'application/x-www-form-urlencoded' }, { method: 'POST', body: form.toString() });
    expect(status).to.equal(200);
  });

  it('answers wrong credentials and bad tokens with the v1 error envelope', async () => {
    const { mock } = setup();
    const wrong = await getJson(mock, 'https://api.personio.de/v1/auth', { 'content-type': 'application/json' }, {
      method: 'POST', body: JSON.stringify({ client_id: mock.credentials.personio.valid['clientId'], client_secret: 'nope' }),
    });
    expect(wrong.status).to.equal(401);
    expect(wrong.body).to.deep.equal({ success: false, error: { code: 401, message: 'The client credentials are invalid.' } });
    const bad = await getJson(mock, EMPLOYEES, { authorization: 'Bearer papi-forged' });
    expect(bad.status).to.equal(401);
    expect(bad.body).to.deep.equal({ success: false, error: { code: 401, message: 'Unauthorized: the access token is missing or invalid.' } });
  });

  it('expires tokens after 24 h', async () => {
    const { mock, clock } = setup();
    const headers = await authHeaders(mock, 'personio');
    clock.advance(86_400_000);
    const { status, body } = await getJson(mock, EMPLOYEES, headers);
    expect(status).to.equal(401);
    expect(body.error.message).to.equal('Unauthorized: the access token has expired.');
  });

  it('pages with limit and offset, covering everyone exactly once, leavers included as inactive', async () => {
    const { mock } = setup();
    const headers = await authHeaders(mock, 'personio');
    const ids: number[] = [];
    const metas: unknown[] = [];
    for (let offset = 0; offset < 25; offset += 10) {
      const { body } = await getJson(mock, `${EMPLOYEES}?limit=10&offset=${offset}`, headers);
      metas.push(body.metadata);
      ids.push(...body.data.map((e: any) => e.attributes.id.value));
    }
    expect(metas).to.deep.equal([0, 1, 2].map((page) => ({ total_elements: 25, current_page: page, total_pages: 3 })));
    expect(ids).to.deep.equal(mock.people.map((p) => Number(mock.idOf('personio', p.index))));
    const leavers = mock.people.filter((p) => p.status === 'inactive');
    expect(leavers.length).to.be.above(0);
    const { body } = await getJson(mock, `${EMPLOYEES}?limit=100&email=${encodeURIComponent(leavers[0]!.workEmail)}`, headers);
    const leaver = body.data.find((e: any) => e.attributes.id.value === Number(mock.idOf('personio', leavers[0]!.index)));
    expect(leaver.attributes.status.value).to.equal('inactive');
    expect(leaver.attributes.termination_date.value.slice(0, 10)).to.equal(leavers[0]!.terminationDate);
  });

  it('caps limit at 100', async () => {
    const { mock } = setup({ size: 150 });
    const { body } = await getJson(mock, `${EMPLOYEES}?limit=500`, await authHeaders(mock, 'personio'));
    expect(body.limit).to.equal(100);
    expect(body.data.length).to.equal(100);
    expect(body.metadata.total_pages).to.equal(2);
  });

  it('renders wrappers with and without type/universal_id, nested objects, salary currency and dynamic attributes', async () => {
    const { mock } = setup();
    const { body } = await getJson(mock, `${EMPLOYEES}?limit=1`, await authHeaders(mock, 'personio'));
    const a = body.data[0].attributes;
    const p = mock.people[0]!;
    expect(body.data[0].type).to.equal('Employee');
    expect(a.first_name).to.deep.equal({ label: 'First name', value: p.firstName, type: 'standard', universal_id: 'first_name' });
    expect(a.gender).to.deep.equal({ label: 'Gender', value: p.gender });
    expect(a.office.value).to.deep.equal({ type: 'Office', attributes: { id: p.office.id, name: p.office.name } });
    expect(a.fix_salary.currency).to.equal(p.pay.currency);
    expect(a.dynamic_180883).to.deep.equal({ label: 'Birthday', value: p.birthDate, type: 'date', universal_id: 'date_of_birth' });
    expect(a.dynamic_21827.universal_id).to.equal('iban');
    expect(a.dynamic_24410.label).to.equal('Konfession');
    expect(a.hire_date.value).to.match(new RegExp(`^${p.startDate}T00:00:00[+-]\\d\\d:\\d\\d$`));
    expect(a.supervisor.value).to.equal(null);
  });

  it('projects with attributes[] (id always kept)', async () => {
    const { mock } = setup();
    const { body } = await getJson(mock, `${EMPLOYEES}?limit=2&attributes[]=email&attributes[]=last_name`, await authHeaders(mock, 'personio'));
    expect(Object.keys(body.data[0].attributes)).to.deep.equal(['id', 'last_name', 'email']);
  });

  it('silently omits the attributes a limited credential cannot read', async () => {
    const { mock } = setup();
    const { status, body } = await getJson(mock, `${EMPLOYEES}?limit=25`, await authHeaders(mock, 'personio', 'limited'));
    expect(status).to.equal(200);
    for (const e of body.data) for (const key of mock.limitedFields.personio) expect(e.attributes).to.not.have.property(key);
    expect(body.data[0].attributes.email.value).to.equal(mock.people[0]!.workEmail);
    const catalog = await getJson(mock, `${EMPLOYEES}/attributes`, await authHeaders(mock, 'personio', 'limited'));
    expect(catalog.body.data.map((a: any) => a.key)).to.not.include('fix_salary');
  });

  it('has a credential that cannot read the required email attribute', async () => {
    const { mock } = setup();
    const c = mock.credentials.personio.missingRequired!;
    const auth = await getJson(mock, 'https://api.personio.de/v1/auth', { 'content-type': 'application/json' }, {
      method: 'POST', body: JSON.stringify({ client_id: c['clientId'], client_secret: c['clientSecret'] }),
    });
    const { status, body } = await getJson(mock, `${EMPLOYEES}?limit=3`, { authorization: `Bearer ${auth.body.data.token}` });
    expect(status).to.equal(200);
    expect(body.data.map((e: any) => 'email' in e.attributes)).to.deep.equal([false, false, false]);
    expect(body.data[0].attributes.first_name.value).to.equal(mock.people[0]!.firstName);
  });

  it('filters with updated_since and then ignores limit and offset', async () => {
    const { mock } = setup({ size: 150 });
    const since = '2025-09-01';
    const expected = mock.people.filter((p) => p.updatedAt >= `${since}T00:00:00Z`).map((p) => Number(mock.idOf('personio', p.index)));
    const { body } = await getJson(mock, `${EMPLOYEES}?updated_since=${since}&limit=5&offset=10`, await authHeaders(mock, 'personio'));
    expect(expected.length).to.be.above(5);
    expect(body.data.map((e: any) => e.attributes.id.value)).to.deep.equal(expected);
  });
});
