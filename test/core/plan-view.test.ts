import { expect } from '@open-wc/testing';
import { presets } from '../../src/core/presets.js';
import { planSync } from '../../src/core/plan.js';
import { buildPlanRows, configNeedsPhone, fold, markSince, viewRows } from '../../src/core/plan-view.js';
import { hostRecord, person } from '../../src/testing/records.js';

const TODAY = '2025-06-15';

function samplePlan() {
  const records = [
    person('1', 'Élodie', 'Martin'),
    person('2', 'Anna', 'Zeller'),
    person('3', 'bruno', 'Albers'),
    person('4', 'Lea', 'Vogel', { status: 'inactive' }),
    person('5', 'Carl', 'Oh', { workEmail: null }),
  ];
  const hosts = [hostRecord('h2', { name: 'Anna Z.', identifier: 'anna.zeller@example.com', email: 'anna.zeller@example.com' })];
  return planSync(records, hosts, { target: 'stakeholder', mappings: [] }, { today: TODAY });
}

describe('plan rows', () => {
  it('groups rows by bucket in plan order with counts and actionability', () => {
    const rows = buildPlanRows(samplePlan());
    expect(rows.counts).to.deep.equal({ create: 2, update: 1, unchanged: 0, leavers: 1, conflicts: 0, invalid: 1, excluded: 0 });
    expect(rows.byBucket.create.map((r) => [r.order, r.entry.hrisId, r.actionable])).to.deep.equal([[0, '1', true], [1, '3', true]]);
    expect(rows.byBucket.update.map((r) => [r.entry.hrisId, r.order])).to.deep.equal([['2', 2]]);
    expect(rows.byBucket.leavers.map((r) => r.actionable)).to.deep.equal([false]);
    expect(rows.byHrisId.get('5')!.bucket).to.equal('invalid');
  });

  it('marks rows new or changed since the previous retrieval', () => {
    const rows = buildPlanRows(samplePlan());
    expect(markSince(rows, { added: ['1', 'missing'], changed: ['2'] })).to.equal(2);
    expect(rows.byBucket.create.map((r) => r.since)).to.deep.equal(['added', null]);
    expect(rows.byBucket.update[0]!.since).to.equal('changed');
  });

  it('searches name, identifier and ids ignoring case and accents', () => {
    const rows = buildPlanRows(samplePlan()).byBucket.create;
    expect(viewRows(rows, 'ELO').map((r) => r.entry.hrisId)).to.deep.equal(['1']);
    expect(viewRows(rows, 'bruno.albers@').map((r) => r.entry.hrisId)).to.deep.equal(['3']);
    expect(viewRows(rows, 'nobody')).to.deep.equal([]);
    expect(viewRows(rows, '  ').map((r) => r.entry.hrisId)).to.deep.equal(['1', '3']);
  });

  it('sorts by name, identifier, number of changes and since-mark, both ways, without touching the input', () => {
    const all = buildPlanRows(samplePlan());
    const rows = [...all.byBucket.create, ...all.byBucket.update];
    markSince(all, { added: [], changed: ['3'] });
    const ids = (sort: Parameters<typeof viewRows>[2]) => viewRows(rows, '', sort).map((r) => r.entry.hrisId);
    expect(ids({ key: 'name', descending: false })).to.deep.equal(['2', '3', '1']);
    expect(ids({ key: 'name', descending: true })).to.deep.equal(['1', '3', '2']);
    expect(ids({ key: 'identifier', descending: false })).to.deep.equal(['2', '3', '1']);
    expect(ids({ key: 'changes', descending: false })[2]).to.equal('2');
    expect(ids({ key: 'since', descending: false })).to.deep.equal(['3', '1', '2']);
    expect(ids({ key: 'plan', descending: false })).to.deep.equal(['1', '3', '2']);
    expect(rows.map((r) => r.entry.hrisId)).to.deep.equal(['1', '3', '2']);
  });

  it('folds text for comparison', () => {
    expect(fold('  Ångström\tÉLODIE ')).to.equal('angstrom elodie');
  });

  it('needs the phone validator only when a phone field is mapped', () => {
    const schema = presets.stakeholder.schema;
    const phoneTarget = schema.fields.find((f) => f.type === 'phone')!.id;
    expect(configNeedsPhone({ mappings: [] }, schema)).to.equal(false);
    expect(configNeedsPhone({ mappings: [{ source: 'mobilePhone', target: phoneTarget }] }, schema)).to.equal(true);
  });
});
