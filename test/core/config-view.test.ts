import { expect } from '@open-wc/testing';
import { addCondition, removeCondition, setConditionField, setConditionOperator, setLeaverPolicy, setMapping, toggleConditionValue } from '../../src/core/config-edit.js';
import { countedRules, distinctValues, evaluateRules, exampleValues, issuesAt, missingIdentifiers, notMappable, offeredSources, presetFromAttribute, sourcesFor } from '../../src/core/config-view.js';
import { defaultSyncConfig, validateConfig } from '../../src/core/config.js';
import type { FieldDef } from '../../src/core/model.js';
import { presets } from '../../src/core/presets.js';
import { issue } from '../../src/core/result.js';
import { employee } from '../../src/testing/records.js';

const def = (id: string, label: string, type: FieldDef['type'], sensitivity: FieldDef['sensitivity'] = 'standard', custom = false): FieldDef =>
  ({ id, label, type, endpoint: 'GET /v1/company/employees', sensitivity, custom });

const catalog = [
  def('email', 'Email', 'email'),
  def('dynamic_1', 'Shirt size', 'string', 'standard', true),
  def('dynamic_2', 'Konfession', 'string', 'standard', true),
  def('dynamic_3', 'Cost centre', 'string', 'standard', true),
  def('medical_notes', 'Notes', 'string', 'special'),
];

const people = [
  employee('1', { firstName: 'Ana', lastName: 'Silva', department: 'Sales', status: 'active', managerId: '3', workEmail: 'ana@x.example', fields: { dynamic_1: 'M' } }),
  employee('2', { firstName: 'Ben', lastName: 'Ode', department: 'sales ', status: 'inactive', workEmail: null, fields: { dynamic_1: 'L' } }),
  employee('3', { firstName: 'Cy', lastName: 'Lee', department: 'Engineering', status: 'active', workEmail: 'cy@x.example', fields: { dynamic_1: 'M' } }),
  employee('4', { firstName: 'Di', lastName: 'Ng', department: null, status: 'leave', workEmail: 'di@x.example', fields: {} }),
];

describe('configure view helpers', () => {
  it('offers canonical sources and readable catalog fields, never special-category ones', () => {
    const paths = offeredSources({ catalog, readable: ['email', 'dynamic_1', 'dynamic_2', 'medical_notes'], dropped: [] }).map((s) => s.path);
    expect(paths.filter((p) => p.startsWith('fields.'))).to.deep.equal(['fields.email', 'fields.dynamic_1']);
    expect(paths).to.include('workEmail');
    const unknownReadable = offeredSources({ catalog, readable: null, dropped: [] }).map((s) => s.path).filter((p) => p.startsWith('fields.'));
    expect(unknownReadable).to.deep.equal(['fields.email', 'fields.dynamic_1', 'fields.dynamic_3']);
    const allowed = offeredSources({ catalog, readable: null, dropped: [], allowSensitive: ['dynamic_2'] }).map((s) => s.path);
    expect(allowed).to.include('fields.dynamic_2');
  });

  it('lists dropped and special fields once, with their category', () => {
    const list = notMappable({ catalog, readable: null, dropped: [{ id: 'dynamic_9', label: 'IBAN' }, { id: 'dynamic_2', label: 'Konfession' }] });
    expect(list).to.deep.equal([
      { id: 'dynamic_9', label: 'IBAN', category: 'banking' },
      { id: 'dynamic_2', label: 'Konfession', category: 'religion' },
      { id: 'medical_notes', label: 'Notes', category: 'health' },
    ]);
  });

  it('filters sources by the host field type', () => {
    const sources = offeredSources({ catalog, readable: null, dropped: [] });
    expect(sourcesFor(sources, 'date').map((s) => s.path)).to.deep.equal(['birthDate', 'startDate', 'terminationDate']);
    expect(sourcesFor(sources, 'list').map((s) => s.path)).to.include.members(['fields.dynamic_1', 'status']).and.not.include('fields.email');
    expect(sourcesFor(sources, 'number').map((s) => s.path)).to.deep.equal(['payRate.amount']);
  });

  it('counts distinct values case- and space-insensitively, most frequent first', () => {
    expect(distinctValues(people, 'department')).to.deep.equal([{ value: 'Sales', count: 2 }, { value: 'Engineering', count: 1 }]);
    expect(distinctValues(people, 'fields.dynamic_1', 1)).to.deep.equal([{ value: 'M', count: 2 }]);
    expect(distinctValues(people, 'manager.name')).to.deep.equal([{ value: 'Cy Lee', count: 1 }]);
    expect(distinctValues(people, 'nope')).to.deep.equal([]);
    expect(exampleValues(people, 'fields.dynamic_1')).to.deep.equal(['M', 'L']);
    expect(missingIdentifiers(people, 'workEmail')).to.equal(1);
  });

  it('counts only rules without errors, and explains the first excluding rule with the value read', () => {
    let cfg = defaultSyncConfig('stakeholder');
    cfg = addCondition(cfg, 'status', []);
    cfg = toggleConditionValue(cfg, 0, 'active', true);
    cfg = addCondition(cfg, 'department', []);
    expect(cfg.conditions[1]).to.deep.equal({ field: 'department', operator: 'is', values: [] });
    const invalid = validateConfig(cfg, [], presets.stakeholder.schema);
    expect(invalid.ok).to.equal(false);
    const counted = countedRules(cfg.conditions, invalid.issues);
    expect(counted).to.deep.equal([0]);
    expect(evaluateRules(people, cfg.conditions, counted).matching).to.equal(2);
    cfg = toggleConditionValue(cfg, 1, 'Engineering', true);
    const valid = validateConfig(cfg, [], presets.stakeholder.schema);
    expect(valid.ok).to.equal(true);
    const rules = evaluateRules(people, cfg.conditions, countedRules(cfg.conditions, valid.issues));
    expect([rules.matching, rules.total]).to.deep.equal([1, 4]);
    expect(rules.explain(people[0]!)).to.deep.equal({ matches: false, rule: 1, values: ['Sales'] });
    expect(rules.explain(people[1]!)).to.deep.equal({ matches: false, rule: 0, values: ['inactive'] });
    expect(rules.explain(people[2]!)).to.deep.equal({ matches: true });
    expect(evaluateRules(people, cfg.conditions, [1]).explain(people[3]!)).to.deep.equal({ matches: false, rule: 1, values: [] });
  });

  it('edits rules: field resets operator and values, operator keeps what its arity allows, at most five', () => {
    let cfg = defaultSyncConfig('stakeholder');
    for (let i = 0; i < 7; i += 1) cfg = addCondition(cfg, 'status', []);
    expect(cfg.conditions.length).to.equal(5);
    cfg = toggleConditionValue(toggleConditionValue(cfg, 0, 'active', true), 0, 'leave', true);
    expect(cfg.conditions[0]!.values).to.deep.equal(['active', 'leave']);
    expect(toggleConditionValue(cfg, 0, 'active', false).conditions[0]!.values).to.deep.equal(['leave']);
    expect(setConditionOperator(cfg, 0, 'is_empty').conditions[0]).to.deep.equal({ field: 'status', operator: 'is_empty', values: [] });
    cfg = setConditionField(cfg, 0, 'startDate', []);
    expect(cfg.conditions[0]).to.deep.equal({ field: 'startDate', operator: 'is', values: [] });
    cfg = setConditionOperator(toggleConditionValue(cfg, 0, '2024-01-01', true), 0, 'before');
    expect(toggleConditionValue(cfg, 0, '2025-02-03', true).conditions[0]!.values).to.deep.equal(['2025-02-03']);
    expect(setConditionField(cfg, 0, 'fields.dynamic_1', catalog).conditions[0]!.operator).to.equal('is');
    expect(removeCondition(cfg, 0).conditions.length).to.equal(4);
  });

  it('sets and clears mappings in place, and switches the leaver policy', () => {
    const cfg = defaultSyncConfig('stakeholder');
    const at = cfg.mappings.findIndex((m) => m.target === 'team');
    const changed = setMapping(cfg, 'team', 'fields.dynamic_1');
    expect(changed.mappings[at]).to.deep.equal({ source: 'fields.dynamic_1', target: 'team' });
    expect(setMapping(cfg, 'team', null).mappings.some((m) => m.target === 'team')).to.equal(false);
    expect(setMapping(cfg, 'mobilePhone', 'mobilePhone').mappings.at(-1)).to.deep.equal({ source: 'mobilePhone', target: 'mobilePhone' });
    expect(setLeaverPolicy(cfg, 'group').leavers).to.deep.equal({ policy: 'group', group: 'Ex-employees' });
    expect(setLeaverPolicy(setLeaverPolicy(cfg, 'tag', 'Alumni'), 'tag').leavers).to.deep.equal({ policy: 'tag', tag: 'Alumni' });
    expect(setLeaverPolicy(cfg, 'skip').leavers).to.deep.equal({ policy: 'skip' });
  });

  it('reads the preset attribute and finds issues by path', () => {
    expect([presetFromAttribute('employee-directory'), presetFromAttribute('stakeholder'), presetFromAttribute('directory'), presetFromAttribute('x'), presetFromAttribute(null)])
      .to.deep.equal(['directory', 'stakeholder', 'directory', null, null]);
    const issues = [issue('a', {}, ['conditions', 0, 'field']), issue('b', {}, ['conditions', 1]), issue('c', {}, ['primaryEmail'])];
    expect(issuesAt(issues, 'conditions', 1).map((i) => i.code)).to.deep.equal(['b']);
    expect(issuesAt(issues, 'conditions').map((i) => i.code)).to.deep.equal(['a', 'b']);
  });
});
