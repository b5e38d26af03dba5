import { expect } from '@open-wc/testing';
import { applyIdentifierUpdates, type BulkImportReport } from '../../src/core/bulk.js';
import { importIdentifierSheet, type BulkImportOptions } from '../../src/core/bulk-import.js';
import type { Result } from '../../src/core/result.js';
import { compact, employee, fixtureBytes, host, utf8 } from './bulk-helpers.js';

/** HRIS and host records that go with `test/fixtures/bulk/libreoffice-identifiers.*`. */
const hris = [
  employee('p1', { employeeNumber: '00123' }),
  employee('p2', { employeeNumber: '123456789012' }),
  employee('p3', { employeeNumber: 'AB-7' }),
  employee('p4', { employeeNumber: 'josé-9' }),
  employee('p5', { employeeNumber: '555' }),
  employee('p6', { employeeNumber: '00777' }),
  employee('p7', { employeeNumber: '4242' }),
  employee('p8', { employeeNumber: null }),
];
const hosts = ['h-001', 'h-002', 'h-003', 'h-004', 'h-005', 'h-007', 'h-008', 'h-009'].map((id) => host(id, { name: id }));
hosts.push(host('h-006', { name: 'Finn', identifier: '00777' }));

const options: BulkImportOptions = { hostRecords: hosts, hrisRecords: hris, identifier: 'employeeNumber' };

function value(result: Result<BulkImportReport>): BulkImportReport {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.issues)}`);
  return result.value;
}

const expectedRows = [
  [2, 'set', 'h-001', '00123', 'p1', null],
  [3, 'set', 'h-002', '123456789012', 'p2', null],
  [4, 'set', 'h-003', 'AB-7', 'p3', null],
  [5, 'set', 'h-004', 'JOS\u00C9-9', 'p4', null],
  [6, 'empty', null, null, null, null],
  [7, 'duplicate', 'h-005', '555', null, 'duplicate_in_file'],
  [8, 'duplicate', 'h-007', '555', null, 'duplicate_in_file'],
  [9, 'unchanged', 'h-006', '00777', 'p6', null],
  [10, 'no_hris_match', 'h-008', '99999', null, null],
  [11, 'unknown_record', 'h-999', '4242', null, 'record_id_unknown'],
  [12, 'empty', 'h-009', null, null, null],
];

describe('importIdentifierSheet on workbooks written by LibreOffice', () => {
  it('reports every row of the xlsx exactly', async () => {
    const report = value(await importIdentifierSheet(await fixtureBytes('libreoffice-identifiers.xlsx'), options));
    expect(report.format).to.equal('xlsx');
    expect(report.sheet).to.equal('libreoffice-identifiers');
    expect(report.rows.map(compact)).to.deep.equal(expectedRows);
    expect(report.rows[5]!.conflictRows).to.deep.equal([8]);
    expect(report.rows[6]!.conflictRows).to.deep.equal([7]);
    expect(report.counts).to.deep.equal({ set: 4, unchanged: 1, duplicate: 2, no_hris_match: 1, unknown_record: 1, unreadable: 0, empty: 2 });
    expect(report.updates).to.deep.equal([
      { hostId: 'h-001', identifier: '00123' },
      { hostId: 'h-002', identifier: '123456789012' },
      { hostId: 'h-003', identifier: 'AB-7' },
      { hostId: 'h-004', identifier: 'JOS\u00C9-9' },
    ]);
  });

  it('reports the same rows for the ods version of the file', async () => {
    const report = value(await importIdentifierSheet(await fixtureBytes('libreoffice-identifiers.ods'), options));
    expect(report.format).to.equal('ods');
    expect(report.rows.map(compact)).to.deep.equal(expectedRows);
  });

  it('applies the updates without touching the input records', async () => {
    const report = value(await importIdentifierSheet(await fixtureBytes('libreoffice-identifiers.xlsx'), options));
    const before = JSON.stringify(hosts);
    const after = applyIdentifierUpdates(hosts, report);
    expect(JSON.stringify(hosts)).to.equal(before);
    expect(after.map((r) => r.values['identifier'] ?? null)).to.deep.equal(['00123', '123456789012', 'AB-7', 'JOS\u00C9-9', null, null, null, null, '00777']);
    expect(after[4]).to.equal(hosts[4]);
    expect(after[0]!.values['name']).to.equal('h-001');
  });
});

describe('importIdentifierSheet on CSV', () => {
  const emailHris = [employee('e1', { workEmail: 'ada@example.com' }), employee('e2', { workEmail: 'bob@example.com' }), employee('e3', { workEmail: 'cleo@example.com' })];
  const emailHosts = [host('1', { identifier: 'ADA@example.com' }), host('2'), host('3')];
  const emailOptions: BulkImportOptions = { hostRecords: emailHosts, hrisRecords: emailHris, identifier: 'workEmail' };

  it('reads a semicolon file with a BOM, quoted cells and a line break inside a cell', async () => {
    const csv = '\uFEFFRecord ID;Name;Identifier\r\n1;"Lovelace; Ada";Ada@Example.COM\r\n2;"Byte\r\nBob";" bob@example.com "\r\n3;Cleo;\r\n';
    const report = value(await importIdentifierSheet(utf8(csv), emailOptions));
    expect(report.format).to.equal('csv');
    expect(report.sheet).to.equal(null);
    expect(report.rows.map(compact)).to.deep.equal([
      [2, 'unchanged', '1', 'Ada@Example.COM', 'e1', null],
      [3, 'set', '2', 'bob@example.com', 'e2', null],
      [4, 'empty', '3', null, null, null],
    ]);
  });

  it('reads a comma file in Windows-1252 and finds the columns in any order', async () => {
    const bytes = Uint8Array.from([...utf8('Identifier,Name,Record ID\ncleo@example.com,Cl'), 0xe9, 0x6f, ...utf8(',3\n')]);
    const report = value(await importIdentifierSheet(bytes, emailOptions));
    expect(report.rows.map(compact)).to.deep.equal([[2, 'set', '3', 'cleo@example.com', 'e3', null]]);
  });

  it('uses the labels the export used, in any case', async () => {
    const csv = 'stakeholder id,WORK EMAIL\n2,bob@example.com\n';
    const report = value(await importIdentifierSheet(utf8(csv), { ...emailOptions, idLabel: 'Stakeholder ID', identifierLabel: 'Work email' }));
    expect(report.updates).to.deep.equal([{ hostId: '2', identifier: 'bob@example.com' }]);
  });

  it('flags an identifier another record already holds, and a record listed twice', async () => {
    const csv = 'Record ID,Identifier\n2,ada@example.com\n3,bob@example.com\n3,cleo@example.com\n';
    const report = value(await importIdentifierSheet(utf8(csv), emailOptions));
    expect(report.rows.map(compact)).to.deep.equal([
      [2, 'duplicate', '2', 'ada@example.com', null, 'identifier_taken'],
      [3, 'duplicate', '3', 'bob@example.com', null, 'record_repeated'],
      [4, 'duplicate', '3', 'cleo@example.com', null, 'record_repeated'],
    ]);
    expect(report.rows[0]!.conflictHostIds).to.deep.equal(['1']);
    expect(report.rows[1]!.conflictRows).to.deep.equal([4]);
    expect(report.updates).to.deep.equal([]);
  });

  it('lets two records swap identifiers in one file', async () => {
    const hostsWithIds = [host('1', { identifier: 'ada@example.com' }), host('2', { identifier: 'bob@example.com' })];
    const csv = 'Record ID,Identifier\n1,bob@example.com\n2,ada@example.com\n';
    const report = value(await importIdentifierSheet(utf8(csv), { ...emailOptions, hostRecords: hostsWithIds }));
    expect(report.rows.map((r) => r.outcome)).to.deep.equal(['set', 'set']);
  });

  it('refuses an identifier that contradicts a link stored by an earlier sync', async () => {
    const linked = [{ ...host('1'), hrisId: 'e2' }, { ...host('2'), hrisId: 'gone' }, host('3')];
    const csv = 'Record ID,Identifier\n1,ada@example.com\n2,ada@example.com\n3,bob@example.com\n';
    const report = value(await importIdentifierSheet(utf8(csv), { ...emailOptions, hostRecords: linked }));
    expect(report.rows.map(compact)).to.deep.equal([
      [2, 'duplicate', '1', 'ada@example.com', null, 'duplicate_in_file'],
      [3, 'duplicate', '2', 'ada@example.com', null, 'duplicate_in_file'],
      [4, 'duplicate', '3', 'bob@example.com', null, 'hris_record_linked'],
    ]);
    expect(report.rows[2]!.conflictHostIds).to.deep.equal(['1']);
    const single = value(await importIdentifierSheet(utf8('Record ID,Identifier\n1,ada@example.com\n2,cleo@example.com\n'), { ...emailOptions, hostRecords: linked }));
    expect(single.rows.map(compact)).to.deep.equal([
      [2, 'duplicate', '1', 'ada@example.com', null, 'record_linked_elsewhere'],
      [3, 'set', '2', 'cleo@example.com', 'e3', null],
    ]);
    expect(single.rows[0]!.reason!.params).to.deep.equal({ linkedHrisId: 'e2', hrisId: 'e1' });
  });

  it('does not pick one of two HRIS records with the same identifier', async () => {
    const csv = 'Record ID,Identifier\n2,bob@example.com\n';
    const twice = [...emailHris, employee('e9', { workEmail: 'BOB@example.com' })];
    const report = value(await importIdentifierSheet(utf8(csv), { ...emailOptions, hrisRecords: twice }));
    expect(report.rows.map(compact)).to.deep.equal([[2, 'duplicate', '2', 'bob@example.com', null, 'hris_ambiguous']]);
  });

  it('reports a missing or unreadable record id and rejects control characters and overlong values', async () => {
    const long = `${'x'.repeat(250)}@example.com`;
    const csv = `Record ID,Identifier\n,ada@example.com\n2,"bob@exa\nmple.com"\n3,${long}\n`;
    const report = value(await importIdentifierSheet(utf8(csv), emailOptions));
    expect(report.rows.map(compact)).to.deep.equal([
      [2, 'unknown_record', null, 'ada@example.com', null, 'record_id_missing'],
      [3, 'unreadable', '2', null, null, 'control_characters'],
      [4, 'unreadable', '3', null, null, 'too_long'],
    ]);
  });

  it('follows Excel\'s `sep=` line, finds a header below a title row, and refuses numbers Excel already rounded', async () => {
    const csv = 'sep=;\nBulk edit 2024-05-01;;\n;;\nName;Record ID;Identifier\nAda;1;ada@example.com\nBob;2;1.23457E+15\n';
    const report = value(await importIdentifierSheet(utf8(csv), emailOptions));
    expect(report.rows.map(compact)).to.deep.equal([
      [4, 'unchanged', '1', 'ada@example.com', 'e1', null],
      [5, 'unreadable', '2', null, null, 'number_precision'],
    ]);
  });

  it('reads UTF-16 text as Excel writes "Unicode text"', async () => {
    const text = 'Record ID\tIdentifier\r\n2\tbob@example.com\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) bytes[2 + i * 2] = text.charCodeAt(i);
    const report = value(await importIdentifierSheet(bytes, emailOptions));
    expect(report.rows.map(compact)).to.deep.equal([[2, 'set', '2', 'bob@example.com', 'e2', null]]);
  });
});
