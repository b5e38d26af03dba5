import { expect } from '@open-wc/testing';
import { defaultSyncConfig, type SyncConfigInput } from '../../src/core/config.js';
import { loadPhoneValidator, type PhoneValidator } from '../../src/core/phone.js';
import { actionableEntries, applyPlanToRecords, failedPart, selectFromPlan } from '../../src/core/plan-apply.js';
import { planSync } from '../../src/core/plan.js';
import { employee, hostRecord, person } from '../../src/testing/records.js';

const TODAY = '2025-06-15';

describe('planSync leavers', () => {
  const leaver = person('1', 'Lea', 'Vogel', { status: 'inactive', terminationDate: '2025-03-31' });
  const config = (leavers: SyncConfigInput['leavers']): SyncConfigInput => ({ target: 'stakeholder', mappings: [], leavers });

  it('skip: lists the leaver with its reason and does nothing', () => {
    const plan = planSync([leaver], [], config({ policy: 'skip' }), { today: TODAY });
    expect(plan.leavers.map((e) => [e.hrisId, e.action, e.changes, e.reasons])).to.deep.equal([['1', 'none', [], [{ code: 'leaver_inactive' }]]]);
    expect(plan.create).to.deep.equal([]);
    expect(actionableEntries(plan)).to.deep.equal([]);
  });

  it('tag: imports the leaver tagged', () => {
    const plan = planSync([leaver], [], config({ policy: 'tag', tag: 'Leaver' }), { today: TODAY });
    expect(plan.leavers).to.have.length(1);
    expect(plan.leavers[0]!.action).to.equal('create');
    expect(plan.leavers[0]!.changes.at(-1)).to.deep.equal({ field: '$tags', before: null, after: ['Leaver'] });
    const [created] = applyPlanToRecords([], plan);
    expect(created).to.deep.equal({
      id: 'hris-1', hrisId: '1', tags: ['Leaver'],
      values: { name: 'Lea Vogel', identifier: 'lea.vogel@example.com', email: 'lea.vogel@example.com' },
    });
  });

  it('group: moves an existing record to "Ex-employees", keeping its tags', () => {
    const host = hostRecord('h1', { name: 'Lea Vogel', identifier: 'lea.vogel@example.com', email: 'lea.vogel@example.com' }, { hrisId: '1', group: 'Staff', tags: ['vip'] });
    const plan = planSync([leaver], [host], config({ policy: 'group', group: 'Ex-employees' }), { today: TODAY });
    expect(plan.leavers.map((e) => [e.hostId, e.action, e.changes])).to.deep.equal([['h1', 'update', [{ field: '$group', before: 'Staff', after: 'Ex-employees' }]]]);
    expect(applyPlanToRecords([host], plan)).to.deep.equal([{ ...host, group: 'Ex-employees' }]);
  });

  it('treats a passed termination date as leaving even when the status is still active', () => {
    const stillActive = person('2', 'Tom', 'Berg', { status: 'active', terminationDate: '2025-06-14' });
    const lastDayToday = person('3', 'Uma', 'Berg', { status: 'active', terminationDate: '2025-06-15' });
    const plan = planSync([stillActive, lastDayToday], [], config({ policy: 'skip' }), { today: TODAY });
    expect(plan.leavers.map((e) => [e.hrisId, e.reasons])).to.deep.equal([['2', [{ code: 'leaver_terminated', params: { terminationDate: '2025-06-14' } }]]]);
    expect(plan.create.map((e) => e.hrisId)).to.deep.equal(['3']);
  });
});

describe('planSync invalid records', () => {
  let phone: PhoneValidator;
  before(async () => { phone = await loadPhoneValidator(); });

  it('flags a missing or malformed identifier', () => {
    const noEmail = employee('1', { firstName: 'No', lastName: 'Mail' });
    const badEmail = person('2', 'Bad', 'Mail', { workEmail: 'bad-at-example.com' });
    const plan = planSync([noEmail, badEmail], [], { target: 'stakeholder' }, { today: TODAY });
    expect(plan.invalid.map((e) => [e.hrisId, e.displayName, e.reasons])).to.deep.equal([
      ['1', 'No Mail', [{ code: 'identifier_missing', params: { identifier: 'workEmail' } }]],
      ['2', 'Bad Mail', [{ code: 'identifier_invalid', params: { identifier: 'workEmail' } }]],
    ]);
  });

  it('flags a mobile number without a country code, and writes valid ones as E.164', () => {
    const config: SyncConfigInput = { target: 'stakeholder', mappings: [{ source: 'mobilePhone', target: 'mobilePhone' }] };
    const local = person('1', 'Ida', 'Local', { mobilePhone: '0151 23456789' });
    const intl = person('2', 'Eva', 'Intl', { mobilePhone: '+49 151 23456789' });
    const plan = planSync([local, intl], [], config, { today: TODAY, phone });
    expect(plan.invalid.map((e) => [e.hrisId, e.reasons])).to.deep.equal([['1', [{ code: 'phone_missing_country_code', params: { field: 'mobilePhone' } }]]]);
    expect(plan.create[0]!.changes.find((c) => c.field === 'mobilePhone')).to.deep.equal({ field: 'mobilePhone', before: null, after: '+4915123456789' });
  });

  it('throws when a phone field is mapped but no validator was passed', () => {
    const config: SyncConfigInput = { target: 'stakeholder', mappings: [{ source: 'mobilePhone', target: 'mobilePhone' }] };
    expect(() => planSync([person('1', 'A', 'B')], [], config, { today: TODAY })).to.throw(/no phone validator was passed/);
  });

  it('refuses to map a special-category field even when a config names it', () => {
    const config: SyncConfigInput = { target: 'stakeholder', mappings: [{ source: 'fields.iban', target: 'team' }] };
    expect(() => planSync([person('1', 'A', 'B', { fields: { iban: 'DE89' } })], [], config, { today: TODAY })).to.throw(/special-category/);
  });

  it('lists invalid records in input order whatever made them invalid', () => {
    const records = [employee('1', { firstName: 'Cher', workEmail: 'cher@example.com' }), employee('2', { firstName: 'No', lastName: 'Mail' })];
    const plan = planSync(records, [], defaultSyncConfig('directory'), { today: TODAY });
    expect(plan.invalid.map((e) => [e.hrisId, e.reasons[0]?.code])).to.deep.equal([['1', 'required_missing'], ['2', 'identifier_missing']]);
  });

  it('marks a directory record without a last name invalid, naming the required field', () => {
    const plan = planSync([employee('1', { firstName: 'Cher', workEmail: 'cher@example.com' })], [], defaultSyncConfig('directory'), { today: TODAY });
    expect(plan.invalid.map((e) => e.reasons)).to.deep.equal([[{ code: 'required_missing', params: { field: 'lastName' } }]]);
  });
});

describe('planSync buckets and presets', () => {
  it('stakeholder preset: creates with the default fields, updates changed ones, leaves the rest unchanged', () => {
    const config = defaultSyncConfig('stakeholder');
    const ada = person('1', 'Ada', 'King', { department: 'Engineering', startDate: '2020-02-01', payRate: { amount: 5000, currency: 'EUR', period: 'month' }, employmentType: 'internal' });
    const bo = person('2', 'Bo', 'Li', { department: 'Sales' });
    const cy = person('3', 'Cy', 'Ng', { team: 'Core' });
    const hosts = [
      hostRecord('h2', { name: 'Bo Li', identifier: 'bo.li@example.com', email: 'bo.li@example.com', groupName: 'Marketing', employmentStatus: 'active' }, { hrisId: '2' }),
      hostRecord('h3', { name: 'Cy Ng', identifier: 'cy.ng@example.com', email: 'cy.ng@example.com', team: 'Core', employmentStatus: 'active' }, { hrisId: '3' }),
    ];
    const plan = planSync([ada, bo, cy], hosts, config, { today: TODAY });
    expect(plan.create.map((e) => e.changes.map((c) => [c.field, c.after]))).to.deep.equal([[
      ['name', 'Ada King'], ['identifier', 'ada.king@example.com'], ['email', 'ada.king@example.com'], ['groupName', 'Engineering'],
      ['startDate', '2020-02-01'], ['employmentStatus', 'active'], ['payRate', 5000], ['payPeriod', 'month'], ['payCurrency', 'EUR'],
      ['employmentType', 'internal'], ['$hrisId', '1'],
    ]]);
    expect(plan.update.map((e) => [e.hostId, e.changes])).to.deep.equal([['h2', [{ field: 'groupName', before: 'Marketing', after: 'Sales' }]]]);
    expect(plan.unchanged.map((e) => e.hostId)).to.deep.equal(['h3']);
    expect(plan.totals).to.deep.equal({ pulled: 3, matching: 3, hostRecords: 2 });
  });

  it('directory preset: first and last name apart, Engagedly field names', () => {
    const boss = person('1', 'Ola', 'Nord', { jobTitle: 'CEO' });
    const emp = person('2', 'Per', 'Sand', { jobTitle: 'Engineer', managerId: '1', office: 'Berlin', costCenter: 'R&D', employeeNumber: 'E-2', fields: { linkedin_url: 'https://linkedin.com/in/per' } });
    const catalog = [{ id: 'linkedin_url', label: 'LinkedIn', type: 'url' as const, endpoint: 'GET /x', sensitivity: 'standard' as const, custom: true }];
    const plan = planSync([boss, emp], [], defaultSyncConfig('directory', catalog), { today: TODAY });
    expect(Object.fromEntries(plan.create[1]!.changes.map((c) => [c.field, c.after]))).to.deep.equal({
      firstName: 'Per', lastName: 'Sand', email: 'per.sand@example.com', status: 'active', jobTitle: 'Engineer', reportingTo: 'ola.nord@example.com',
      location: 'Berlin', businessUnit: 'R&D', linkedIn: 'https://linkedin.com/in/per', employeeId: 'E-2', $hrisId: '2',
    });
  });

  it('puts every record of a repeated HRIS id among conflicts, and reads a repeated manager as the first', () => {
    const boss = person('1', 'Ola', 'Nord');
    const emp = person('2', 'Per', 'Sand', { managerId: '1' });
    const plan = planSync([boss, emp, person('1', 'Other', 'Person'), person('3', 'Eva', 'Lind', { managerId: '1' })], [], defaultSyncConfig('directory'), { today: TODAY });
    expect(plan.conflicts.map((e) => [e.hrisId, e.displayName, e.reasons[0]?.code])).to.deep.equal([
      ['1', 'Ola Nord', 'duplicate_hris_id'], ['1', 'Other Person', 'duplicate_hris_id'],
    ]);
    expect(plan.create.map((e) => [e.hrisId, e.changes.find((c) => c.field === 'reportingTo')?.after])).to.deep.equal([
      ['2', 'ola.nord@example.com'], ['3', 'ola.nord@example.com'],
    ]);
  });

  it('excludes records by the first rule they fail and keeps that rule index', () => {
    const config: SyncConfigInput = {
      target: 'stakeholder', mappings: [],
      conditions: [{ field: 'status', operator: 'is', values: ['active'] }, { field: 'department', operator: 'is_one_of', values: ['Sales', 'Support'] }],
    };
    const records = [person('1', 'A', 'One', { department: 'sales' }), person('2', 'B', 'Two', { status: 'onboarding', department: 'Sales' }), person('3', 'C', 'Three')];
    const plan = planSync(records, [], config, { today: TODAY });
    expect(plan.excluded.map((e) => [e.hrisId, e.excludedBy])).to.deep.equal([['2', 0], ['3', 1]]);
    expect(plan.create.map((e) => e.hrisId)).to.deep.equal(['1']);
    expect(plan.totals.matching).to.equal(1);
  });

  it('gives the same hash for the same plan and a different one when the plan changes', () => {
    const config = defaultSyncConfig('stakeholder');
    const records = [person('1', 'A', 'One'), person('2', 'B', 'Two')];
    const plan = (rs: typeof records, hosts = [] as ReturnType<typeof hostRecord>[], today = TODAY) => planSync(rs, hosts, config, { today }).hash;
    const base = plan(records);
    expect(base).to.match(/^[0-9a-f]{16}$/);
    expect(plan(records.map((r) => ({ ...r })))).to.equal(base);
    expect(plan([records[0]!, { ...records[1]!, department: 'Ops' }]), 'mapped value').to.not.equal(base);
    expect(plan([records[0]!, { ...records[1]!, status: 'leave' }]), 'status').to.not.equal(base);
    expect(plan(records, [hostRecord('h', { name: 'Zed' })]), 'host records').to.not.equal(base);
    expect(plan(records, [], '2025-06-16'), 'date').to.not.equal(base);
    expect(planSync(records, [], { ...config, nameFormat: 'last-first' }, { today: TODAY }).hash, 'config').to.not.equal(base);
    // A value no rule, mapping or match reads cannot change the plan, so it does not change the hash.
    expect(plan([records[0]!, { ...records[1]!, gender: 'x' }]), 'unread value').to.equal(base);
    // A host record matched to record 2 by its HRIS id: its values are the update's "before".
    const host = hostRecord('h', { name: 'Old Name', email: 'b@example.com' }, { hrisId: '2', group: 'G', tags: ['t'] });
    const matched = planSync(records, [host], config, { today: TODAY });
    expect(matched.update.map((e) => e.hostId)).to.deep.equal(['h']);
    expect(plan(records, [{ ...host, values: { ...host.values, name: 'Older Name' } }]), 'a value the update replaces').to.not.equal(matched.hash);
    expect(plan(records, [{ ...host, hrisId: null }]), 'the match').to.not.equal(matched.hash);
    // Key order is not an input: a host listing its records' values in another order gives the same plan.
    const reordered = { tags: ['t'], group: 'G', values: { email: 'b@example.com', name: 'Old Name' }, hrisId: '2', id: 'h' };
    expect(plan(records, [reordered]), 'host key order').to.equal(matched.hash);
    // Nor is what the plan does not depend on: the tags of a host record no leaver policy touches, the values and the
    // order of host records no one matches (they only count in the totals).
    expect(plan(records, [{ ...host, tags: ['u'] }]), 'host tags').to.equal(matched.hash);
    const zed = hostRecord('z', { name: 'Zed' });
    const ann = hostRecord('a', { name: 'Ann' });
    expect(plan(records, [zed, ann]), 'unmatched host order').to.equal(plan(records, [ann, zed]));
    expect(plan(records, [zed]), 'an unmatched host value').to.equal(plan(records, [hostRecord('z', { name: 'Zoe' })]));
    expect(plan(records, [zed, ann]), 'how many host records').to.not.equal(plan(records, [zed]));
  });

  it('keeps one hash per plan, read late or through a copy, a clone or JSON', () => {
    const records = [person('1', 'A', 'One'), person('2', 'B', 'Two')];
    const plan = planSync(records, [], defaultSyncConfig('stakeholder'), { today: TODAY });
    const fresh = planSync(records, [], defaultSyncConfig('stakeholder'), { today: TODAY }).hash;
    // Read after the records the plan was made from changed: the plan's own entries are what it hashes.
    records[1] = { ...records[1]!, department: 'Ops' };
    expect(plan.hash).to.equal(fresh);
    expect(plan.hash, 'read twice').to.equal(fresh);
    expect(plan.rootHash).to.equal(fresh);
    expect(Object.keys(plan).slice(0, 4)).to.deep.equal(['hash', 'parentHash', 'rootHash', 'selection']);
    const json = JSON.parse(JSON.stringify(plan)) as typeof plan;
    expect([json.hash, json.rootHash]).to.deep.equal([fresh, fresh]);
    expect(structuredClone(plan).hash).to.equal(fresh);
    expect({ ...plan }.hash).to.equal(fresh);
  });

  it('selects from a plan without taking its hash until the selection\'s lineage is read', () => {
    const plan = planSync([person('1', 'A', 'One'), person('2', 'B', 'Two')], [], { target: 'stakeholder' }, { today: TODAY });
    const parentHash = plan.hash;
    let reads = 0;
    const watched = { ...plan, get hash() { reads += 1; return parentHash; } };
    const selected = selectFromPlan(watched, ['2']);
    expect([reads, selected.create.map((e) => e.hrisId), selected.selection]).to.deep.equal([0, ['2'], ['2']]);
    expect(selected.parentHash).to.equal(parentHash);
    expect(selected.hash).to.match(/^[0-9a-f]{16}$/).and.not.equal(parentHash);
    expect(selected.hash, 'read twice').to.equal(selectFromPlan(plan, ['2']).hash);
    expect(selected.rootHash).to.equal(plan.rootHash);
    expect(JSON.parse(JSON.stringify(selected)).parentHash, 'serialized').to.equal(parentHash);
  });

  it('"Retry failed" selects the failed entries and keeps the lineage', () => {
    const plan = planSync([person('1', 'A', 'One'), person('2', 'B', 'Two'), person('3', 'C', 'Three')], [], { target: 'stakeholder' }, { today: TODAY });
    const selected = selectFromPlan(plan, ['1', '3']);
    const retry = failedPart(selected, {
      planHash: selected.hash, idempotencyKey: 'k',
      results: [{ hrisId: '1', ok: true, hostId: 'x', action: 'create' }, { hrisId: '3', ok: false, hostId: null, action: 'create', code: 'host_unavailable', retryable: true }],
    });
    expect(selected.create.map((e) => e.hrisId)).to.deep.equal(['1', '3']);
    expect(retry.create.map((e) => e.hrisId)).to.deep.equal(['3']);
    expect([retry.parentHash, retry.rootHash, retry.selection]).to.deep.equal([selected.hash, plan.hash, ['3']]);
  });

  it('never erases a host value the HRIS does not have', () => {
    const host = hostRecord('h', { name: 'A One', identifier: 'a.one@example.com', email: 'a.one@example.com', team: 'Core', employmentStatus: 'active' }, { hrisId: '1' });
    const plan = planSync([person('1', 'A', 'One', { team: null })], [host], defaultSyncConfig('stakeholder'), { today: TODAY });
    expect(plan.unchanged.map((e) => e.hostId)).to.deep.equal(['h']);
  });
});
