import { expect } from '@open-wc/testing';
import type { ProviderId } from '../../src/core/model.js';
import { authHeaders, setup } from './helpers.js';

const LISTS: Readonly<Record<ProviderId, { path: (base: string) => string; init?: RequestInit }>> = {
  personio: { path: () => 'https://api.personio.de/v1/company/employees?limit=100' },
  bamboohr: { path: (b) => `${b}/reports/custom?format=JSON`, init: { method: 'POST', body: JSON.stringify({ fields: ['firstName', 'payRate', 'supervisorEId', 'terminationDate'] }) } },
  hibob: { path: () => 'https://api.hibob.com/v1/people/search', init: { method: 'POST', body: JSON.stringify({ showInactive: true, humanReadable: 'APPEND' }) } },
  humaans: { path: () => 'https://app.humaans.io/api/job-roles?$limit=250' },
  lucca: { path: (b) => `${b}/api/v3/users?fields=id,name,mail,manager[id,name],extendedData&paging=0,1000` },
};

async function bodies(seed: number): Promise<string[]> {
  const { mock } = setup({ seed, size: 80 });
  const out: string[] = [];
  for (const vendor of Object.keys(LISTS) as ProviderId[]) {
    const { path, init } = LISTS[vendor];
    const response = await mock.fetch(new Request(path(mock.baseUrls[vendor]), { ...init, headers: await authHeaders(mock, vendor) }));
    out.push(`${response.status} ${await response.text()}`);
  }
  return out;
}

describe('mock vendor determinism', () => {
  it('answers byte-identically for the same seed and size', async () => {
    const [a, b] = [await bodies(5), await bodies(5)];
    expect(a.map((s) => s.slice(0, 4))).to.deep.equal(['200 ', '200 ', '200 ', '200 ', '200 ']);
    expect(b).to.deep.equal(a);
  });

  it('answers differently for another seed', async () => {
    const [a, b] = [await bodies(5), await bodies(6)];
    a.forEach((body, i) => expect(b[i]).to.not.equal(body));
  });

  it('gives the same demo credentials and ids for the same seed', () => {
    const [x, y] = [setup({ seed: 9 }).mock, setup({ seed: 9 }).mock];
    expect(y.credentials).to.deep.equal(x.credentials);
    expect(y.idOf('humaans', 3)).to.equal(x.idOf('humaans', 3));
    expect(x.idOf('humaans', 3)).to.match(/^[A-Za-z0-9]{24}$/);
  });
});
