import { expect } from '@open-wc/testing';
import { authHeaders, basic, getJson, setup } from './helpers.js';

const SEARCH = 'https://api.hibob.com/v1/people/search';

describe('mock HiBob', () => {
  const search = async (mock: ReturnType<typeof setup>['mock'], body: unknown, access: 'valid' | 'limited' = 'valid') =>
    getJson(mock, SEARCH, await authHeaders(mock, 'hibob', access), { method: 'POST', body: JSON.stringify(body) });

  it('returns everyone at once with showInactive, and only current employees without it', async () => {
    const { mock } = setup();
    const all = await search(mock, { showInactive: true });
    expect(all.status).to.equal(200);
    expect(all.body.employees.map((e: any) => e.id)).to.deep.equal(mock.people.map((p) => mock.idOf('hibob', p.index)));
    const current = await search(mock, {});
    expect(current.body.employees.map((e: any) => e.id)).to.deep.equal(mock.people.filter((p) => p.status !== 'inactive').map((p) => mock.idOf('hibob', p.index)));
    const leaver = all.body.employees.find((e: any) => e.internal.status === 'Inactive');
    expect(leaver.internal.lifecycleStatus.toLowerCase()).to.equal('terminated');
    expect(leaver.internal.terminationDate).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('sends list ids in machine format and names with humanReadable REPLACE or APPEND', async () => {
    const { mock } = setup();
    const p = mock.people[0]!;
    const machine = await search(mock, { fields: ['root.email', 'work.department'] });
    expect(machine.body.employees[0].work.department).to.equal(String(209_000_000 + p.department.id));
    expect(machine.body.employees[0]['/work/department']).to.deep.equal({ value: String(209_000_000 + p.department.id) });
    expect(machine.body.employees[0]['/root/email']).to.deep.equal({ value: p.workEmail });
    expect(machine.body.employees[0].email).to.equal(p.workEmail);
    const replaced = await search(mock, { fields: ['work.department'], humanReadable: 'REPLACE' });
    expect(replaced.body.employees[0].work.department).to.equal(p.department.name);
    const appended = await search(mock, { fields: ['work.department'], humanReadable: 'APPEND' });
    expect(appended.body.employees[0].work.department).to.equal(String(209_000_000 + p.department.id));
    expect(appended.body.employees[0].humanReadable.work.department).to.equal(p.department.name);
    const named = await getJson(mock, 'https://api.hibob.com/v1/company/named-lists/department', await authHeaders(mock, 'hibob'));
    expect(named.body.items.find((i: any) => i.id === String(209_000_000 + p.department.id)).name).to.equal(p.department.name);
  });

  it('varies the case of lifecycleStatus', async () => {
    const { mock } = setup();
    const { body } = await search(mock, { showInactive: true });
    const values = new Set(body.employees.map((e: any) => e.internal.lifecycleStatus));
    expect(values.has('employed')).to.equal(true);
    expect(values.has('Employed')).to.equal(true);
  });

  it('refuses wrong service-user credentials with 401', async () => {
    const { mock } = setup();
    const { status, body } = await getJson(mock, SEARCH, { authorization: basic(mock.credentials.hibob.valid['serviceUserId']!, 'wrong') }, { method: 'POST', body: '{}' });
    expect(status).to.equal(401);
    expect(body).to.deep.equal({ error: 'Unauthorized' });
  });

  it('silently drops the categories the limited service user may not read', async () => {
    const { mock } = setup();
    const { status, body } = await search(mock, { showInactive: true }, 'limited');
    expect(status).to.equal(200);
    expect(Object.keys(body.employees[0])).to.not.include.members(['personal', 'home', 'payroll']);
    expect(body.employees[0].work.title).to.equal(mock.people[0]!.jobTitle);
    const projected = await search(mock, { fields: ['root.email', 'home.privateEmail'] }, 'limited');
    expect(Object.keys(projected.body.employees[0])).to.deep.equal(['id', 'email', '/root/email']);
  });
});
