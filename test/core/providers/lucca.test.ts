import { expect } from '@open-wc/testing';
import { lucca, luccaTenantSchema } from '../../../src/core/providers/lucca.js';
import type { NormalizeContext, ResourceSpec } from '../../../src/core/providers/types.js';

const context: NormalizeContext = { allowSensitive: new Set(), now: new Date('2024-06-15T10:00:00Z') };
const USERS = 'GET /api/v3/users';

// Shaped as `GET /api/v3/users?fields=...` items: local date-times without offset, references as {id, name, url}.
const jean = {
  id: 42, name: 'Jean Dupont', displayName: 'Jean Dupont', url: 'https://acme.ilucca.net/api/v3/users/42',
  firstName: 'Jean', lastName: 'Dupont', login: 'jdupont', mail: 'jean.dupont@acme.fr', employeeNumber: '00042',
  birthDate: '1988-05-17T00:00:00', dtContractStart: '2023-01-01T00:00:00', dtContractEnd: null, jobTitle: 'Data Engineer',
  directLine: null, professionalMobile: '+33 6 00 00 00 00', modifiedOn: '2024-03-01T10:00:00',
  department: { id: 10, name: 'Engineering', url: 'https://acme.ilucca.net/api/v3/departments/10' },
  legalEntity: { id: 1, name: 'Acme SAS', url: 'https://acme.ilucca.net/api/v3/legalEntities/1' },
  manager: { id: 5, name: 'Alice Manager', url: 'https://acme.ilucca.net/api/v3/users/5' },
  extendedData: {
    e_tshirt: { name: 'Taille de T-shirt', value: 'M' },
    e_iban: { name: 'IBAN', value: 'FR76 3000 6000 0112 3456 7890 189' },
    e_passeport: { name: 'Numéro de passeport', value: '19AB12345' },
  },
};
// Leaves at the end of August: still in the default list, and in the former-employees list too.
const marieActive = {
  id: 43, name: 'Marie Curie', firstName: 'Marie', lastName: 'Curie', mail: 'marie.curie@acme.fr', employeeNumber: '00043',
  dtContractStart: '2020-09-01T00:00:00', dtContractEnd: '2024-08-31T00:00:00', jobTitle: 'Research Lead',
  department: { id: 11, name: 'R&D' }, manager: null,
};
const marieFormer = { ...marieActive, jobTitle: 'Research Lead (leaving)' };
const hire = {
  id: 44, name: 'Hugo Leroy', firstName: 'Hugo', lastName: 'Leroy', mail: 'hugo.leroy@acme.fr',
  dtContractStart: '2024-09-01T00:00:00', dtContractEnd: null, department: { id: 10, name: 'Engineering' },
};
// An API key without access to contract or organisation data: those keys are just absent.
const limited = { id: 45, name: 'Chloé Bernard', firstName: 'Chloé', lastName: 'Bernard', mail: 'chloe.bernard@acme.fr' };
const former = {
  id: 30, name: 'Paul Martin', firstName: 'Paul', lastName: 'Martin', mail: 'paul.martin@acme.fr', employeeNumber: 30,
  dtContractStart: '2019-04-01T00:00:00', dtContractEnd: '2023-12-31T00:00:00', jobTitle: 'Sales Manager',
  department: { id: 12, name: 'Sales' }, legalEntity: { id: 1, name: 'Acme SAS' }, manager: { id: 5, name: 'Alice Manager' },
};

const EMPTY = {
  provider: 'lucca', employeeNumber: null, firstName: null, lastName: null, preferredName: null, workEmail: null, personalEmail: null,
  birthDate: null, startDate: null, terminationDate: null, status: 'unknown', jobTitle: null, department: null, team: null, office: null,
  managerId: null, mobilePhone: null, payRate: null, employmentType: null, gender: null, costCenter: null, issues: [],
};

function resource(name: string): ResourceSpec {
  const spec = lucca.resources.find((r) => r.name === name);
  if (!spec) throw new Error(`no resource ${name}`);
  return spec;
}

describe('Lucca provider', () => {
  const raw = { users: [jean, marieActive, 'garbage', hire, limited, { name: 'No id' }], formerUsers: [former, marieFormer] };
  const result = lucca.normalize(raw, context);
  const byId = new Map(result.records.map((r) => [r.hrisId, r]));

  it('reads a current employee: mail as work email, department and manager references, custom field', () => {
    expect(byId.get('42')).to.deep.equal({
      ...EMPTY,
      hrisId: '42', employeeNumber: '00042', firstName: 'Jean', lastName: 'Dupont', workEmail: 'jean.dupont@acme.fr',
      birthDate: '1988-05-17', startDate: '2023-01-01', status: 'active', jobTitle: 'Data Engineer', department: 'Engineering',
      office: 'Acme SAS', managerId: '5', mobilePhone: '+33 6 00 00 00 00',
      fields: {
        id: '42', name: 'Jean Dupont', firstName: 'Jean', lastName: 'Dupont', mail: 'jean.dupont@acme.fr', login: 'jdupont',
        jobTitle: 'Data Engineer', directLine: null, professionalMobile: '+33 6 00 00 00 00', modifiedOn: '2024-03-01T10:00:00',
        birthDate: '1988-05-17', dtContractStart: '2023-01-01', dtContractEnd: null, employeeNumber: '00042',
        'department.id': '10', 'department.name': 'Engineering', 'legalEntity.id': '1', 'legalEntity.name': 'Acme SAS',
        'manager.id': '5', 'manager.name': 'Alice Manager', 'extendedData.e_tshirt': 'M',
      },
    });
  });

  it('reads a former employee from the second resource as inactive', () => {
    expect(byId.get('30')).to.deep.equal({
      ...EMPTY,
      hrisId: '30', employeeNumber: '30', firstName: 'Paul', lastName: 'Martin', workEmail: 'paul.martin@acme.fr',
      startDate: '2019-04-01', terminationDate: '2023-12-31', status: 'inactive', jobTitle: 'Sales Manager', department: 'Sales',
      office: 'Acme SAS', managerId: '5',
      fields: {
        id: '30', name: 'Paul Martin', firstName: 'Paul', lastName: 'Martin', mail: 'paul.martin@acme.fr', jobTitle: 'Sales Manager',
        dtContractStart: '2019-04-01', dtContractEnd: '2023-12-31', employeeNumber: '30',
        'department.id': '12', 'department.name': 'Sales', 'legalEntity.id': '1', 'legalEntity.name': 'Acme SAS',
        'manager.id': '5', 'manager.name': 'Alice Manager',
      },
    });
  });

  it('merges someone listed by both resources into one record, later values winning', () => {
    const marie = byId.get('43');
    expect(result.records.filter((r) => r.hrisId === '43').length).to.equal(1);
    expect(marie?.status).to.equal('active');
    expect(marie?.terminationDate).to.equal('2024-08-31');
    expect(marie?.jobTitle).to.equal('Research Lead (leaving)');
    expect(marie?.managerId).to.equal(null);
    expect(marie?.issues).to.deep.equal([{ code: 'duplicate_merged', params: { hrisId: '43' } }]);
  });

  it('derives onboarding from a contract that starts after today', () => {
    expect(byId.get('44')?.status).to.equal('onboarding');
    expect(byId.get('44')?.startDate).to.equal('2024-09-01');
  });

  it('derives statuses from contract dates against a fixed now', () => {
    const users = [
      { id: 1, dtContractStart: '2024-06-15T00:00:00', dtContractEnd: null },
      { id: 2, dtContractStart: '2024-06-16T00:00:00', dtContractEnd: null },
      { id: 3, dtContractStart: '2020-01-01T00:00:00', dtContractEnd: '2024-06-15T00:00:00' },
      { id: 4, dtContractStart: '2020-01-01T00:00:00', dtContractEnd: '2024-06-14T00:00:00' },
    ];
    expect(lucca.normalize({ users }, context).records.map((r) => r.status)).to.deep.equal(['active', 'onboarding', 'active', 'inactive']);
  });

  it('reads what a limited API key sees', () => {
    expect(byId.get('45')).to.deep.equal({
      ...EMPTY,
      hrisId: '45', firstName: 'Chloé', lastName: 'Bernard', workEmail: 'chloe.bernard@acme.fr', status: 'active',
      fields: { id: '45', name: 'Chloé Bernard', firstName: 'Chloé', lastName: 'Bernard', mail: 'chloe.bernard@acme.fr' },
    });
  });

  it('quarantines odd items with their resource and position', () => {
    expect(result.records.map((r) => r.hrisId)).to.deep.equal(['42', '43', '44', '45', '30']);
    expect(result.quarantine).to.deep.equal([
      { hrisId: null, index: 2, resource: 'users', reason: { code: 'not_an_object', params: { type: 'string' } } },
      { hrisId: null, index: 5, resource: 'users', reason: { code: 'missing_id' } },
    ]);
  });

  it('drops IBAN and passport extended data, counts them, and keeps the rest with its label', () => {
    expect(result.dropped).to.deep.equal({
      count: 2,
      fields: [{ id: 'extendedData.e_iban', label: 'IBAN' }, { id: 'extendedData.e_passeport', label: 'Numéro de passeport' }],
    });
    expect(JSON.stringify(result)).not.to.contain('FR76');
    expect(result.catalog.filter((f) => f.custom)).to.deep.equal([
      { id: 'extendedData.e_tshirt', label: 'Taille de T-shirt', type: 'string', endpoint: USERS, sensitivity: 'standard', custom: true },
    ]);
  });

  it('reads active and former employees with a projection, offset paging and the data.items envelope', () => {
    const users = resource('users');
    const formerUsers = resource('formerUsers');
    expect(users.path).to.equal('/api/v3/users');
    expect(users.pagination).to.deep.equal({ kind: 'paging-param', param: 'paging', pageSize: 1000 });
    expect(String(users.query?.fields)).to.contain('mail');
    expect(String(users.query?.fields)).to.contain('manager[id,name]');
    expect(users.query?.dtContractEnd).to.equal(undefined);
    expect(formerUsers.query?.dtContractEnd).to.equal('notequal,null');
    expect(formerUsers.query?.fields).to.equal(users.query?.fields);
    expect(users.extract({ header: {}, data: { items: [jean] } })).to.deep.equal({ ok: true, value: { items: [jean], total: null }, issues: [] });
    expect(users.extract({ data: [jean] })).to.deep.equal({ ok: false, issues: [{ code: 'invalid_envelope', params: { provider: 'lucca', resource: 'users' } }] });
  });

  it('accepts a tenant only as one DNS label, so the proxy can only reach *.ilucca.net', () => {
    expect(luccaTenantSchema.parse('acme')).to.equal('acme');
    expect(luccaTenantSchema.parse(' https://Acme-Group.ilucca.net/home ')).to.equal('acme-group');
    expect(luccaTenantSchema.parse('acme.ilucca.net')).to.equal('acme');
    for (const bad of ['', 'acme.ilucca.net.evil.com', 'evil.com/x.ilucca.net', 'evil.com', 'a_b', '-acme', 'acme-', 'acme@evil.com', 'x'.repeat(64)]) {
      expect(luccaTenantSchema.safeParse(bad).success, bad).to.equal(false);
    }
    expect(lucca.credentials.schema.safeParse({ tenant: 'acme', apiKey: 'k-123' }).success).to.equal(true);
    expect(lucca.credentials.schema.safeParse({ tenant: 'acme', apiKey: '' }).success).to.equal(false);
    expect(lucca.vendor.baseUrl({ tenant: 'Acme', apiKey: 'k' })).to.equal('https://acme.ilucca.net');
    expect(() => lucca.vendor.baseUrl({ tenant: 'evil.com/', apiKey: 'k' })).to.throw(TypeError);
    expect(lucca.vendor.allow).to.deep.equal([{ method: 'GET', path: '/api/v3/users' }]);
    expect(lucca.required).to.deep.equal(['mail', 'firstName', 'lastName']);
  });

  it('keeps extended data keyed __proto__ as plain data, without touching prototypes', () => {
    const item = JSON.parse('{"id":9,"extendedData":{"__proto__":{"value":"x","polluted":"yes"},"toString":"t"}}') as unknown;
    const { records } = lucca.normalize({ users: [item] }, context);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(records[0]?.fields['extendedData.__proto__']).to.equal('x');
    expect(records[0]?.fields['extendedData.toString']).to.equal('t');
  });
});
