import { expect } from '@open-wc/testing';
import { bamboohr } from '../../../src/core/providers/bamboohr.js';
import type { NormalizeResult, Page } from '../../../src/core/providers/types.js';

const resource = bamboohr.resources[0]!;
const context = (allow: string[] = []) => ({ allowSensitive: new Set(allow), now: new Date('2026-06-01T00:00:00Z') });

function pageOf(body: unknown): Page {
  const result = resource.extract(body);
  if (!result.ok) throw new Error(`extract failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Report through `extract` and `normalize`, as retrieval does. */
const run = (body: unknown, allow: string[] = []): NormalizeResult => bamboohr.normalize({ employees: [...pageOf(body).items] }, context(allow));

const PRIYA = {
  id: '123', employeeNumber: 'E-0123', firstName: 'Priya', lastName: 'Natarajan', preferredName: null, displayName: 'Priya Natarajan',
  workEmail: 'priya.natarajan@example.com', homeEmail: 'priya@home.example', mobilePhone: '+1 801 555 0100', workPhone: '801-555-0101',
  dateOfBirth: '1990-04-02', gender: 'Female', hireDate: '2022-03-14', originalHireDate: '2022-03-14', terminationDate: '0000-00-00',
  status: 'Active', employmentHistoryStatus: 'Full-Time', jobTitle: 'Software Engineer', department: 'Engineering', division: 'R&D',
  location: 'Salt Lake City', supervisor: 'Smith, Robert', supervisorEId: '101', supervisorId: 'E-0101',
  supervisorEmail: 'robert.smith@example.com', payRate: '65000.00 USD', payType: 'Salary', payPer: 'Year',
  lastChanged: '2026-08-29T10:12:00+00:00',
};

const LEAVER = {
  id: '124', employeeNumber: '', firstName: 'Tom', lastName: 'Baker', preferredName: '', displayName: 'Tom Baker',
  workEmail: 'tom.baker@example.com', homeEmail: '', mobilePhone: '', workPhone: '', dateOfBirth: '0000-00-00', gender: '',
  hireDate: '2019-01-07', originalHireDate: '0000-00-00', terminationDate: '2025-11-30', status: 'Inactive',
  employmentHistoryStatus: 'Terminated', jobTitle: 'Support Agent', department: 'Support', division: '', location: 'Remote',
  supervisor: '', supervisorEId: '', supervisorId: '', supervisorEmail: '', payRate: '24.50 USD', payType: 'Hourly', payPer: 'Hour',
  lastChanged: '2025-12-01T08:00:00+00:00',
};

const REPORT = {
  title: 'hris-kit employees',
  fields: [
    { id: 'firstName', type: 'text', name: 'First Name' },
    { id: 'customShirtSize', type: 'list', name: 'Shirt size' },
    { id: '4001', type: 'text', name: 'SSN' },
    { id: '4002', type: 'text', name: 'Schwerbehinderung' },
    { id: '4003', type: 'date', name: 'Badge expiry' },
  ],
  employees: [
    { ...PRIYA, customShirtSize: 'M', 4001: '123-45-6789', 4002: 'GdB 50', 4003: '2027-01-31' },
    { ...LEAVER, customShirtSize: '', 4001: '987-65-4321', 4002: '', 4003: '0000-00-00' },
  ],
};

describe('bamboohr: custom report', () => {
  it('normalizes an active employee field by field', () => {
    const result = run(REPORT);
    expect(result.quarantine).to.deep.equal([]);
    const { fields, ...core } = result.records[0]!;
    expect(core).to.deep.equal({
      provider: 'bamboohr', hrisId: '123', employeeNumber: 'E-0123', firstName: 'Priya', lastName: 'Natarajan', preferredName: null,
      workEmail: 'priya.natarajan@example.com', personalEmail: 'priya@home.example', birthDate: '1990-04-02', startDate: '2022-03-14',
      terminationDate: null, status: 'active', jobTitle: 'Software Engineer', department: 'Engineering', team: null,
      office: 'Salt Lake City', managerId: '101', mobilePhone: '+1 801 555 0100', payRate: { amount: 65000, currency: 'USD', period: 'year' },
      employmentType: 'Full-Time', gender: 'Female', costCenter: null, issues: [],
    });
    expect(fields).to.deep.equal({
      id: '123', employeeNumber: 'E-0123', firstName: 'Priya', lastName: 'Natarajan', preferredName: null, displayName: 'Priya Natarajan',
      workEmail: 'priya.natarajan@example.com', homeEmail: 'priya@home.example', mobilePhone: '+1 801 555 0100', workPhone: '801-555-0101',
      dateOfBirth: '1990-04-02', gender: 'Female', hireDate: '2022-03-14', originalHireDate: '2022-03-14', terminationDate: null,
      status: 'Active', employmentHistoryStatus: 'Full-Time', jobTitle: 'Software Engineer', department: 'Engineering', division: 'R&D',
      location: 'Salt Lake City', supervisor: 'Smith, Robert', supervisorEId: '101', supervisorId: 'E-0101',
      supervisorEmail: 'robert.smith@example.com', payRate: 65000, payType: 'Salary', payPer: 'Year', lastChanged: '2026-08-29',
      customShirtSize: 'M', 4003: '2027-01-31',
    });
  });

  it('normalizes an Inactive leaver: 0000-00-00 and empty strings become null, hourly pay', () => {
    const { fields, ...core } = run(REPORT).records[1]!;
    expect(core).to.deep.equal({
      provider: 'bamboohr', hrisId: '124', employeeNumber: null, firstName: 'Tom', lastName: 'Baker', preferredName: null,
      workEmail: 'tom.baker@example.com', personalEmail: null, birthDate: null, startDate: '2019-01-07', terminationDate: '2025-11-30',
      status: 'inactive', jobTitle: 'Support Agent', department: 'Support', team: null, office: 'Remote', managerId: null,
      mobilePhone: null, payRate: { amount: 24.5, currency: 'USD', period: 'hour' }, employmentType: 'Terminated', gender: null,
      costCenter: null, issues: [],
    });
    expect([fields.dateOfBirth, fields.originalHireDate, fields.customShirtSize, fields['4003']]).to.deep.equal([null, null, null, null]);
  });

  it('discovers custom fields with the report labels and drops the sensitive ones', () => {
    const result = run(REPORT);
    const text = JSON.stringify(result);
    for (const secret of ['123-45-6789', '987-65-4321', 'GdB 50']) expect(text).not.to.include(secret);
    expect(result.dropped).to.deep.equal({ count: 3, fields: [{ id: '4001', label: 'SSN' }, { id: '4002', label: 'Schwerbehinderung' }] });
    expect(result.catalog.filter((f) => f.custom)).to.deep.equal([
      { id: '4003', label: 'Badge expiry', type: 'date', endpoint: 'POST /v1/reports/custom', sensitivity: 'standard', custom: true },
      { id: 'customShirtSize', label: 'Shirt size', type: 'enum', endpoint: 'POST /v1/reports/custom', sensitivity: 'standard', custom: true },
    ]);
    expect(result.readable).to.include.members(['customShirtSize', '4003', 'workEmail']);
    expect(result.readable).not.to.include.members(['4001', '4002']);
  });

  it('lets the host allow one named sensitive field, and only that one', () => {
    const result = run(REPORT, ['4002']);
    expect(result.records[0]!.fields['4002']).to.equal('GdB 50');
    expect(JSON.stringify(result)).not.to.include('123-45-6789');
    expect(result.dropped.fields).to.deep.equal([{ id: '4001', label: 'SSN' }]);
  });

  it('drops BambooHR\'s own special fields (ssn, ethnicity) even unlabelled', () => {
    const result = run({ employees: [{ ...PRIYA, ssn: '123-45-6789', ethnicity: 'Asian' }] });
    expect(JSON.stringify(result)).not.to.include('123-45-6789');
    expect(JSON.stringify(result)).not.to.include('Asian');
    expect(result.dropped.count).to.equal(2);
  });

  it('keeps an unknown status as unknown with an issue, and notes a missing hire date', () => {
    const result = run({ employees: [{ ...PRIYA, status: 'Suspended', hireDate: '0000-00-00' }] });
    expect(result.records[0]!.status).to.equal('unknown');
    expect(result.records[0]!.startDate).to.equal(null);
    expect(result.records[0]!.issues).to.deep.equal([{ code: 'status_unknown', params: { value: 'Suspended' } }, { code: 'start_date_missing' }]);
  });

  it('reads a pay rate without currency and flags unreadable values', () => {
    const result = run({ employees: [{ ...PRIYA, payRate: '4200', payPer: 'Month', dateOfBirth: '1990-13-45' }] });
    expect(result.records[0]!.payRate).to.deep.equal({ amount: 4200, currency: null, period: 'month' });
    expect(result.records[0]!.birthDate).to.equal(null);
    expect(result.records[0]!.issues).to.deep.equal([{ code: 'invalid_value', params: { field: 'dateOfBirth', type: 'date' } }]);
  });

  it('quarantines odd items and keeps the rest', () => {
    const result = run({ employees: [PRIYA, 'x', { ...LEAVER, id: '' }, [1], { firstName: 'NoId' }] });
    expect(result.records.map((r) => r.hrisId)).to.deep.equal(['123']);
    expect(result.quarantine.map((q) => [q.index, q.reason.code])).to.deep.equal([[1, 'not_an_object'], [2, 'missing_id'], [3, 'not_an_object'], [4, 'missing_id']]);
  });

  it('keeps a permission-limited record with only what was readable', () => {
    const result = run({ employees: [{ id: '9', firstName: 'Ana', lastName: 'Lima', status: 'Active' }] });
    const record = result.records[0]!;
    expect([record.firstName, record.workEmail, record.status, record.payRate]).to.deep.equal(['Ana', null, 'active', null]);
    expect(result.readable).to.deep.equal(['firstName', 'id', 'lastName', 'status']);
  });
});

describe('bamboohr: envelope, request and credentials', () => {
  it('turns a body that is not a report into an issue', () => {
    for (const body of [null, '<html>', { employees: {} }, [], { fields: [] }]) {
      expect(resource.extract(body)).to.deep.equal({ ok: false, issues: [{ code: 'invalid_envelope', params: { provider: 'bamboohr', resource: 'employees' } }] });
    }
  });

  it('keeps employees as sent when the report names no custom field', () => {
    const page = pageOf({ title: 't', fields: [{ id: 'firstName', type: 'text', name: 'First Name' }], employees: [PRIYA] });
    expect(page).to.deep.equal({ items: [PRIYA], total: null });
  });

  it('asks for the custom report with leavers, no pagination, and allows only that call and the field metadata', () => {
    expect([resource.method, resource.path]).to.deep.equal(['POST', '/v1/reports/custom']);
    expect(resource.query).to.deep.equal({ format: 'JSON', onlyCurrent: 'false' });
    expect(resource.pagination).to.deep.equal({ kind: 'none' });
    const body = resource.body as { fields: string[] };
    expect(body.fields).to.include.members(['workEmail', 'firstName', 'lastName', 'status', 'terminationDate', 'payRate', 'payPer']);
    expect(body.fields).not.to.include('ssn');
    expect(bamboohr.vendor.allow).to.deep.equal([{ method: 'POST', path: '/v1/reports/custom' }, { method: 'GET', path: '/v1/meta/fields' }]);
    expect(bamboohr.required).to.deep.equal(['workEmail', 'firstName', 'lastName']);
  });

  it('accepts the company domain as typed or pasted, and refuses anything else', () => {
    const parse = (companyDomain: string) => bamboohr.credentials.schema.safeParse({ companyDomain, apiKey: 'abc123' });
    for (const input of ['acme', ' ACME ', 'acme.bamboohr.com', 'https://acme.bamboohr.com/home']) {
      expect(parse(input)).to.deep.include({ success: true, data: { companyDomain: 'acme', apiKey: 'abc123' } });
    }
    for (const input of ['', '../admin', 'acme/evil', 'evil.com', 'acme@evil', '-acme']) expect(parse(input).success, input).to.equal(false);
    expect(bamboohr.credentials.schema.safeParse({ companyDomain: 'acme', apiKey: 'a:b' }).success).to.equal(false);
    expect(bamboohr.vendor.baseUrl({ companyDomain: 'acme', apiKey: 'k' })).to.equal('https://api.bamboohr.com/api/gateway.php/acme');
    expect(() => bamboohr.vendor.baseUrl({ companyDomain: '../x', apiKey: 'k' })).to.throw();
    expect(bamboohr.credentials.advice).to.include('Non-Employee User');
  });
});
