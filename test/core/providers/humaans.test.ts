import { expect } from '@open-wc/testing';
import { humaans, pickCurrent } from '../../../src/core/providers/humaans.js';
import type { NormalizeContext, ResourceSpec } from '../../../src/core/providers/types.js';

const context: NormalizeContext = { allowSensitive: new Set(), now: new Date('2024-06-15T09:00:00Z') };

// Shaped as `GET /api/people` returns a person (the Kelsey Wicks example of the Humaans docs).
const kelsey = {
  id: 'VMB1yzL5uL8VvNNCJc9rykJz', companyId: 'T7uqPFK7am4lFTZm39AmNuay',
  firstName: 'Kelsey', middleName: null, lastName: 'Wicks', preferredName: null,
  email: 'kelsey@acme.com', personalEmail: 'kwicks@example.com',
  phoneNumber: '+4479460001', formattedPhoneNumber: '+44 7946 0001', personalPhoneNumber: null,
  gender: 'Female', birthday: '1989-07-28', locationId: 'FnAjNOIyLRsmZGRohZsHApiE',
  nationality: 'British', nationalities: ['British'], spokenLanguages: ['English'],
  address: '58 Stroude Road', city: 'Siddington', state: null, postcode: 'SK11 1EN', countryCode: 'GB', country: 'United Kingdom',
  employmentStartDate: '2018-03-10', firstWorkingDay: '2018-03-10', employmentEndDate: null, lastWorkingDay: null, probationEndDate: null,
  leavingReason: null, contractType: 'Full time', employeeId: 'E-0007', taxId: 'QQ123456C', taxCode: '123456C',
  teams: [{ name: 'Moonshot' }, { name: 'Growth Pod' }], status: 'active', timezone: 'Europe/London',
  createdAt: '2020-01-28T08:44:42.000Z', updatedAt: '2020-01-29T14:52:21.000Z',
};
const leaver = {
  id: 'Q2bnS8kdZ2d7lLwXW1iR9aCc', firstName: 'Omar', lastName: 'Haddad', email: 'omar@acme.com',
  employmentStartDate: '2021-05-03', employmentEndDate: '2024-02-29', lastWorkingDay: '2024-02-29', leavingReason: 'resigned', status: 'offboarded',
};
const hire = { id: 'p3w1M0rHk1X8YxTzW9qL2nBv', firstName: 'Sofia', lastName: 'Rossi', email: 'sofia@acme.com', employmentStartDate: '2024-08-01', status: 'newHire' };
// A `public:read` token: private profile fields are simply not there.
const limited = { id: 'aa11bb22cc33dd44ee55ff66', firstName: 'Jonas', lastName: 'Berg', email: 'jonas@acme.com', status: 'active' };
const odd = { id: 'zz99yy88xx77ww66vv55uu44', firstName: 'Mia', lastName: 'Klein', email: 'mia@acme.com', status: 'suspended' };

const jobRoles = [
  { id: 'jr1', personId: kelsey.id, jobTitle: 'Designer', department: 'Product', effectiveDate: '2018-03-10', endDate: '2021-12-31', note: null },
  { id: 'jr2', personId: kelsey.id, jobTitle: 'Lead Designer', department: 'Product', reportingTo: 'MGR0000000000000000000001', effectiveDate: '2022-01-01', endDate: null, note: null },
  { id: 'jr3', personId: kelsey.id, jobTitle: 'Head of Design', department: 'Product', effectiveDate: '2024-09-01', endDate: null, note: 'promotion' },
  { id: 'jr4', personId: leaver.id, jobTitle: 'Support Agent', department: 'Customer Success', effectiveDate: '2021-05-03', endDate: '2024-02-29' },
  { id: 'jr5', personId: hire.id, jobTitle: 'Data Analyst', department: 'Finance', effectiveDate: '2024-08-01', endDate: null },
];
const compensations = [
  { id: 'c1', personId: kelsey.id, compensationTypeId: 'base', amount: '60000', currency: 'EUR', period: 'annual', effectiveDate: '2018-03-10', endDate: '2021-12-31' },
  { id: 'c2', personId: kelsey.id, compensationTypeId: 'base', amount: '70000', currency: 'EUR', period: 'annual', effectiveDate: '2022-01-01', endDate: null },
  { id: 'c3', personId: hire.id, compensationTypeId: 'base', amount: '4200.50', currency: 'gbp', period: 'monthly', effectiveDate: '2024-08-01', endDate: null },
];
const customFields = [
  { id: 'cf1', companyId: 'T7uq', name: 'T-shirt size', section: 'personal', type: 'select', config: {} },
  { id: 'cf2', companyId: 'T7uq', name: 'Religion', section: 'personal', type: 'text', config: {} },
];
const customValues = [
  { id: 'cv1', personId: kelsey.id, customFieldId: 'cf1', resourceId: null, value: 'L' },
  { id: 'cv2', personId: kelsey.id, customFieldId: 'cf2', resourceId: null, value: 'Buddhist' },
];
const locations = [{ id: 'FnAjNOIyLRsmZGRohZsHApiE', companyId: 'T7uq', name: 'London HQ' }];

const EMPTY = {
  provider: 'humaans', employeeNumber: null, firstName: null, lastName: null, preferredName: null, workEmail: null, personalEmail: null,
  birthDate: null, startDate: null, terminationDate: null, status: 'unknown', jobTitle: null, department: null, team: null, office: null,
  managerId: null, mobilePhone: null, payRate: null, employmentType: null, gender: null, costCenter: null, issues: [],
};

function resource(name: string): ResourceSpec {
  const spec = humaans.resources.find((r) => r.name === name);
  if (!spec) throw new Error(`no resource ${name}`);
  return spec;
}

describe('Humaans provider', () => {
  const raw = { people: [kelsey, null, leaver, hire, { firstName: 'No', lastName: 'Id' }, limited, odd], jobRoles, compensations, customFields, customValues, locations };
  const result = humaans.normalize(raw, context);
  const byId = new Map(result.records.map((r) => [r.hrisId, r]));

  it('joins a person with the job role and compensation in force today', () => {
    expect(byId.get(kelsey.id)).to.deep.equal({
      ...EMPTY,
      hrisId: kelsey.id, employeeNumber: 'E-0007', firstName: 'Kelsey', lastName: 'Wicks', workEmail: 'kelsey@acme.com',
      personalEmail: 'kwicks@example.com', birthDate: '1989-07-28', startDate: '2018-03-10', status: 'active',
      jobTitle: 'Lead Designer', department: 'Product', team: 'Moonshot', office: 'London HQ', managerId: 'MGR0000000000000000000001',
      mobilePhone: '+4479460001', payRate: { amount: 70000, currency: 'EUR', period: 'year' }, employmentType: 'Full time', gender: 'Female',
      fields: {
        id: kelsey.id, employeeId: 'E-0007', firstName: 'Kelsey', middleName: null, lastName: 'Wicks', preferredName: null,
        email: 'kelsey@acme.com', personalEmail: 'kwicks@example.com', phoneNumber: '+4479460001', personalPhoneNumber: null,
        gender: 'Female', nationality: 'British', address: '58 Stroude Road', city: 'Siddington', postcode: 'SK11 1EN',
        countryCode: 'GB', country: 'United Kingdom', locationId: 'FnAjNOIyLRsmZGRohZsHApiE', leavingReason: null,
        contractType: 'Full time', status: 'active', timezone: 'Europe/London',
        birthday: '1989-07-28', employmentStartDate: '2018-03-10', firstWorkingDay: '2018-03-10', employmentEndDate: null,
        lastWorkingDay: null, probationEndDate: null, nationalities: ['British'], teams: ['Moonshot', 'Growth Pod'],
        'location.name': 'London HQ',
        'jobRole.jobTitle': 'Lead Designer', 'jobRole.department': 'Product', 'jobRole.effectiveDate': '2022-01-01',
        'jobRole.reportingTo': 'MGR0000000000000000000001',
        'compensation.amount': 70000, 'compensation.currency': 'EUR', 'compensation.period': 'annual', 'compensation.effectiveDate': '2022-01-01',
        'custom.cf1': 'L',
      },
    });
  });

  it('reads a leaver with the last job role held', () => {
    expect(byId.get(leaver.id)).to.deep.equal({
      ...EMPTY,
      hrisId: leaver.id, firstName: 'Omar', lastName: 'Haddad', workEmail: 'omar@acme.com', startDate: '2021-05-03',
      terminationDate: '2024-02-29', status: 'inactive', jobTitle: 'Support Agent', department: 'Customer Success',
      fields: {
        id: leaver.id, firstName: 'Omar', lastName: 'Haddad', email: 'omar@acme.com', leavingReason: 'resigned', status: 'offboarded',
        employmentStartDate: '2021-05-03', employmentEndDate: '2024-02-29', lastWorkingDay: '2024-02-29',
        'jobRole.jobTitle': 'Support Agent', 'jobRole.department': 'Customer Success', 'jobRole.effectiveDate': '2021-05-03',
      },
    });
  });

  it('reads a new hire with the role and pay that start on the first day', () => {
    const record = byId.get(hire.id);
    expect(record?.status).to.equal('onboarding');
    expect(record?.jobTitle).to.equal('Data Analyst');
    expect(record?.department).to.equal('Finance');
    expect(record?.payRate).to.deep.equal({ amount: 4200.5, currency: 'GBP', period: 'month' });
  });

  it('reads what a public-only token sees', () => {
    expect(byId.get(limited.id)).to.deep.equal({
      ...EMPTY,
      hrisId: limited.id, firstName: 'Jonas', lastName: 'Berg', workEmail: 'jonas@acme.com', status: 'active',
      fields: { id: limited.id, firstName: 'Jonas', lastName: 'Berg', email: 'jonas@acme.com', status: 'active' },
    });
  });

  it('turns an unknown status into unknown with an issue', () => {
    expect(byId.get(odd.id)?.status).to.equal('unknown');
    expect(byId.get(odd.id)?.issues).to.deep.equal([{ code: 'status_unknown', params: { value: 'suspended' } }]);
  });

  it('quarantines odd items with a reason', () => {
    expect(result.records.length).to.equal(5);
    expect(result.quarantine).to.deep.equal([
      { hrisId: null, index: 1, resource: 'people', reason: { code: 'not_an_object', params: { type: 'null' } } },
      { hrisId: null, index: 4, resource: 'people', reason: { code: 'missing_id' } },
    ]);
  });

  it('drops tax ids and a "Religion" custom value, and counts them', () => {
    expect(result.dropped).to.deep.equal({
      count: 3,
      fields: [{ id: 'taxId', label: 'Tax ID' }, { id: 'taxCode', label: 'Tax code' }, { id: 'custom.cf2', label: 'Religion' }],
    });
    expect(JSON.stringify(result)).not.to.contain('Buddhist');
    expect(JSON.stringify(result)).not.to.contain('QQ123456C');
    expect(result.catalog.some((f) => f.id === 'taxId')).to.equal(false);
  });

  it('discovers custom fields with their Humaans names', () => {
    expect(result.catalog.filter((f) => f.custom)).to.deep.equal([
      { id: 'custom.cf1', label: 'T-shirt size', type: 'enum', endpoint: 'GET /api/custom-values', sensitivity: 'standard', custom: true },
    ]);
  });

  it('without the compensations scope, pay is simply absent', () => {
    const { records } = humaans.normalize({ people: [kelsey], jobRoles }, context);
    expect(records[0]?.payRate).to.equal(null);
    expect(records[0]?.jobTitle).to.equal('Lead Designer');
    expect(Object.keys(records[0]?.fields ?? {}).some((k) => k.startsWith('compensation.'))).to.equal(false);
  });

  it('derives the status from employment dates when the status is not readable', () => {
    const people = [
      { id: 'a', employmentStartDate: '2020-01-01' },
      { id: 'b', employmentStartDate: '2024-07-01' },
      { id: 'c', employmentStartDate: '2020-01-01', employmentEndDate: '2024-06-14' },
      { id: 'd', status: 'NEW_HIRE' },
    ];
    expect(humaans.normalize({ people }, context).records.map((r) => r.status)).to.deep.equal(['active', 'onboarding', 'inactive', 'onboarding']);
  });

  it('picks the current row, else the next one, else the last one', () => {
    const row = (id: string, from: string | null, to: string | null) => ({ row: { id }, from, to });
    expect(pickCurrent([row('old', '2020-01-01', '2021-01-01'), row('now', '2021-01-02', null), row('next', '2025-01-01', null)], '2024-06-15')).to.deep.equal({ id: 'now' });
    expect(pickCurrent([row('later', '2025-01-01', null), row('sooner', '2024-07-01', null)], '2024-06-15')).to.deep.equal({ id: 'sooner' });
    expect(pickCurrent([row('first', '2019-01-01', '2020-01-01'), row('last', '2020-01-02', '2023-05-31')], '2024-06-15')).to.deep.equal({ id: 'last' });
    expect(pickCurrent([], '2024-06-15')).to.equal(null);
  });

  it('pages every list with $limit/$skip and reads the {total, limit, skip, data} envelope', () => {
    expect(humaans.resources.map((r) => [r.name, r.path, r.optional ?? false])).to.deep.equal([
      ['people', '/api/people', false], ['jobRoles', '/api/job-roles', false], ['compensations', '/api/compensations', true],
      ['locations', '/api/locations', true], ['customFields', '/api/custom-fields', true], ['customValues', '/api/custom-values', true],
    ]);
    expect(resource('people').pagination).to.deep.equal({ kind: 'offset', limitParam: '$limit', offsetParam: '$skip', pageSize: 250 });
    expect(resource('people').extract({ total: 612, limit: 250, skip: 0, data: [kelsey] })).to.deep.equal({ ok: true, value: { items: [kelsey], total: 612 }, issues: [] });
    expect(resource('jobRoles').extract({ error: 'Not found' })).to.deep.equal({ ok: false, issues: [{ code: 'invalid_envelope', params: { provider: 'humaans', resource: 'jobRoles' } }] });
  });

  it('asks for one API token and forwards only GET reads to app.humaans.io', () => {
    expect(humaans.credentials.schema.safeParse({ token: 'tok_abc' }).success).to.equal(true);
    expect(humaans.credentials.schema.safeParse({ token: '  ' }).success).to.equal(false);
    expect(humaans.vendor.baseUrl({ token: 'x' })).to.equal('https://app.humaans.io');
    expect(humaans.vendor.allow.every((rule) => rule.method === 'GET')).to.equal(true);
    expect(humaans.required).to.deep.equal(['email', 'firstName', 'lastName']);
  });

  it('keeps a custom field whose id is __proto__ as plain data', () => {
    const values = JSON.parse('[{"personId":"a","customFieldId":"__proto__","value":"v"},{"personId":"a","customFieldId":"constructor","value":"c"}]') as unknown[];
    const { records } = humaans.normalize({ people: [{ id: 'a', status: 'active' }], customValues: values }, context);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(records[0]?.fields['custom.__proto__']).to.equal('v');
    expect(records[0]?.fields['custom.constructor']).to.equal('c');
  });
});
