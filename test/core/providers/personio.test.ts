import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { personio } from '../../../src/core/providers/personio.js';
import type { NormalizeContext, NormalizeResult, Page } from '../../../src/core/providers/types.js';
import type { EmployeeRecord } from '../../../src/core/model.js';

const context = (allow: string[] = []): NormalizeContext => ({ allowSensitive: new Set(allow), now: new Date('2026-06-01T00:00:00Z') });
const IBAN = 'DE98 8989 9898 0000 8989 00';
const resource = personio.resources[0]!;

async function fixture(name: string): Promise<unknown> {
  const response = await fetch(`/test/fixtures/personio/${name}`);
  return response.json();
}

function pageOf(body: unknown): Page {
  const result = resource.extract(body);
  if (!result.ok) throw new Error(`extract failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const run = (items: unknown[], allow: string[] = []): NormalizeResult => personio.normalize({ employees: items }, context(allow));

/** The record both real samples describe (the by-id one adds the birthday). */
const ALEXANDER: Omit<EmployeeRecord, 'fields'> = {
  provider: 'personio', hrisId: '1', employeeNumber: null, firstName: 'Alexander', lastName: 'Bergmann',
  preferredName: 'Alexander Bergmann', workEmail: 'alexander.bergmann@demo.email', personalEmail: null, birthDate: null,
  startDate: '2014-11-09', terminationDate: null, status: 'active', jobTitle: 'CTO', department: 'Customer Support',
  team: 'T_X', office: 'Munich', managerId: '2', mobilePhone: null, payRate: { amount: 3000, currency: 'EUR', period: 'month' },
  employmentType: 'external', gender: 'male', costCenter: 'Cost center 1', issues: [],
};

const ALEXANDER_FIELDS = {
  id: '1', first_name: 'Alexander', last_name: 'Bergmann', preferred_name: 'Alexander Bergmann', email: 'alexander.bergmann@demo.email',
  gender: 'male', status: 'active', position: 'CTO', supervisor: '2', employment_type: 'external', weekly_working_hours: 40,
  hire_date: '2014-11-09', contract_end_date: null, termination_date: null, termination_type: null, termination_reason: null,
  probation_period_end: null, created_at: '2017-05-23', last_modified_at: '2020-11-18', subcompany: 'CS Demo GmbH', office: 'Munich',
  department: 'Customer Support', cost_centers: ['Cost center 1'], holiday_calendar: 'Deutschland (Bayern) Feiertage',
  absence_entitlement: ['Paid vacation'], work_schedule: 'Full-time, 40 hours without time tracking, (mon,tue,wed,thu,fri)',
  fix_salary: 3000, fix_salary_interval: 'monthly', hourly_salary: 0, last_working_day: null,
  profile_picture: 'https://api.personio.de/v1/company/employees/1132888/profile-picture', team: 'T_X',
  dynamic_24407: 'Dr', dynamic_33400: '2021-01-01',
};

describe('personio: the real samples', () => {
  it('reads the list envelope: the items, and the vendor total as given', async () => {
    const page = pageOf(await fixture('employees-list.json'));
    expect(page.items.length).to.equal(1);
    expect(page.total).to.equal(2);
  });

  it('normalizes the list sample into exactly the expected record', async () => {
    const result = run([...pageOf(await fixture('employees-list.json')).items]);
    expect(result.quarantine).to.deep.equal([]);
    expect(result.records.length).to.equal(1);
    const { fields, ...core } = result.records[0]!;
    expect(core).to.deep.equal(ALEXANDER);
    expect(fields).to.deep.equal({ ...ALEXANDER_FIELDS, vacation_day_balance: 2 });
  });

  it('normalizes the by-id sample, birthday from the date_of_birth attribute', async () => {
    const body = (await fixture('employee-by-id.json')) as { data: unknown };
    const result = run([body.data]);
    expect(result.quarantine).to.deep.equal([]);
    const { fields, ...core } = result.records[0]!;
    expect(core).to.deep.equal({ ...ALEXANDER, birthDate: '1983-08-18' });
    expect(fields).to.deep.equal({ ...ALEXANDER_FIELDS, dynamic_180883: '1983-08-18' });
    const birthday = result.catalog.find((f) => f.id === 'dynamic_180883');
    expect(birthday).to.deep.equal({ id: 'dynamic_180883', label: 'Birthday', type: 'date', endpoint: 'GET /v1/company/employees', sensitivity: 'personal', custom: true });
  });

  it('drops the IBAN everywhere and reports it', async () => {
    const body = (await fixture('employee-by-id.json')) as { data: unknown };
    const list = pageOf(await fixture('employees-list.json'));
    for (const result of [run([body.data]), run([...list.items])]) {
      expect(JSON.stringify(result)).not.to.include(IBAN);
      expect(JSON.stringify(result)).not.to.include('dynamic_21827":');
      expect(result.dropped).to.deep.equal({ count: 1, fields: [{ id: 'dynamic_21827', label: 'IBAN' }] });
      expect(result.catalog.map((f) => f.id)).not.to.include('dynamic_21827');
      expect(result.readable).not.to.include('dynamic_21827');
    }
  });

  it('keeps the IBAN when the host allows that field explicitly', async () => {
    const body = (await fixture('employee-by-id.json')) as { data: unknown };
    const result = run([body.data], ['dynamic_21827']);
    expect(result.records[0]!.fields.dynamic_21827).to.equal(IBAN);
    expect(result.dropped).to.deep.equal({ count: 0, fields: [] });
    expect(result.catalog.find((f) => f.id === 'dynamic_21827')?.sensitivity).to.equal('special');
  });

  it('reports the readable attributes and the discovered custom ones with their labels', async () => {
    const body = (await fixture('employee-by-id.json')) as { data: unknown };
    const result = run([body.data]);
    expect(result.readable).to.include.members(['email', 'first_name', 'last_name', 'dynamic_180883']);
    expect(result.readable.length).to.equal(35);
    expect(result.catalog.filter((f) => f.custom).map((f) => [f.id, f.label, f.type])).to.deep.equal([
      ['dynamic_180883', 'Birthday', 'date'], ['dynamic_24407', 'Titel', 'string'], ['dynamic_33400', 'Anniversary Date', 'date'],
    ]);
  });

  it('turns the 404 error envelope into an issue, not a throw', async () => {
    const result = resource.extract(await fixture('employee-404.json'));
    expect(result.ok).to.equal(false);
    expect(result.issues[0]!.code).to.equal('vendor_error');
    expect(result.issues[0]!.params?.status).to.equal(404);
  });
});

/** A v1 employee as older tenants send it: `{label, value}` wrappers only, some values bare. */
function legacyEmployee(id: unknown, extra: Record<string, unknown> = {}): unknown {
  return {
    type: 'Employee',
    attributes: {
      ...(id === undefined ? {} : { id: { label: 'ID', value: id } }),
      first_name: { label: 'Vorname', value: ' Jürgen ' },
      last_name: 'Weiß',
      email: { label: 'E-Mail', value: 'juergen.weiss@example.de' },
      status: { label: 'Status', value: 'Leave' },
      position: { label: 'Position', value: null },
      hire_date: { label: 'Eintrittsdatum', value: '2021-03-01T00:00:00+0100' },
      supervisor: { label: 'Vorgesetzter', value: null },
      department: { label: 'Abteilung', value: { type: 'Department', attributes: { id: 9, name: 'Vertrieb' } } },
      office: { label: 'Standort', value: null },
      cost_centers: { label: 'Kostenstelle', value: [
        { type: 'CostCenter', attributes: { id: 1, name: 'KST 100', percentage: 30 } },
        { type: 'CostCenter', attributes: { id: 2, name: 'KST 200', percentage: 70 } },
      ] },
      fix_salary: { label: 'Gehalt', value: null, currency: 'EUR' },
      hourly_salary: { label: 'Stundenlohn', value: '18.50', currency: 'eur' },
      dynamic_1001: { label: 'Private E-Mail', value: 'jw@privat.example' },
      dynamic_1002: { label: 'Geburtsdatum', value: '24.12.1990' },
      dynamic_1003: { label: 'Handynummer', value: '+49 170 1234567' },
      dynamic_1004: { label: 'Personalnummer', value: 4711 },
      dynamic_1005: { label: 'Konfession', value: 'römisch-katholisch' },
      dynamic_1006: { label: 'Religion', value: 'evangelisch', type: 'standard', universal_id: null },
      dynamic_1007: { label: 'Hobbies', value: 'Segeln, Lesen', type: 'tags' },
      ...extra,
    },
  };
}

describe('personio: payloads shaped as the research describes', () => {
  it('reads wrappers without type/universal_id and bare values into the expected record', () => {
    const result = run([legacyEmployee(42)]);
    expect(result.quarantine).to.deep.equal([]);
    const { fields, ...core } = result.records[0]!;
    expect(core).to.deep.equal({
      provider: 'personio', hrisId: '42', employeeNumber: '4711', firstName: 'Jürgen', lastName: 'Weiß', preferredName: null,
      workEmail: 'juergen.weiss@example.de', personalEmail: 'jw@privat.example', birthDate: '1990-12-24', startDate: '2021-03-01',
      terminationDate: null, status: 'leave', jobTitle: null, department: 'Vertrieb', team: null, office: null, managerId: null,
      mobilePhone: '+49 170 1234567', payRate: { amount: 18.5, currency: 'EUR', period: 'hour' }, employmentType: null, gender: null,
      costCenter: 'KST 200', issues: [],
    });
    expect(fields).to.deep.equal({
      id: '42', first_name: 'Jürgen', last_name: 'Weiß', email: 'juergen.weiss@example.de', status: 'Leave', position: null,
      hire_date: '2021-03-01', supervisor: null, department: 'Vertrieb', office: null, cost_centers: ['KST 100', 'KST 200'],
      fix_salary: null, hourly_salary: 18.5, dynamic_1001: 'jw@privat.example', dynamic_1002: '1990-12-24',
      dynamic_1003: '+49 170 1234567', dynamic_1004: '4711', dynamic_1007: ['Segeln', 'Lesen'],
    });
  });

  it('drops "Konfession" and "Religion" custom attributes, values and catalog entries', () => {
    const result = run([legacyEmployee(42), legacyEmployee(43)]);
    const text = JSON.stringify(result);
    expect(text).not.to.include('katholisch');
    expect(text).not.to.include('evangelisch');
    expect(result.dropped).to.deep.equal({ count: 4, fields: [{ id: 'dynamic_1005', label: 'Konfession' }, { id: 'dynamic_1006', label: 'Religion' }] });
    expect(result.catalog.filter((f) => f.custom).map((f) => [f.id, f.label, f.type, f.sensitivity])).to.deep.equal([
      ['dynamic_1001', 'Private E-Mail', 'email', 'personal'], ['dynamic_1002', 'Geburtsdatum', 'date', 'personal'],
      ['dynamic_1003', 'Handynummer', 'phone', 'standard'], ['dynamic_1004', 'Personalnummer', 'string', 'standard'],
      ['dynamic_1007', 'Hobbies', 'list', 'standard'],
    ]);
  });

  it('drops an attribute Personio marks as special by universal_id, whatever its label', () => {
    const result = run([legacyEmployee(42, { dynamic_2001: { label: 'Konto', value: 'DE02120300000000202051', type: 'standard', universal_id: 'iban' } })]);
    expect(JSON.stringify(result)).not.to.include('DE02120300000000202051');
    expect(result.dropped.fields).to.deep.include({ id: 'dynamic_2001', label: 'Konto' });
  });

  it('keeps an unknown status as unknown with an issue', () => {
    const result = run([legacyEmployee(42, { status: { label: 'Status', value: 'Parental leave' } })]);
    expect(result.records[0]!.status).to.equal('unknown');
    expect(result.records[0]!.issues).to.deep.equal([{ code: 'status_unknown', params: { value: 'Parental leave' } }]);
  });

  it('reads onboarding and a leaver with a termination date', () => {
    const result = run([
      legacyEmployee(1, { status: { label: 'Status', value: 'onboarding' } }),
      legacyEmployee(2, { status: { label: 'Status', value: 'inactive' }, termination_date: { label: 'Austritt', value: '2025-09-30T00:00:00+02:00', type: 'date' } }),
    ]);
    expect(result.records.map((r) => [r.hrisId, r.status, r.terminationDate])).to.deep.equal([['1', 'onboarding', null], ['2', 'inactive', '2025-09-30']]);
  });

  it('quarantines an item without id and one that is not an employee, keeping the rest', () => {
    const result = run([legacyEmployee(undefined), 'oops', null, { type: 'Employee' }, legacyEmployee(7), legacyEmployee({ weird: true })]);
    expect(result.records.map((r) => r.hrisId)).to.deep.equal(['7']);
    expect(result.quarantine).to.deep.equal([
      { hrisId: null, index: 0, resource: 'employees', reason: { code: 'missing_id' } },
      { hrisId: null, index: 1, resource: 'employees', reason: { code: 'not_an_object', params: { type: 'string' } } },
      { hrisId: null, index: 2, resource: 'employees', reason: { code: 'not_an_object', params: { type: 'null' } } },
      { hrisId: null, index: 3, resource: 'employees', reason: { code: 'unexpected_item', params: { expected: 'Employee' } } },
      { hrisId: null, index: 5, resource: 'employees', reason: { code: 'missing_id' } },
    ]);
  });

  it('flags an unreadable date instead of inventing one', () => {
    const result = run([legacyEmployee(42, { hire_date: { label: 'Eintrittsdatum', value: '2024-02-30' } })]);
    expect(result.records[0]!.startDate).to.equal(null);
    expect(result.records[0]!.issues).to.deep.equal([{ code: 'invalid_value', params: { field: 'hire_date', type: 'date' } }]);
  });

  it('merges the same employee seen on two pages', () => {
    const result = run([legacyEmployee(42), legacyEmployee(42, { position: { label: 'Position', value: 'Sales lead' } })]);
    expect(result.records.length).to.equal(1);
    expect(result.records[0]!.jobTitle).to.equal('Sales lead');
    expect(result.records[0]!.issues).to.deep.equal([{ code: 'duplicate_merged', params: { hrisId: '42' } }]);
  });

  it('merges repeats among other people, keeping first-seen order', () => {
    const title = (value: string) => ({ position: { label: 'Position', value } });
    const result = run([legacyEmployee(1), legacyEmployee(2), legacyEmployee(1, title('Lead')), legacyEmployee(3), legacyEmployee(2, title('Ops')), legacyEmployee(1, title('Head'))]);
    expect(result.records.map((r) => [r.hrisId, r.jobTitle])).to.deep.equal([['1', 'Head'], ['2', 'Ops'], ['3', null]]);
    expect(result.records.map((r) => r.issues.map((i) => i.code))).to.deep.equal([['duplicate_merged'], ['duplicate_merged'], []]);
  });

  it('shows a supervisor by name in fields and links the manager by id', () => {
    const supervisor = { label: 'Vorgesetzter', value: { type: 'Employee', attributes: {
      id: { label: 'ID', value: 77 }, first_name: { label: 'Vorname', value: 'Ada' }, last_name: { label: 'Nachname', value: 'Lovelace' },
    } } };
    const record = run([legacyEmployee(42, { supervisor })]).records[0]!;
    expect([record.managerId, record.fields.supervisor]).to.deep.equal(['77', 'Ada Lovelace']);
  });

  it('never lets a special-category custom value through, whatever the label spelling or value (property)', () => {
    const labels = ['IBAN', 'Konfession', 'Religion', 'Gewerkschaft', 'Schwerbehinderung', 'Passport number', 'SSN', 'Casier judiciaire', 'Santé', 'Ethnicity'];
    const label = fc.tuple(fc.constantFrom(...labels), fc.constantFrom('', ' ', ':', ' (privat)'), fc.boolean())
      .map(([base, suffix, upper]) => (upper ? base.toUpperCase() : base) + suffix);
    fc.assert(fc.property(label, fc.string({ minLength: 6 }).map((v) => `§${v}§`), fc.boolean(), (name, secret, wrapped) => {
      const attribute = wrapped ? { label: name, value: secret, type: 'standard', universal_id: null } : { label: name, value: secret };
      const result = run([legacyEmployee(1, { dynamic_9000: attribute })]);
      expect(JSON.stringify(result)).not.to.include(JSON.stringify(secret).slice(1, -1));
      expect(result.dropped.fields.map((f) => f.id)).to.include('dynamic_9000');
    }), { seed: 4242, numRuns: 200 });
  });

  it('ignores __proto__ and constructor attribute keys without polluting prototypes', () => {
    const item = JSON.parse(`{"type":"Employee","attributes":{"id":{"label":"ID","value":5},"__proto__":{"label":"x","value":"polluted"},"constructor":{"label":"Constructor","value":"c"}}}`) as unknown;
    const result = run([item]);
    expect(({} as Record<string, unknown>).label).to.equal(undefined);
    expect(result.records[0]!.hrisId).to.equal('5');
    expect(result.records[0]!.fields.constructor).to.equal('c');
    expect(result.readable).to.deep.equal(['constructor', 'id']);
  });
});

describe('personio: the envelope', () => {
  it('turns success:false and non-envelope bodies into issues', () => {
    expect(resource.extract({ success: false, error: { code: 401, message: 'Unauthorized' } })).to.deep.equal({
      ok: false, issues: [{ code: 'vendor_error', params: { provider: 'personio', status: 401, message: 'Unauthorized' } }],
    });
    for (const body of ['<html>login</html>', null, [], { success: true, data: { not: 'a list' } }, { data: [] }]) {
      expect(resource.extract(body)).to.deep.equal({ ok: false, issues: [{ code: 'invalid_envelope', params: { provider: 'personio', resource: 'employees' } }] });
    }
  });

  it('reads a total sent as a string and ignores a nonsensical one', () => {
    expect(pageOf({ success: true, data: [], metadata: { total_elements: '250' } }).total).to.equal(250);
    expect(pageOf({ success: true, data: [], metadata: { total_elements: -3 } }).total).to.equal(null);
    expect(pageOf({ success: true, data: [] }).total).to.equal(null);
  });

  it('declares the paged resource, the allow-list and the credential form', () => {
    expect(resource.pagination).to.deep.equal({ kind: 'offset', limitParam: 'limit', offsetParam: 'offset', pageSize: 100 });
    expect([resource.method, resource.path, resource.ratePerMinute]).to.deep.equal(['GET', '/v1/company/employees', 300]);
    expect(personio.vendor.allow).to.deep.equal([{ method: 'GET', path: '/v1/company/employees' }]);
    expect(personio.vendor.baseUrl({ clientId: 'a', clientSecret: 'b' })).to.equal('https://api.personio.de');
    expect(personio.required).to.deep.equal(['email', 'first_name', 'last_name']);
    expect(personio.credentials.schema.safeParse({ clientId: ' id ', clientSecret: 's' })).to.deep.include({ success: true, data: { clientId: 'id', clientSecret: 's' } });
    expect(personio.credentials.schema.safeParse({ clientId: '', clientSecret: 's' }).success).to.equal(false);
    expect(personio.credentials.fields.map((f) => [f.name, f.kind])).to.deep.equal([['clientId', 'text'], ['clientSecret', 'secret']]);
  });
});
