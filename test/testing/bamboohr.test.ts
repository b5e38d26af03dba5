import { expect } from '@open-wc/testing';
import { authHeaders, basic, getJson, REPORT_FIELDS, setup } from './helpers.js';

describe('mock BambooHR', () => {
  const report = (mock: ReturnType<typeof setup>['mock'], headers: Record<string, string>, query = '') =>
    getJson(mock, `${mock.baseUrls.bamboohr}/reports/custom?format=JSON${query}`, headers, { method: 'POST', body: JSON.stringify({ title: 'All', fields: REPORT_FIELDS }) });

  it('answers the custom report with every employee once, all values strings, leavers included', async () => {
    const { mock } = setup();
    const { status, body } = await report(mock, await authHeaders(mock, 'bamboohr'));
    expect(status).to.equal(200);
    expect(body.title).to.equal('All');
    expect(body.employees.map((e: any) => e.id)).to.deep.equal(mock.people.map((p) => mock.idOf('bamboohr', p.index)));
    for (const e of body.employees) for (const v of Object.values(e)) expect(v === null || typeof v === 'string').to.equal(true);
    const leaver = mock.people.find((p) => p.status === 'inactive')!;
    const row = body.employees.find((e: any) => e.id === mock.idOf('bamboohr', leaver.index));
    expect(row.status).to.equal('Inactive');
    expect(row.terminationDate).to.equal(leaver.terminationDate);
    const current = body.employees[0];
    expect(current.terminationDate).to.equal('0000-00-00');
    expect(current.payRate).to.equal(`${mock.people[0]!.pay.amount.toFixed(2)} ${mock.people[0]!.pay.currency}`);
  });

  it('leaves leavers out of the directory unless onlyCurrent=false, and out of the report with onlyCurrent=true', async () => {
    const { mock } = setup();
    const headers = await authHeaders(mock, 'bamboohr');
    const current = mock.people.filter((p) => p.status !== 'inactive').map((p) => mock.idOf('bamboohr', p.index));
    const directory = await getJson(mock, `${mock.baseUrls.bamboohr}/employees/directory`, headers);
    expect(directory.body.employees.map((e: any) => e.id)).to.deep.equal(current);
    const all = await getJson(mock, `${mock.baseUrls.bamboohr}/employees/directory?onlyCurrent=false`, headers);
    expect(all.body.employees.length).to.equal(25);
    const onlyCurrent = await report(mock, headers, '&onlyCurrent=true');
    expect(onlyCurrent.body.employees.map((e: any) => e.id)).to.deep.equal(current);
  });

  it('refuses a wrong key with 401, an empty body and X-BambooHR-Error-Message', async () => {
    const { mock } = setup();
    const { status, response } = await report(mock, { authorization: basic('not-a-key', 'x'), accept: 'application/json' });
    expect(status).to.equal(401);
    expect(await response.text()).to.equal('');
    expect(response.headers.get('x-bamboohr-error-message')).to.equal('Invalid API key');
    const unknown = await mock.fetch(new Request('https://api.bamboohr.com/api/gateway.php/other/v1/employees/directory', { headers: await authHeaders(mock, 'bamboohr') }));
    expect(unknown.status).to.equal(404);
  });

  it('answers the report with 404 without Accept: application/json', async () => {
    const { mock } = setup();
    const { status } = await report(mock, { authorization: basic(mock.credentials.bamboohr.valid['apiKey']!, 'x'), accept: '*/*' });
    expect(status).to.equal(404);
  });

  it('serves the subdomain URL form as well', async () => {
    const { mock } = setup();
    const { status, body } = await getJson(mock, 'https://acmedemo.bamboohr.com/api/v1/employees/directory', await authHeaders(mock, 'bamboohr'));
    expect(status).to.equal(200);
    expect(body.employees[0].id).to.equal('100');
  });

  it('silently omits fields the limited key cannot see', async () => {
    const { mock } = setup();
    const { status, body } = await report(mock, await authHeaders(mock, 'bamboohr', 'limited'));
    expect(status).to.equal(200);
    expect(Object.keys(body.employees[0])).to.deep.equal(['id', 'firstName', 'lastName', 'workEmail', 'status', 'terminationDate']);
    expect(body.fields.map((f: any) => f.id)).to.deep.equal(['firstName', 'lastName', 'workEmail', 'status', 'terminationDate']);
  });
});
