import { expect } from '@open-wc/testing';
import { presets } from '../../src/core/presets.js';
import { planSync } from '../../src/core/plan.js';
import { buildPlanRows, configNeedsPhone, fold, markSince, viewOrder, viewRow, viewRows, type PlanRows, type PlanSort, type PlanView } from '../../src/core/plan-view.js';
import { hostRecord, person } from '../../src/testing/records.js';

const TODAY = '2025-06-15';

function samplePlan() {
  const records = [
    person('1', 'Élodie', 'Martin'),
    person('2', 'Anna', 'Zeller'),
    person('3', 'bruno', 'Albers'),
    person('4', 'Lea', 'Vogel', { status: 'inactive' }),
    person('5', 'Carl', 'Oh', { workEmail: null }),
    person('6', 'Dora', 'Brandt', { workEmail: 'a.dora@example.com', department: 'Kitchen' }),
    person('7', 'Emil', 'Ast'),
  ];
  const hosts = [
    hostRecord('h2', { name: 'Anna Z.', identifier: 'anna.zeller@example.com', email: 'anna.zeller@example.com' }),
    hostRecord('h7', { name: 'Emil Ast', identifier: 'emil.ast@example.com', email: 'old@example.com' }),
  ];
  return planSync(records, hosts, { target: 'stakeholder', mappings: [{ source: 'department', target: 'groupName' }] }, { today: TODAY });
}

/** HRIS ids listed by a view, read through its rows. */
const ids = (rows: PlanRows, view: PlanView) => view.entries.map((_, i) => viewRow(rows, view, i)!.entry.hrisId);

describe('plan rows', () => {
  it('counts per bucket and finds rows by plan order and by HRIS id, without a copy of the plan', () => {
    const plan = samplePlan();
    const rows = buildPlanRows(plan);
    expect(rows.counts).to.deep.equal({ create: 3, update: 2, unchanged: 0, leavers: 1, conflicts: 0, invalid: 1, excluded: 0 });
    expect(rows.total).to.equal(7);
    const all = Array.from({ length: rows.total }, (_, order) => rows.row(order)!);
    expect(all.map((r) => [r.order, r.bucket, r.entry.hrisId, r.actionable, r.since])).to.deep.equal([
      [0, 'create', '1', true, null], [1, 'create', '3', true, null], [2, 'create', '6', true, null],
      [3, 'update', '2', true, null], [4, 'update', '7', true, null],
      [5, 'leavers', '4', false, null], [6, 'invalid', '5', false, null],
    ]);
    expect(all.every((r) => r.entry === plan[r.bucket][r.order - rows.orderOf(r.bucket, 0)])).to.equal(true);
    expect(rows.row(-1)).to.equal(undefined);
    expect(rows.row(7)).to.equal(undefined);
    expect(rows.orderOf('invalid', 0)).to.equal(6);
    expect(rows.find('5')!.bucket).to.equal('invalid');
    expect(rows.find('7')!.order).to.equal(4);
    expect(rows.find('missing')).to.equal(undefined);
    // Without a search or sort the view is the plan's own array.
    const view = viewRows(rows, 'update', '');
    expect(view.entries).to.equal(plan.update);
    expect(view.positions).to.equal(null);
    expect([viewOrder(rows, view, 0), viewOrder(rows, view, 1)]).to.deep.equal([3, 4]);
    expect(viewRow(rows, view, 2)).to.equal(undefined);
  });

  it('marks rows new or changed since the previous retrieval', () => {
    const rows = buildPlanRows(samplePlan());
    expect(markSince(rows, { added: ['1', 'missing'], changed: ['2'] })).to.equal(2);
    expect(Array.from({ length: rows.total }, (_, order) => rows.since(order))).to.deep.equal(['added', null, null, 'changed', null, null, null]);
    expect(rows.find('1')!.since).to.equal('added');
    expect(viewRow(rows, viewRows(rows, 'update', ''), 0)!.since).to.equal('changed');
  });

  it('searches name, identifier and ids ignoring case and accents', () => {
    const rows = buildPlanRows(samplePlan());
    const search = (query: string) => ids(rows, viewRows(rows, 'create', query));
    expect(search('ELO')).to.deep.equal(['1']);
    expect(search('bruno.albers@')).to.deep.equal(['3']);
    expect(search('a')).to.deep.equal(['1', '3', '6']);
    expect(search('nobody')).to.deep.equal([]);
    expect(search('  ')).to.deep.equal(['1', '3', '6']);
    expect(ids(rows, viewRows(rows, 'update', 'h7'))).to.deep.equal(['7']);
    const found = viewRows(rows, 'create', 'dora');
    expect([found.positions, viewOrder(rows, found, 0)]).to.deep.equal([[2], 2]);
  });

  it('sorts by name, identifier, number of changes and since-mark, both ways, without touching the plan', () => {
    const plan = samplePlan();
    const before = plan.create.map((e) => e.hrisId);
    const rows = buildPlanRows(plan);
    markSince(rows, { added: [], changed: ['3'] });
    const sorted = (sort: PlanSort, query = '') => ids(rows, viewRows(rows, 'create', query, sort));
    expect(sorted({ key: 'name', descending: false })).to.deep.equal(['3', '6', '1']);
    expect(sorted({ key: 'name', descending: true })).to.deep.equal(['1', '6', '3']);
    expect(sorted({ key: 'identifier', descending: false })).to.deep.equal(['6', '3', '1']);
    expect(sorted({ key: 'changes', descending: false })).to.deep.equal(['6', '1', '3']);
    expect(sorted({ key: 'since', descending: false })).to.deep.equal(['3', '1', '6']);
    expect(sorted({ key: 'since', descending: true })).to.deep.equal(['6', '1', '3']);
    expect(sorted({ key: 'plan', descending: false })).to.deep.equal(['1', '3', '6']);
    expect(sorted({ key: 'plan', descending: true })).to.deep.equal(['6', '3', '1']);
    expect(sorted({ key: 'name', descending: false }, 'r')).to.deep.equal(['3', '6', '1']);
    const view = viewRows(rows, 'create', '', { key: 'name', descending: false });
    expect(view.positions).to.deep.equal([1, 2, 0]);
    expect(view.entries.map((e) => e.hrisId)).to.deep.equal(['3', '6', '1']);
    expect(plan.create.map((e) => e.hrisId)).to.deep.equal(before);
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
