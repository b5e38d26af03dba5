import { expect } from '@open-wc/testing';
import { CONFIG_ISSUE_CODES, defaultSyncConfig, validateConfig, type SyncConfigInput } from '../../src/core/config.js';
import { countMatching, evaluateConditions, OPERATORS_BY_TYPE, type Condition } from '../../src/core/filters.js';
import type { FieldDef } from '../../src/core/model.js';
import { presets } from '../../src/core/presets.js';
import { person } from '../../src/testing/records.js';

const rule = (field: string, operator: Condition['operator'], ...values: string[]): Condition => ({ field, operator, values });
const passes = (r: ReturnType<typeof person>, ...conditions: Condition[]) => evaluateConditions(r, conditions).matches;

const catalog: FieldDef[] = [
  { id: 'department', label: 'Department', type: 'string', endpoint: 'GET /v1/company/employees', sensitivity: 'standard', custom: false },
  { id: 'dynamic_1', label: 'Country', type: 'enum', endpoint: 'GET /v1/company/employees', sensitivity: 'standard', custom: true, options: ['DE', 'FR'] },
  { id: 'dynamic_2', label: 'Shirt size', type: 'string', endpoint: 'GET /v1/company/employees', sensitivity: 'standard', custom: true },
  { id: 'dynamic_3', label: 'Skills', type: 'list', endpoint: 'GET /v1/company/employees', sensitivity: 'standard', custom: true },
];
const schema = presets.stakeholder.schema;

describe('Sync if conditions', () => {
  const ana = person('1', 'Ana', 'Ruiz', { department: ' sales ', startDate: '2024-03-01', fields: { dynamic_1: 'DE', dynamic_3: ['TypeScript', 'Go'] } });
  const noDept = person('2', 'Ben', 'Ode', { department: null });

  it('compares text case-insensitively with OR between values', () => {
    expect(passes(ana, rule('department', 'is', 'Sales'))).to.equal(true);
    expect(passes(ana, rule('department', 'is_one_of', 'Support', 'SALES'))).to.equal(true);
    expect(passes(ana, rule('department', 'is', 'Support'))).to.equal(false);
    expect(passes(ana, rule('workEmail', 'contains', '@EXAMPLE'))).to.equal(true);
  });

  it('ANDs rules and reports the first failing one', () => {
    expect(evaluateConditions(ana, [rule('status', 'is', 'active'), rule('department', 'is', 'HR'), rule('team', 'is', 'X')])).to.deep.equal({ matches: false, rule: 1 });
  });

  it('never lets a missing value satisfy a positive operator', () => {
    for (const c of [rule('department', 'is', 'Sales'), rule('department', 'contains', 's'), rule('department', 'is_not_empty'), rule('terminationDate', 'before', '2030-01-01'), rule('fields.nope', 'is', 'x')]) {
      expect(passes(noDept, c), `${c.field} ${c.operator}`).to.equal(false);
    }
    expect(passes(noDept, rule('department', 'is_not', 'Sales'))).to.equal(true);
    expect(passes(noDept, rule('department', 'is_empty'))).to.equal(true);
  });

  it('compares dates strictly and list items individually', () => {
    expect(passes(ana, rule('startDate', 'before', '2024-03-02'))).to.equal(true);
    expect(passes(ana, rule('startDate', 'before', '2024-03-01'))).to.equal(false);
    expect(passes(ana, rule('startDate', 'after', '2024-02-29'))).to.equal(true);
    expect(passes(ana, rule('fields.dynamic_3', 'contains', 'go'))).to.equal(true);
    expect(passes(ana, rule('fields.dynamic_3', 'contains', 'rust'))).to.equal(false);
  });

  it('counts "N of M match" with the exclusions per rule adding up', () => {
    const records = [ana, noDept, person('3', 'Cy', 'Ng', { status: 'inactive', department: 'Sales' })];
    expect(countMatching(records, { conditions: [rule('status', 'is', 'active'), rule('department', 'is', 'sales')] })).to.deep.equal({ matching: 1, total: 3, excludedBy: [1, 1] });
    expect(countMatching(records, { conditions: [] })).to.deep.equal({ matching: 3, total: 3, excludedBy: [] });
  });

  it('offers operators that fit the field type', () => {
    expect(OPERATORS_BY_TYPE.date).to.deep.equal(['is', 'is_not', 'before', 'after', 'is_empty', 'is_not_empty']);
    expect(OPERATORS_BY_TYPE.list).to.deep.equal(['contains', 'is_empty', 'is_not_empty']);
    expect(OPERATORS_BY_TYPE.number).to.not.include('contains');
  });
});

describe('validateConfig', () => {
  const codes = (config: SyncConfigInput, readable?: string[]) => {
    const result = validateConfig(config, catalog, schema, readable ? { readable } : {});
    for (const i of result.issues) expect((CONFIG_ISSUE_CODES as readonly string[]).includes(i.code), i.code).to.equal(true);
    return { ok: result.ok, issues: result.issues.map((i) => [i.code, i.path?.join('.') ?? '']) };
  };

  it('accepts the stakeholder defaults and fills defaults in', () => {
    const result = validateConfig({ target: 'stakeholder' }, catalog, schema);
    expect(result.ok && result.value).to.deep.equal({
      version: 1, target: 'stakeholder', identifier: 'workEmail', primaryEmail: 'workEmail', mappings: [], conditions: [], nameFormat: 'first-last', leavers: { policy: 'skip' },
    });
    expect(validateConfig(defaultSyncConfig('stakeholder'), catalog, schema).ok).to.equal(true);
    expect(validateConfig(defaultSyncConfig('directory'), catalog, presets.directory.schema).ok).to.equal(true);
  });

  it('makes a rule on an unknown or unreadable field invalid instead of matching all', () => {
    expect(codes({ target: 'stakeholder', conditions: [rule('fields.gone', 'is', 'x')] })).to.deep.equal({ ok: false, issues: [['condition_field_unknown', 'conditions.0.field']] });
    expect(codes({ target: 'stakeholder', conditions: [rule('fields.dynamic_1', 'is', 'DE')] }, ['department'])).to.deep.equal({ ok: false, issues: [['condition_field_unreadable', 'conditions.0.field']] });
  });

  it('rejects a sixth rule, an operator that does not fit, missing values and bad dates', () => {
    const six = Array.from({ length: 6 }, () => rule('status', 'is', 'active'));
    expect(codes({ target: 'stakeholder', conditions: six })).to.deep.equal({ ok: false, issues: [['too_many_conditions', 'conditions']] });
    expect(codes({ target: 'stakeholder', conditions: [rule('startDate', 'contains', '2024')] }).issues).to.deep.equal([['condition_operator_invalid', 'conditions.0.operator']]);
    expect(codes({ target: 'stakeholder', conditions: [rule('status', 'is')] }).issues).to.deep.equal([['condition_values_missing', 'conditions.0.values']]);
    expect(codes({ target: 'stakeholder', conditions: [rule('startDate', 'before', '01.02.2024')] }).issues).to.deep.equal([['condition_value_invalid', 'conditions.0.values.0']]);
  });

  it('checks mappings: unknown source, unknown or reserved target, type mismatch, duplicates', () => {
    const result = codes({ target: 'stakeholder', mappings: [
      { source: 'fields.nope', target: 'team' },
      { source: 'department', target: 'nope' },
      { source: 'department', target: 'name' },
      { source: 'startDate', target: 'payRate' },
      { source: 'fields.dynamic_2', target: 'employmentType' },
      { source: 'team', target: 'employmentType' },
    ] });
    expect(result.issues).to.deep.equal([
      ['mapping_source_unknown', 'mappings.0.source'],
      ['mapping_target_unknown', 'mappings.1.target'],
      ['mapping_target_reserved', 'mappings.2.target'],
      ['mapping_type_mismatch', 'mappings.3'],
      ['mapping_target_duplicate', 'mappings.5.target'],
    ]);
  });

  it('refuses special-category fields in mappings and rules unless the host allowed them', () => {
    const withIban: FieldDef[] = [...catalog, { id: 'iban', label: 'IBAN', type: 'string', endpoint: 'x', sensitivity: 'special', custom: false }];
    const config = { target: 'stakeholder', mappings: [{ source: 'fields.iban', target: 'team' }] };
    expect(validateConfig(config, withIban, schema).issues.map((i) => i.code)).to.deep.equal(['mapping_source_sensitive']);
    expect(validateConfig(config, withIban, schema, { allowSensitive: ['iban'] }).ok).to.equal(true);
  });

  it('rejects an identifier the host schema cannot store and a primary email that is not an email', () => {
    expect(validateConfig({ target: 'directory', identifier: 'personalEmail' }, catalog, presets.directory.schema).issues.map((i) => i.code)).to.deep.equal(['identifier_unsupported']);
    expect(codes({ target: 'stakeholder', primaryEmail: 'department' }).issues).to.deep.equal([['primary_email_not_email', 'primaryEmail']]);
  });

  it('leaves out vendor-specific default mappings the catalog cannot fill', () => {
    const targets = defaultSyncConfig('directory', catalog).mappings.map((m) => m.target);
    expect(targets).to.not.include('linkedIn');
    expect(targets).to.not.include('profilePicture');
    const withPicture = defaultSyncConfig('directory', [...catalog, { id: 'profile_picture', label: 'Profile Picture', type: 'url', endpoint: 'x', sensitivity: 'standard', custom: false }]);
    expect(withPicture.mappings.find((m) => m.target === 'profilePicture')).to.deep.equal({ source: 'fields.profile_picture', target: 'profilePicture' });
  });
});
