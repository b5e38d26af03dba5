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

  it('filters by root.id or root.email with equals, in tenant order, leavers only with showInactive', async () => {
    const { mock } = setup();
    const id = (i: number) => mock.idOf('hibob', i);
    const leaver = mock.people.find((p) => p.status === 'inactive')!;
    const wanted = [id(7), id(2), leaver.index === 2 ? id(3) : id(leaver.index), 'not-an-employee'];
    const byId = await search(mock, { fields: ['root.id'], showInactive: true, filters: [{ fieldPath: 'root.id', operator: 'equals', values: wanted }] });
    expect(byId.status).to.equal(200);
    expect(byId.body.employees.map((e: any) => e.id)).to.deep.equal(wanted.slice(0, 3).sort());
    expect(byId.body.employees[0]).to.deep.equal({ id: byId.body.employees[0].id, '/root/id': { value: byId.body.employees[0].id } });
    const active = await search(mock, { filters: [{ fieldPath: 'root.id', operator: 'equals', values: [id(leaver.index)] }] });
    expect(active.body.employees).to.deep.equal([]);
    const byEmail = await search(mock, { fields: ['root.email'], filters: [{ fieldPath: 'root.email', operator: 'equals', values: [mock.people[4]!.workEmail] }] });
    expect(byEmail.body.employees.map((e: any) => e.id)).to.deep.equal([id(4)]);
  });

  it('refuses malformed filters with 400, as HiBob documents', async () => {
    const { mock } = setup();
    const one = { fieldPath: 'root.id', operator: 'equals', values: [mock.idOf('hibob', 1)] };
    const refused = [
      [],
      {},
      [one, one],
      [{ ...one, fieldPath: 'work.department' }],
      [{ ...one, operator: 'contains' }],
      [{ ...one, values: 'x' }],
      [{ ...one, values: [1] }],
      ['root.id'],
    ];
    for (const filters of refused) {
      const { status } = await search(mock, { showInactive: true, filters });
      expect(status, JSON.stringify(filters)).to.equal(400);
    }
  });

  it('builds a tenant\'s profiles once: a search changes nothing the next one sends', async () => {
    const { mock } = setup();
    const first = await search(mock, { showInactive: true, humanReadable: 'APPEND' });
    const second = await search(mock, { showInactive: true, humanReadable: 'APPEND' });
    expect(second.body).to.deep.equal(first.body);
    const plain = await search(mock, { showInactive: true });
    expect(plain.body.employees[0]).to.not.have.property('humanReadable');
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
