import { expect } from '@open-wc/testing';
import { hibob } from '../../../src/core/providers/hibob.js';
import type { NormalizeContext, ResourceSpec } from '../../../src/core/providers/types.js';

const context: NormalizeContext = { allowSensitive: new Set(), now: new Date('2024-06-15T12:00:00Z') };
const SEARCH = 'POST /v1/people/search';

// Shaped as Bob answers `POST /v1/people/search` with `humanReadable: APPEND`:
// machine values nested (list fields hold list item ids), the same values under
// slash keys, and names under `humanReadable`.
const amy = {
  id: '2378379585948483884',
  firstName: 'Amy', surname: 'Miles', displayName: 'Amy Miles',
  email: 'amy.miles_200519@samplebob.com',
  '/root/id': { value: '2378379585948483884' },
  '/root/email': { value: 'amy.miles_200519@samplebob.com' },
  '/work/department': { value: '209192163' },
  personal: { birthDate: '1991-11-25', custom: { field_1700000000001: 'Catholic' } },
  home: { privateEmail: 'AMiles@dayrep.com', mobilePhone: '914-963-9202', legalGender: 'Female' },
  work: {
    title: '310', department: '209192163', site: '708868', startDate: '2015-03-20', employeeIdInCompany: 39,
    reportsTo: { id: '2378379584279150891', email: 'zoe.clark_200519@samplebob.com', firstName: 'Zoe', surname: 'Clark', displayName: 'Zoe Clark' },
    workMobile: null, workPhone: null,
    custom: { field_1698036945383: '4321' },
  },
  financial: { custom: { field_1700000000002: 'PAY-7781' } },
  internal: { status: 'Active', lifecycleStatus: 'employed', terminationDate: null },
  payroll: {
    employment: { contract: '24357201', type: null },
    salary: { payment: { currency: 'USD', value: 40000 }, payPeriod: 'Annual' },
  },
  humanReadable: {
    id: '2378379585948483884', firstName: 'Amy', surname: 'Miles', displayName: 'Amy Miles', email: 'amy.miles_200519@samplebob.com',
    personal: { birthDate: '25/11/1991' },
    home: { privateEmail: 'AMiles@dayrep.com', mobilePhone: '914-963-9202', legalGender: 'Female' },
    work: { title: 'Designer', department: 'Product', site: 'New York (Demo)', startDate: '20/03/2015', employeeIdInCompany: '39', reportsTo: 'Zoe Clark', custom: { field_1698036945383: 'M' } },
    internal: { status: 'Active', lifecycleStatus: 'Employed' },
    payroll: { employment: { contract: 'Full time' }, salary: { payment: '40,000 USD', payPeriod: 'Annual' } },
  },
};

const leaver = {
  id: '2378379584279150999', firstName: 'Tom', surname: 'Baker', email: 'tom.baker_200519@samplebob.com',
  work: { title: '311', department: '209192164', startDate: '2019-02-01', employeeIdInCompany: 12, reportsTo: null },
  internal: { status: 'Inactive', lifecycleStatus: 'Terminated', terminationDate: '2024-01-31' },
  humanReadable: { work: { title: 'Account Executive', department: 'Sales' }, internal: { status: 'Inactive', lifecycleStatus: 'Terminated' } },
};

const hire = {
  id: '2378379584279151000', firstName: 'Ines', surname: 'Garcia', email: 'ines.garcia_200519@samplebob.com',
  work: { startDate: '2024-07-01' },
  internal: { status: 'Active', lifecycleStatus: 'onboarding', terminationDate: null },
};

// A service user without the Work, Lifecycle, Home or Payroll categories: only slash keys of Basic info come back.
const limited = {
  '/root/id': { value: '2378379584279151001' },
  '/root/firstName': { value: 'Léa' },
  '/root/surname': { value: 'Roux' },
  '/root/email': { value: 'lea.roux_200519@samplebob.com' },
};

const metadata = [
  { id: 'root.firstName', category: 'root', categoryId: 'root', name: 'First name', type: 'text', jsonPath: 'firstName' },
  { id: 'work.custom.field_1698036945383', category: 'work', categoryId: 'work', name: 'T-shirt size', type: 'list', jsonPath: 'work.custom.field_1698036945383' },
  { id: 'personal.custom.field_1700000000001', category: 'personal', categoryId: 'personal', name: 'Religion', type: 'text' },
  { id: 'financial.custom.field_1700000000002', category: 'financial', categoryId: 'financial', name: 'Payout reference', type: 'text' },
];

const EMPTY = {
  provider: 'hibob', employeeNumber: null, firstName: null, lastName: null, preferredName: null, workEmail: null, personalEmail: null,
  birthDate: null, startDate: null, terminationDate: null, status: 'unknown', jobTitle: null, department: null, team: null, office: null,
  managerId: null, mobilePhone: null, payRate: null, employmentType: null, gender: null, costCenter: null, issues: [],
};

function resource(name: string): ResourceSpec {
  const spec = hibob.resources.find((r) => r.name === name);
  if (!spec) throw new Error(`no resource ${name}`);
  return spec;
}

describe('HiBob provider', () => {
  const result = hibob.normalize({ fields: metadata, people: [amy, leaver, 'not an employee', hire, { firstName: 'No', surname: 'Id' }, limited] }, context);
  const byId = new Map(result.records.map((r) => [r.hrisId, r]));

  it('reads a normal employee: names over list ids, manager, salary, custom field with its label', () => {
    expect(byId.get('2378379585948483884')).to.deep.equal({
      ...EMPTY,
      hrisId: '2378379585948483884', employeeNumber: '39', firstName: 'Amy', lastName: 'Miles',
      workEmail: 'amy.miles_200519@samplebob.com', personalEmail: 'AMiles@dayrep.com', birthDate: '1991-11-25',
      startDate: '2015-03-20', status: 'active', jobTitle: 'Designer', department: 'Product', office: 'New York (Demo)',
      managerId: '2378379584279150891', mobilePhone: '914-963-9202', payRate: { amount: 40000, currency: 'USD', period: 'year' },
      employmentType: 'Full time', gender: 'Female',
      fields: {
        'root.id': '2378379585948483884', 'root.firstName': 'Amy', 'root.surname': 'Miles', 'root.displayName': 'Amy Miles',
        'root.email': 'amy.miles_200519@samplebob.com',
        'work.title': 'Designer', 'work.title.id': '310', 'work.department': 'Product', 'work.department.id': '209192163',
        'work.site': 'New York (Demo)', 'work.site.id': '708868',
        'payroll.employment.contract': 'Full time', 'payroll.employment.contract.id': '24357201', 'payroll.employment.type': null,
        'home.legalGender': 'Female', 'work.employeeIdInCompany': '39',
        'work.reportsTo.id': '2378379584279150891', 'work.reportsTo.displayName': 'Zoe Clark',
        'payroll.salary.payment.value': 40000, 'payroll.salary.payment.currency': 'USD', 'payroll.salary.payPeriod': 'Annual',
        'work.startDate': '2015-03-20', 'internal.terminationDate': null, 'internal.lifecycleStatus': 'employed', 'internal.status': 'Active',
        'work.workMobile': null, 'work.workPhone': null, 'home.mobilePhone': '914-963-9202', 'home.privateEmail': 'AMiles@dayrep.com',
        'personal.birthDate': '1991-11-25',
        'work.custom.field_1698036945383': 'M', 'work.custom.field_1698036945383.id': '4321',
      },
    });
  });

  it('reads a leaver whose lifecycle status is capitalised', () => {
    expect(byId.get('2378379584279150999')).to.deep.equal({
      ...EMPTY,
      hrisId: '2378379584279150999', employeeNumber: '12', firstName: 'Tom', lastName: 'Baker', workEmail: 'tom.baker_200519@samplebob.com',
      startDate: '2019-02-01', terminationDate: '2024-01-31', status: 'inactive', jobTitle: 'Account Executive', department: 'Sales',
      fields: {
        'root.id': '2378379584279150999', 'root.firstName': 'Tom', 'root.surname': 'Baker', 'root.email': 'tom.baker_200519@samplebob.com',
        'work.title': 'Account Executive', 'work.title.id': '311', 'work.department': 'Sales', 'work.department.id': '209192164',
        'work.employeeIdInCompany': '12', 'work.reportsTo.id': null, 'work.reportsTo.displayName': null,
        'work.startDate': '2019-02-01', 'internal.terminationDate': '2024-01-31', 'internal.lifecycleStatus': 'Terminated', 'internal.status': 'Inactive',
      },
    });
  });

  it('reads an onboarding hire', () => {
    const record = byId.get('2378379584279151000');
    expect(record?.status).to.equal('onboarding');
    expect(record?.startDate).to.equal('2024-07-01');
    expect(record?.issues).to.deep.equal([]);
  });

  it('reads what a permission-limited service user sees, from slash keys only', () => {
    expect(byId.get('2378379584279151001')).to.deep.equal({
      ...EMPTY,
      hrisId: '2378379584279151001', firstName: 'Léa', lastName: 'Roux', workEmail: 'lea.roux_200519@samplebob.com',
      fields: { 'root.id': '2378379584279151001', 'root.firstName': 'Léa', 'root.surname': 'Roux', 'root.email': 'lea.roux_200519@samplebob.com' },
    });
  });

  it('quarantines odd items with a reason and keeps the rest', () => {
    expect(result.records.map((r) => r.hrisId)).to.deep.equal(['2378379585948483884', '2378379584279150999', '2378379584279151000', '2378379584279151001']);
    expect(result.quarantine).to.deep.equal([
      { hrisId: null, index: 2, resource: 'people', reason: { code: 'not_an_object', params: { type: 'string' } } },
      { hrisId: null, index: 4, resource: 'people', reason: { code: 'missing_id' } },
    ]);
  });

  it('drops special-category custom fields (by label, and the whole financial category) and counts them', () => {
    expect(result.dropped).to.deep.equal({
      count: 2,
      fields: [
        { id: 'personal.custom.field_1700000000001', label: 'Religion' },
        { id: 'financial.custom.field_1700000000002', label: 'Payout reference' },
      ],
    });
    expect(JSON.stringify(result.records)).not.to.contain('Catholic');
    expect(JSON.stringify(result.records)).not.to.contain('PAY-7781');
  });

  it('drops a special-category custom field that only comes under a slash key', () => {
    const item = { id: '9', email: 'x@samplebob.com', '/eeo/custom/field_8': { value: 'E1' }, '/financial/custom/field_9': { value: 'P-55' }, '/work/custom/field_7': { value: 'L' } };
    const { records, dropped } = hibob.normalize({ people: [item] }, context);
    expect(dropped.fields.map((f) => f.id)).to.have.members(['eeo.custom.field_8', 'financial.custom.field_9']);
    expect(JSON.stringify(records)).not.to.contain('E1');
    expect(JSON.stringify(records)).not.to.contain('P-55');
    expect(records[0]?.fields['work.custom.field_7']).to.equal('L');
  });

  it('reads a custom field sent both nested and under its slash key once, and keeps list ids only when they differ from the names', () => {
    const person = (id: string) => ({
      id, email: `p${id}@samplebob.com`,
      work: { custom: { field_7: 'L', field_8: ['a', 'b'], field_9: ['31', '32'] } },
      '/work/custom/field_7': { value: 'L' },
      humanReadable: { work: { custom: { field_8: ['a', 'b'], field_9: ['Berlin', 'Paris'] } } },
    });
    const meta = [
      { id: 'work.custom.field_8', name: 'Tags', type: 'multi-list', categoryId: 'work' },
      { id: 'work.custom.field_9', name: 'Sites', type: 'multi-list', categoryId: 'work' },
    ];
    // Two people with the same keys: the second is read through what the first one's keys taught.
    const { records } = hibob.normalize({ fields: meta, people: [person('1'), person('2')] }, context);
    for (const record of records) {
      expect(Object.keys(record.fields).filter((k) => k.startsWith('work.custom.'))).to.deep.equal(
        ['work.custom.field_7', 'work.custom.field_8', 'work.custom.field_9', 'work.custom.field_9.id']);
      expect(record.fields['work.custom.field_9']).to.deep.equal(['Berlin', 'Paris']);
      expect(record.fields['work.custom.field_9.id']).to.deep.equal(['31', '32']);
    }
  });

  it('adds discovered custom fields to the catalog with their Bob label', () => {
    const custom = result.catalog.filter((f) => f.custom);
    expect(custom).to.deep.equal([
      { id: 'work.custom.field_1698036945383', label: 'T-shirt size', type: 'enum', endpoint: SEARCH, sensitivity: 'standard', custom: true },
      { id: 'work.custom.field_1698036945383.id', label: 'T-shirt size (ID)', type: 'string', endpoint: SEARCH, sensitivity: 'standard', custom: true },
    ]);
    expect(result.catalog.length).to.equal(hibob.standardFields.length + 2);
    expect(result.readable).to.include('payroll.salary.payment.value');
    expect(result.readable).not.to.include('personal.custom.field_1700000000001');
  });

  it('maps lifecycle statuses in any case, and an unknown one to unknown with an issue', () => {
    const words = ['Employed', 'employed', 'onboarding', 'on leave', 'Garden leave', 'Terminated', 'HIRED', 'Retired'];
    const people = words.map((word, i) => ({ id: String(100 + i), email: `p${i}@samplebob.com`, internal: { lifecycleStatus: word } }));
    const { records } = hibob.normalize({ people }, context);
    expect(records.map((r) => r.status)).to.deep.equal(['active', 'active', 'onboarding', 'leave', 'leave', 'inactive', 'onboarding', 'unknown']);
    expect(records[7]?.issues).to.deep.equal([{ code: 'status_unknown', params: { value: 'Retired' } }]);
    expect(records[0]?.issues).to.deep.equal([]);
  });

  it('falls back to Active/Inactive when the lifecycle status is not readable', () => {
    const { records } = hibob.normalize({ people: [{ id: '1', internal: { status: 'Inactive' } }, { id: '2', internal: { status: 'active' } }] }, context);
    expect(records.map((r) => r.status)).to.deep.equal(['inactive', 'active']);
  });

  it('keeps a special field the host allowed in code', () => {
    const allowed = hibob.normalize({ fields: metadata, people: [amy] }, { ...context, allowSensitive: new Set(['personal.custom.field_1700000000001']) });
    expect(allowed.records[0]?.fields['personal.custom.field_1700000000001']).to.equal('Catholic');
    expect(allowed.dropped.count).to.equal(1);
  });

  it('asks for every employee, leavers included, with human-readable values appended', () => {
    const people = resource('people');
    expect(people.method).to.equal('POST');
    expect(people.path).to.equal('/v1/people/search');
    expect(people.pagination).to.deep.equal({ kind: 'batches' });
    expect(people.ratePerMinute).to.equal(50);
    const body = people.body as { fields: string[]; showInactive: boolean; humanReadable: string };
    expect(body.showInactive).to.equal(true);
    expect(body.humanReadable).to.equal('APPEND');
    expect(body.fields).to.include.members(['root.id', 'root.email', 'root.firstName', 'root.surname', 'internal.lifecycleStatus', 'work.reportsTo']);
  });

  it('once the field metadata is read, also asks for every custom field it lists (at most 400 ids)', () => {
    const people = resource('people');
    const prepared = people.prepare?.({ fields: metadata }).body as { fields: string[]; showInactive: boolean; humanReadable: string };
    const standard = (people.body as { fields: string[] }).fields;
    expect(prepared.fields).to.deep.equal([...standard, 'work.custom.field_1698036945383', 'personal.custom.field_1700000000001', 'financial.custom.field_1700000000002']);
    expect(prepared.showInactive).to.equal(true);
    expect(prepared.humanReadable).to.equal('APPEND');
    expect((people.prepare?.({}).body as { fields: string[] }).fields).to.deep.equal(standard);
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `work.custom.field_${i}` }));
    expect((people.prepare?.({ fields: many }).body as { fields: string[] }).fields.length).to.equal(400);
  });

  it('lists every id first, then reads the profiles in batches of listed ids filtered as HiBob documents', () => {
    const ids = resource('ids');
    expect([ids.method, ids.path, ids.lookup, ids.optional]).to.deep.equal(['POST', '/v1/people/search', true, undefined]);
    expect(ids.body).to.deep.equal({ fields: ['root.id'], showInactive: true });
    expect(ids.prepare).to.equal(undefined);
    // Nested `id` or the slash key, each id once: 2,500 people in batches of 1,000.
    const listed = Array.from({ length: 2500 }, (_, i) => (i % 2 === 0 ? { id: `id${i}` } : { '/root/id': { value: `id${i}` } }));
    const plan = resource('people').prepare!({ fields: metadata, ids: [...listed, { id: 'id0' }, 'junk', {}] });
    expect(plan.batches!.map((b) => b.items)).to.deep.equal([1000, 1000, 500]);
    const second = plan.batches![1]!.body as { fields: string[]; showInactive: boolean; humanReadable: string; filters: unknown };
    expect(second.filters).to.deep.equal([{ fieldPath: 'root.id', operator: 'equals', values: Array.from({ length: 1000 }, (_, i) => `id${1000 + i}`) }]);
    expect([second.showInactive, second.humanReadable]).to.deep.equal([true, 'APPEND']);
    expect(second.fields).to.include('work.custom.field_1698036945383');
  });

  it('reads a tenant that fits one batch with one unfiltered search, and scales batches to keep a run near 10 searches', () => {
    const small = resource('people').prepare!({ ids: Array.from({ length: 1000 }, (_, i) => ({ id: String(i) })) });
    expect(small.batches).to.equal(undefined);
    expect(small.body).to.not.have.property('filters');
    expect(resource('people').prepare!({}).batches).to.equal(undefined);
    const sizes = (n: number) => resource('people').prepare!({ ids: Array.from({ length: n }, (_, i) => ({ id: String(i) })) }).batches!.map((b) => b.items);
    expect(sizes(1001)).to.deep.equal([1000, 1]);
    expect(sizes(25_000)).to.deep.equal(Array(10).fill(2500));
    expect(sizes(60_000).length).to.equal(24);
    // The largest filter stays under the reference proxy's 64 KiB body limit with 19-digit ids.
    const big = resource('people').prepare!({ fields: metadata, ids: Array.from({ length: 60_000 }, (_, i) => ({ id: String(2378379000000000000n + BigInt(i)) })) });
    expect(JSON.stringify(big.batches![0]!.body).length).to.be.below(65_536);
  });

  it('extracts the employees envelope, and reports any other body as an issue', () => {
    expect(resource('people').extract({ employees: [amy, leaver] })).to.deep.equal({ ok: true, value: { items: [amy, leaver], total: 2 }, issues: [] });
    expect(resource('people').extract({ error: 'Forbidden' })).to.deep.equal({ ok: false, issues: [{ code: 'invalid_envelope', params: { provider: 'hibob', resource: 'people' } }] });
    expect(resource('people').extract('<html>login</html>').ok).to.equal(false);
    expect(resource('fields').extract(metadata)).to.deep.equal({ ok: true, value: { items: metadata, total: 4 }, issues: [] });
  });

  it('validates the service user credentials and only forwards the read endpoints', () => {
    expect(hibob.credentials.schema.safeParse({ serviceUserId: ' SERVICE-42 ', token: 'abc' }).success).to.equal(true);
    expect(hibob.credentials.schema.safeParse({ serviceUserId: '', token: 'abc' }).success).to.equal(false);
    expect(hibob.credentials.fields.map((f) => [f.name, f.kind])).to.deep.equal([['serviceUserId', 'text'], ['token', 'secret']]);
    expect(hibob.vendor.baseUrl({ serviceUserId: 'x', token: 'y' })).to.equal('https://api.hibob.com');
    expect(hibob.vendor.allow).to.deep.equal([{ method: 'POST', path: '/v1/people/search' }, { method: 'GET', path: '/v1/company/people/fields' }]);
    expect(hibob.required).to.deep.equal(['root.email', 'root.firstName', 'root.surname']);
  });

  it('keeps custom keys such as __proto__ as plain data, without touching prototypes', () => {
    const item = JSON.parse('{"id":"7","email":"x@samplebob.com","work":{"custom":{"__proto__":{"polluted":"yes"},"constructor":"c"}},"__proto__":{"custom":{"field_1":"p"}}}') as unknown;
    const { records } = hibob.normalize({ people: [item] }, context);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(records[0]?.fields['work.custom.constructor']).to.equal('c');
    expect(records[0]?.fields['__proto__.custom.field_1']).to.equal('p');
    expect(Object.getPrototypeOf(records[0]?.fields)).to.equal(Object.prototype);
  });
});
