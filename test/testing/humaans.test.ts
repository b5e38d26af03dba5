import { expect } from '@open-wc/testing';
import { authHeaders, getJson, setup } from './helpers.js';

const API = 'https://app.humaans.io/api';

describe('mock Humaans', () => {
  it('pages people with $limit/$skip in {total, limit, skip, data}, everyone once, leavers as offboarded', async () => {
    const { mock } = setup();
    const headers = await authHeaders(mock, 'humaans');
    const ids: string[] = [];
    for (let skip = 0; skip < 25; skip += 10) {
      const { body } = await getJson(mock, `${API}/people?$limit=10&$skip=${skip}`, headers);
      expect([body.total, body.limit, body.skip]).to.deep.equal([25, 10, skip]);
      ids.push(...body.data.map((p: any) => p.id));
    }
    expect(ids).to.deep.equal(mock.people.map((p) => mock.idOf('humaans', p.index)));
    const { body } = await getJson(mock, `${API}/people?$limit=25`, headers);
    const statuses = body.data.map((p: any) => p.status);
    expect(statuses[24]).to.equal('offboarded');
    expect(statuses[23]).to.equal('newHire');
    expect(body.data[24].employmentEndDate).to.equal(mock.people[24]!.terminationDate);
  });

  it('keeps job-role history; the current role has the latest effectiveDate and no endDate', async () => {
    const { mock } = setup();
    const headers = await authHeaders(mock, 'humaans');
    const all = await getJson(mock, `${API}/job-roles?$limit=250`, headers);
    const byPerson = new Map<string, any[]>();
    for (const r of all.body.data) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
    expect(byPerson.size).to.equal(25);
    expect(all.body.total).to.equal(all.body.data.length);
    expect([...byPerson.values()].some((roles) => roles.length > 1)).to.equal(true);
    for (const [personId, roles] of byPerson) {
      const current = [...roles].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate))[0];
      expect(current.endDate).to.equal(null);
      const index = mock.people.findIndex((p) => mock.idOf('humaans', p.index) === personId);
      expect(current.jobTitle).to.equal(mock.people[index]!.jobTitle);
    }
    const paged: string[] = [];
    for (let skip = 0; skip < all.body.total; skip += 7) {
      const { body } = await getJson(mock, `${API}/job-roles?$limit=7&$skip=${skip}`, headers);
      paged.push(...body.data.map((r: any) => r.id));
    }
    expect(paged).to.deep.equal(all.body.data.map((r: any) => r.id));
    const one = mock.idOf('humaans', 3);
    const filtered = await getJson(mock, `${API}/job-roles?personId=${one}`, headers);
    expect(filtered.body.data.map((r: any) => r.id)).to.deep.equal(byPerson.get(one)!.map((r) => r.id));
  });

  it('serves compensations with string amounts', async () => {
    const { mock } = setup();
    const { body } = await getJson(mock, `${API}/compensations?personId=${mock.idOf('humaans', 0)}`, await authHeaders(mock, 'humaans'));
    const current = body.data.find((c: any) => c.endDate === null);
    expect(current.amount).to.equal(String(mock.people[0]!.pay.amount));
    expect(current.currency).to.equal(mock.people[0]!.pay.currency);
  });

  it('refuses a wrong token with 401', async () => {
    const { mock } = setup();
    const { status, body } = await getJson(mock, `${API}/people`, { authorization: 'Bearer nope' });
    expect(status).to.equal(401);
    expect(body).to.deep.equal({ code: 401, name: 'NotAuthenticated', message: 'Invalid access token' });
  });

  it('hides private fields from a public:read token and forbids its compensations', async () => {
    const { mock } = setup();
    const headers = await authHeaders(mock, 'humaans', 'limited');
    const { body } = await getJson(mock, `${API}/people?$limit=5`, headers);
    expect(body.data[0].email).to.equal(mock.people[0]!.workEmail);
    for (const key of ['personalEmail', 'phoneNumber', 'birthday']) expect(body.data[0]).to.not.have.property(key);
    const pay = await getJson(mock, `${API}/compensations`, headers);
    expect(pay.status).to.equal(403);
  });
});
