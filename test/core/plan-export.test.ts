import { expect } from '@open-wc/testing';
import { planSync } from '../../src/core/plan.js';
import { exportPlanXlsx, planExportSheets, type PlanExportLabels } from '../../src/core/plan-export.js';
import { loadSheetJs } from '../../src/core/spreadsheet.js';
import { hostRecord, person } from '../../src/testing/records.js';

const labels: PlanExportLabels = {
  planSheet: 'Plan',
  changesSheet: 'Changes',
  columns: { bucket: 'Bucket', name: 'Name', identifier: 'Identifier', hrisId: 'HRIS id', hostId: 'Record', action: 'Action', changes: 'Changes', reasons: 'Reasons', field: 'Field', before: 'Old', after: 'New' },
  bucket: (b) => b.toUpperCase(),
  action: (a) => `do:${a}`,
  field: (f) => `F(${f})`,
  reason: (i) => `R(${i.code})`,
  excludedBy: (n) => `rule ${n + 1}`,
};

function plan() {
  const records = [person('1', '=HYPERLINK("x")', 'Evil'), person('2', 'Anna', 'Zeller'), person('3', 'No', 'Mail', { workEmail: null })];
  const hosts = [hostRecord('h2', { name: 'Anna Z.', identifier: 'anna.zeller@example.com', email: 'anna.zeller@example.com' })];
  return planSync(records, hosts, { target: 'stakeholder', mappings: [] }, { today: '2025-06-15' });
}

describe('plan export', () => {
  it('lists each entry and each field change with the caller\'s labels', () => {
    const [sheet, changes] = planExportSheets(plan(), labels);
    expect(sheet!.name).to.equal('Plan');
    expect(sheet!.rows.map((r) => [r[0], r[1], r[5], r[7]])).to.deep.equal([
      ['Bucket', 'Name', 'Action', 'Reasons'],
      ['CREATE', '=HYPERLINK("x") Evil', 'do:create', ''],
      ['UPDATE', 'Anna Zeller', 'do:update', ''],
      ['INVALID', 'No Mail', 'do:none', 'R(identifier_missing)'],
    ]);
    expect(changes!.rows.filter((r) => r[2] && typeof r[2] === 'object' && (r[2] as { text: string }).text === '2').map((r) => [r[3], r[4], r[5]])).to.deep.equal([
      ['F(name)', 'Anna Z.', 'Anna Zeller'],
      ['F($hrisId)', null, '2'],
    ]);
  });

  it('writes an xlsx whose formula-like cells are neutralized', async () => {
    const bytes = await exportPlanXlsx(plan(), labels);
    const X = await loadSheetJs();
    const wb = X.read(bytes, { type: 'array' });
    expect(wb.SheetNames).to.deep.equal(['Plan', 'Changes']);
    const rows = X.utils.sheet_to_json<string[]>(wb.Sheets['Plan']!, { header: 1, defval: '' });
    expect(rows[1]![1]).to.equal('\'=HYPERLINK("x") Evil');
    expect(rows[1]![3]).to.equal('1');
    const cell = wb.Sheets['Plan']!['B2'] as { t: string; f?: string };
    expect([cell.t, cell.f]).to.deep.equal(['s', undefined]);
  });
});
