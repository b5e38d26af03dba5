import { expect } from '@open-wc/testing';
import { authHeaders, getJson, setup } from './helpers.js';

describe('mock Lucca', () => {
  const users = async (mock: ReturnType<typeof setup>['mock'], query: string, access: 'valid' | 'limited' = 'valid') =>
    getJson(mock, `${mock.baseUrls.lucca}/api/v3/users?${query}`, await authHeaders(mock, 'lucca', access));

  it('pages with paging=offset,limit in data.items; current employees by default, former ones only with dtContractEnd=notequal,null', async () => {
    const { mock } = setup();
    const ids: number[] = [];
    for (let offset = 0; offset < 30; offset += 10) {
      const { status, body } = await users(mock, `fields=id,mail&paging=${offset},10`);
      expect(status).to.equal(200);
      ids.push(...body.data.items.map((u: any) => u.id));
    }
    const current = mock.people.filter((p) => p.status !== 'inactive');
    expect(ids).to.deep.equal(current.map((p) => Number(mock.idOf('lucca', p.index))));
    const former = await users(mock, 'fields=id,dtContractEnd&dtContractEnd=notequal,null');
    const leavers = mock.people.filter((p) => p.status === 'inactive');
    expect(former.body.data.items).to.deep.equal(leavers.map((p) => ({ id: Number(mock.idOf('lucca', p.index)), dtContractEnd: `${p.terminationDate}T00:00:00` })));
  });

  it('returns only id, name and url without fields, and nested selections as asked', async () => {
    const { mock } = setup();
    const bare = await users(mock, 'paging=0,1');
    expect(Object.keys(bare.body.data.items[0])).to.deep.equal(['id', 'name', 'url']);
    const nested = await users(mock, 'fields=id,manager[id],department[name],collection.count&paging=1,1');
    const p = mock.people[1]!;
    expect(nested.body.data.items[0]).to.deep.equal({ id: 401, manager: { id: 400 + p.managerIndex! }, department: { name: p.department.name } });
    expect(nested.body.data.count).to.equal(mock.people.filter((x) => x.status !== 'inactive').length);
  });

  it('rejects a paging limit over 1000', async () => {
    const { mock } = setup();
    const { status, body } = await users(mock, 'paging=0,1001');
    expect(status).to.equal(400);
    expect(body).to.deep.equal({ Status: 400, Message: 'The paging limit cannot exceed 1000' });
  });

  it('refuses a wrong key with {Status: 401, Message}', async () => {
    const { mock } = setup();
    const { status, body } = await getJson(mock, `${mock.baseUrls.lucca}/api/v3/users`, { authorization: 'lucca application=wrong' });
    expect(status).to.equal(401);
    expect(body).to.deep.equal({ Status: 401, Message: 'Invalid API key' });
    const bearer = await getJson(mock, `${mock.baseUrls.lucca}/api/v3/users`, { authorization: `Bearer ${mock.credentials.lucca.valid['apiKey']}` });
    expect(bearer.status).to.equal(401);
  });

  it('silently omits fields the limited key cannot read', async () => {
    const { mock } = setup();
    const { body } = await users(mock, 'fields=id,mail,birthDate,professionalMobile,extendedData&paging=0,3', 'limited');
    expect(body.data.items[0]).to.deep.equal({ id: 400, mail: mock.people[0]!.workEmail });
  });
});
