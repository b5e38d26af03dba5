import { expect } from '@open-wc/testing';
import { importIdentifierSheet, type BulkImportOptions } from '../../src/core/bulk-import.js';
import { exportIdentifierSheet } from '../../src/core/bulk-export.js';
import { loadSheetJs } from '../../src/core/spreadsheet.js';
import { compact, employee, fixtureBytes, host, noiseBytes, utf8 } from './bulk-helpers.js';

const options: BulkImportOptions = {
  hostRecords: [host('1'), host('2'), host('3')],
  hrisRecords: [employee('e1', { employeeNumber: '00123' }), employee('e2', { employeeNumber: '123456789012' })],
  identifier: 'employeeNumber',
};

async function issuesOf(bytes: Uint8Array, extra: Partial<BulkImportOptions> = {}): Promise<unknown> {
  const result = await importIdentifierSheet(bytes, { ...options, ...extra });
  return result.ok ? 'ok' : result.issues;
}

const csvRows = (n: number): string => `Record ID,Identifier\n${Array.from({ length: n }, (_, i) => `${i + 1},x${i}`).join('\n')}\n`;

describe('importIdentifierSheet refuses files it should not parse', () => {
  it('rejects a file over the size limit before parsing it', async () => {
    expect(await issuesOf(utf8(csvRows(3)), { maxBytes: 20 })).to.deep.equal([{ code: 'file_too_large', params: { size: 36, max: 20 } }]);
  });

  it('rejects more data rows than the limit, in CSV and in xlsx, and accepts exactly the limit', async () => {
    expect(await issuesOf(utf8(csvRows(4)), { maxRows: 3 })).to.deep.equal([{ code: 'too_many_rows', params: { max: 3 } }]);
    expect(await issuesOf(utf8(csvRows(3)), { maxRows: 3 })).to.equal('ok');
    const records = Array.from({ length: 4 }, (_, i) => host(String(i + 1)));
    const xlsx = await exportIdentifierSheet(records, { format: 'xlsx', columns: [], identifierLabel: 'Identifier' });
    expect(await issuesOf(xlsx, { maxRows: 3 })).to.deep.equal([{ code: 'too_many_rows', params: { rows: 4, max: 3 } }]);
    expect(await issuesOf(xlsx, { maxRows: 4 })).to.equal('ok');
  });

  it('names renamed files that are not spreadsheets', async () => {
    const X = await loadSheetJs();
    const zip = X.CFB.utils.cfb_new();
    X.CFB.utils.cfb_add(zip, 'notes.txt', utf8('hello'));
    const zipBytes = new Uint8Array(X.CFB.write(zip, { fileType: 'zip', type: 'array' }) as ArrayLike<number>);
    const cases: [Uint8Array, string][] = [
      [utf8('%PDF-1.7\n1 0 obj << >> endobj'), 'pdf'],
      [Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'png'],
      [zipBytes, 'zip'],
      [noiseBytes(4096), 'binary'],
      [utf8('<!doctype html><table><tr><td>Record ID</td></tr></table>'), 'markup'],
    ];
    for (const [bytes, detected] of cases) {
      expect(await issuesOf(bytes)).to.deep.equal([{ code: 'not_a_spreadsheet', params: { detected } }]);
    }
  });

  it('names a workbook SheetJS cannot read: a zip that only looks like xlsx, an OLE file that is no xls', async () => {
    const X = await loadSheetJs();
    const zip = X.CFB.utils.cfb_new();
    X.CFB.utils.cfb_add(zip, '[Content_Types].xml', utf8('<Types>garbage'));
    X.CFB.utils.cfb_add(zip, 'xl/workbook.xml', utf8('not xml'));
    const fakeXlsx = new Uint8Array(X.CFB.write(zip, { fileType: 'zip', type: 'array' }) as ArrayLike<number>);
    const ole = X.CFB.utils.cfb_new();
    X.CFB.utils.cfb_add(ole, 'WordDocument', new Uint8Array(600));
    const doc = new Uint8Array(X.CFB.write(ole, { type: 'array' }) as ArrayLike<number>);
    expect(await issuesOf(fakeXlsx)).to.deep.equal([{ code: 'not_a_spreadsheet', params: { detected: 'xlsx' } }]);
    expect(await issuesOf(doc)).to.deep.equal([{ code: 'not_a_spreadsheet', params: { detected: 'xls' } }]);
  });

  it('rejects a zip whose directory claims a huge uncompressed size (zip bomb) before inflating it', async () => {
    const bytes = Uint8Array.from(await fixtureBytes('libreoffice-identifiers.xlsx'));
    // Patch the uncompressed size of the first central directory entry to 4 000 000 000 bytes.
    let at = bytes.length - 22;
    while (!(bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06)) at -= 1;
    const dir = new DataView(bytes.buffer).getUint32(at + 16, true);
    new DataView(bytes.buffer).setUint32(dir + 24, 4_000_000_000, true);
    const issues = await issuesOf(bytes);
    expect((issues as { code: string; params: { uncompressed: boolean } }[]).map((i) => [i.code, i.params.uncompressed])).to.deep.equal([['file_too_large', true]]);
  });

  it('calls a file without content empty and names missing columns', async () => {
    expect(await issuesOf(new Uint8Array(0))).to.deep.equal([{ code: 'empty_file' }]);
    expect(await issuesOf(utf8('\uFEFF \r\n\r\n'))).to.deep.equal([{ code: 'empty_file' }]);
    expect(await issuesOf(utf8('Name,Email\nAda,a@x\n'), { identifierLabel: 'Employee number' })).to.deep.equal([
      { code: 'missing_columns', params: { column: 'Record ID', role: 'id' } },
      { code: 'missing_columns', params: { column: 'Employee number', role: 'identifier' } },
    ]);
  });
});

describe('importIdentifierSheet reads identifier cells as text', () => {
  it('keeps formatted leading zeros and every digit, and flags formulas, errors, dates and lost digits', async () => {
    const X = await loadSheetJs();
    const ws = X.utils.aoa_to_sheet([
      ['Record ID', 'Identifier'],
      ['1', { t: 'n', v: 123, z: '00000' }],
      ['2', { t: 'n', v: 123456789012 }],
      ['3', { t: 's', v: '00123', f: 'CONCAT("00","123")' }],
      ['1', { t: 'e', v: 0x2a }],
      ['2', { t: 'n', v: 44927, z: 'yyyy-mm-dd' }],
      ['3', { t: 'n', v: 12345678901234567890 }],
      ['1', { t: 'b', v: true }],
      [{ t: 's', v: '2', f: '1+1' }, '555'],
      ['2', { t: 'n', v: 1234567890123456 }],
      [{ t: 's', v: '3', f: '1+2' }, null],
    ]);
    const wb = X.utils.book_new();
    X.utils.book_append_sheet(wb, ws, 'Sheet1');
    const bytes = new Uint8Array(X.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const result = await importIdentifierSheet(bytes, options);
    expect(result.ok && result.value.rows.map(compact)).to.deep.equal([
      [2, 'set', '1', '00123', 'e1', null],
      [3, 'set', '2', '123456789012', 'e2', null],
      [4, 'unreadable', '3', null, null, 'formula_cell'],
      [5, 'unreadable', '1', null, null, 'error_cell'],
      [6, 'unreadable', '2', null, null, 'date_cell'],
      [7, 'unreadable', '3', null, null, 'number_precision'],
      [8, 'unreadable', '1', null, null, 'not_text'],
      [9, 'unreadable', null, '555', null, 'formula_cell'],
      [10, 'unreadable', '2', null, null, 'number_precision'],
      [11, 'empty', null, null, null, null],
    ]);
  });

  it('reads the first visible sheet that has both columns', async () => {
    const X = await loadSheetJs();
    const wb = X.utils.book_new();
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet([['Record ID', 'Identifier'], ['1', '99']]), 'Hidden');
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet([['Notes'], ['read me']]), 'Notes');
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet([[], ['Record ID', 'Identifier'], ['1', '00123']]), 'Data');
    wb.Workbook = { Sheets: [{ name: 'Hidden', Hidden: 1 }, { name: 'Notes', Hidden: 0 }, { name: 'Data', Hidden: 0 }] };
    const bytes = new Uint8Array(X.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const result = await importIdentifierSheet(bytes, options);
    expect(result.ok && [result.value.sheet, result.value.rows.map(compact)]).to.deep.equal(['Data', [[3, 'set', '1', '00123', 'e1', null]]]);
  });
});
