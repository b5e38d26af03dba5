import { expect } from '@open-wc/testing';
import { applyIdentifierUpdates } from '../../src/core/bulk.js';
import { importIdentifierSheet, type BulkImportOptions } from '../../src/core/bulk-import.js';
import { loadSheetJs } from '../../src/core/spreadsheet.js';
import { compact, employee, fixtureBytes, host, utf8 } from './bulk-helpers.js';

const options: BulkImportOptions = {
  hostRecords: [host('h-001'), host('h-002')],
  hrisRecords: [employee('p1', { employeeNumber: '00123' }), employee('p5', { employeeNumber: '555' })],
  identifier: 'employeeNumber',
};

const prototypeState = (): string =>
  JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort(), Object.getOwnPropertyNames(Function.prototype).sort()]);

function expectNoPollution(before: string): void {
  const probe: Record<string, unknown> = {};
  expect(prototypeState()).to.equal(before);
  expect(probe['polluted']).to.equal(undefined);
  expect((Object.prototype as Record<string, unknown>)['polluted']).to.equal(undefined);
  expect(probe.constructor).to.equal(Object);
  expect(Object.getPrototypeOf(probe)).to.equal(Object.prototype);
}

describe('crafted files cannot pollute prototypes', () => {
  it('imports the LibreOffice workbook with a `__proto__` sheet and `__proto__`/`constructor`/`prototype` headers', async () => {
    const before = prototypeState();
    const result = await importIdentifierSheet(await fixtureBytes('proto-pollution.xlsx'), options);
    expectNoPollution(before);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.sheet).to.equal('__proto__');
    expect(result.value.rows.map(compact)).to.deep.equal([
      [2, 'set', 'h-001', '00123', 'p1', null],
      [3, 'set', 'h-002', '555', 'p5', null],
    ]);
  });

  it('answers missing_columns when the only headers are `__proto__`, `constructor` and `prototype`', async () => {
    const before = prototypeState();
    const csv = '__proto__,constructor,prototype\n"{""polluted"":1}",polluted,"{""polluted"":1}"\n';
    const result = await importIdentifierSheet(utf8(csv), { ...options, idLabel: '__proto__', identifierLabel: 'constructor' });
    expectNoPollution(before);
    // The labels match, so the columns are found; the ids are not records.
    expect(result.ok && result.value.rows.map(compact)).to.deep.equal([[2, 'unknown_record', '{"polluted":1}', 'polluted', null, 'record_id_unknown']]);
    const plain = await importIdentifierSheet(utf8(csv), options);
    expectNoPollution(before);
    expect(plain.ok ? 'ok' : plain.issues.map((i) => i.code)).to.deep.equal(['missing_columns', 'missing_columns']);
  });

  it('ignores inherited names: a record id or sheet called `constructor` resolves to nothing inherited', async () => {
    const before = prototypeState();
    const X = await loadSheetJs();
    const wb = X.utils.book_new();
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet([['Record ID', 'Identifier'], ['constructor', '00123'], ['toString', '555'], ['__proto__', '555']]), 'constructor');
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet([['x']]), 'prototype');
    const bytes = new Uint8Array(X.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const result = await importIdentifierSheet(bytes, options);
    expectNoPollution(before);
    expect(result.ok && [result.value.sheet, result.value.rows.map((r) => [r.row, r.outcome, r.reason?.code])]).to.deep.equal([
      'constructor',
      [[2, 'unknown_record', 'record_id_unknown'], [3, 'unknown_record', 'record_id_unknown'], [4, 'unknown_record', 'record_id_unknown']],
    ]);
  });

  it('applies an update to a field named `__proto__` as data, not as a prototype', () => {
    const before = prototypeState();
    const [updated] = applyIdentifierUpdates([host('h-001')], { updates: [{ hostId: 'h-001', identifier: 'x' }] }, '__proto__');
    expectNoPollution(before);
    expect(Object.getOwnPropertyDescriptor(updated!.values, '__proto__')?.value).to.equal('x');
    expect(Object.getPrototypeOf(updated!.values)).to.equal(Object.prototype);
  });
});
