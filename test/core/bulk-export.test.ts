import { expect } from '@open-wc/testing';
import { exportIdentifierSheet } from '../../src/core/bulk-export.js';
import { importIdentifierSheet } from '../../src/core/bulk-import.js';
import { loadSheetJs, neutralizeCell, unneutralizeCell, writeCsv } from '../../src/core/spreadsheet.js';
import { compact, employee, host } from './bulk-helpers.js';

const FORMULAS = ['=HYPERLINK("http://evil.example","x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '\nx', '\uFF1D1+1'];

const records = [
  host('r1', { name: 'Ada Lovelace', shares: 1200, identifier: 'ada@example.com' }),
  host('r2', { name: '=HYPERLINK("http://evil.example","x")', shares: -2, identifier: null }),
  host('r3', { name: 'a","=1+1', shares: null, tags: ['+1', 'b'], identifier: '-A17' }),
];
const columns = [{ id: 'name', label: 'Name' }, { id: 'shares', label: 'Shares' }, { id: 'tags', label: 'Tags' }];

describe('neutralizeCell', () => {
  it('prefixes an apostrophe to every formula trigger and leaves other text alone', () => {
    expect(FORMULAS.map(neutralizeCell)).to.deep.equal(FORMULAS.map((f) => `'${f}`));
    expect(['Ada', "'quoted", '', '1+1', ' =x'].map(neutralizeCell)).to.deep.equal(['Ada', "'quoted", '', '1+1', ' =x']);
  });

  it('is undone only where it applied', () => {
    expect(FORMULAS.map((f) => unneutralizeCell(neutralizeCell(f)))).to.deep.equal(FORMULAS);
    expect(unneutralizeCell("'quoted")).to.equal("'quoted");
    expect(neutralizeCell("'=x")).to.equal("''=x");
    expect(unneutralizeCell("''=x")).to.equal("'=x");
  });
});

describe('exportIdentifierSheet as CSV', () => {
  it('writes the id, chosen columns and identifier, neutralized and quoted', async () => {
    const csv = await exportIdentifierSheet(records, { format: 'csv', columns, identifierLabel: 'Work email' });
    expect(csv).to.equal(
      '\uFEFFRecord ID,Name,Shares,Tags,Work email\r\n' +
        'r1,Ada Lovelace,1200,,ada@example.com\r\n' +
        `r2,"'=HYPERLINK(""http://evil.example"",""x"")",-2,,\r\n` +
        `r3,"a"",""=1+1",,"'+1, b",'-A17\r\n`,
    );
  });

  it('neutralizes every trigger in CSV, with tab, CR and LF cells quoted', () => {
    const csv = writeCsv([FORMULAS], { delimiter: ';', bom: false });
    expect(csv).to.equal(`"'=HYPERLINK(""http://evil.example"",""x"")";'+1;'-2;'@SUM(A1);'\tx;"'\rx";"'\nx";'\uFF1D1+1\r\n`);
  });
});

describe('exportIdentifierSheet as xlsx', () => {
  it('writes formula-like values as neutralized text cells and keeps numbers numeric', async () => {
    const bytes = await exportIdentifierSheet(records, { format: 'xlsx', columns, identifierLabel: 'Work email', sheetName: 'Stakeholders' });
    const X = await loadSheetJs();
    const wb = X.read(bytes, { type: 'array', dense: true, cellFormula: true, cellNF: true });
    expect(wb.SheetNames).to.deep.equal(['Stakeholders']);
    const data = wb.Sheets['Stakeholders']!['!data']!;
    const cells = data.map((row) => Array.from(row, (c) => (c ? [c.t, c.v ?? null, c.f ?? null] : null)));
    expect(cells).to.deep.equal([
      [['s', 'Record ID', null], ['s', 'Name', null], ['s', 'Shares', null], ['s', 'Tags', null], ['s', 'Work email', null]],
      [['s', 'r1', null], ['s', 'Ada Lovelace', null], ['n', 1200, null], null, ['s', 'ada@example.com', null]],
      [['s', 'r2', null], ['s', `'=HYPERLINK("http://evil.example","x")`, null], ['n', -2, null], null, ['s', '', null]],
      [['s', 'r3', null], ['s', 'a","=1+1', null], null, ['s', "'+1, b", null], ['s', "'-A17", null]],
    ]);
    expect(data.map((row) => row[0]?.z ?? null).slice(1)).to.deep.equal(['@', '@', '@']);
    expect(data.map((row) => row[4]?.z ?? null).slice(1)).to.deep.equal(['@', '@', '@']);
  });

  it('neutralizes each trigger in xlsx too', async () => {
    const bytes = await exportIdentifierSheet([host('x', Object.fromEntries(FORMULAS.map((f, i) => [`c${i}`, f])))], {
      format: 'xlsx', columns: FORMULAS.map((_, i) => ({ id: `c${i}`, label: `C${i}` })), identifierLabel: 'Identifier',
    });
    const X = await loadSheetJs();
    const ws = X.read(bytes, { type: 'array', dense: true, cellFormula: true }).Sheets['Records']!;
    const row = ws['!data']![1]!.slice(1, 1 + FORMULAS.length);
    expect(row.map((c) => [c.t, c.v, c.f ?? null])).to.deep.equal(FORMULAS.map((f) => ['s', `'${f}`, null]));
  });

  it('round-trips: an untouched export imports as unchanged and empty rows', async () => {
    const hris = [employee('p1', { workEmail: 'ada@example.com' }), employee('p3', { workEmail: '-a17' })];
    const bytes = await exportIdentifierSheet(records, { format: 'xlsx', columns, identifierLabel: 'Work email' });
    const result = await importIdentifierSheet(bytes, { hostRecords: records, hrisRecords: hris, identifier: 'workEmail', identifierLabel: 'Work email' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.rows.map(compact)).to.deep.equal([
      [2, 'unchanged', 'r1', 'ada@example.com', 'p1', null],
      [3, 'empty', 'r2', null, null, null],
      [4, 'unchanged', 'r3', '-A17', 'p3', null],
    ]);
  });

  it('round-trips the CSV export the same way', async () => {
    const hris = [employee('p1', { workEmail: 'ada@example.com' }), employee('p3', { workEmail: '-a17' })];
    const csv = await exportIdentifierSheet(records, { format: 'csv', columns, identifierLabel: 'Identifier', delimiter: ';' });
    const result = await importIdentifierSheet(new TextEncoder().encode(csv), { hostRecords: records, hrisRecords: hris, identifier: 'workEmail' });
    expect(result.ok && result.value.rows.map((r) => r.outcome)).to.deep.equal(['unchanged', 'empty', 'unchanged']);
  });
});
