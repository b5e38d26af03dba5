import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cleanCellText, identifierKey } from '../../src/core/bulk.js';
import { exportIdentifierSheet } from '../../src/core/bulk-export.js';
import { importIdentifierSheet } from '../../src/core/bulk-import.js';
import type { HostRecord } from '../../src/core/host.js';
import { FORMULA_TRIGGERS, neutralizeCell, unneutralizeCell } from '../../src/core/spreadsheet.js';
import { employee, host } from './bulk-helpers.js';

/** Text that stays a usable identifier after cleaning (no control characters, not Excel's rounded-number form). */
const usable = (s: string): boolean => {
  const t = cleanCellText(s);
  return t !== '' && t.length <= 254 && !/[\u0000-\u001F\u007F]/.test(t) && !/^[+-]?\d+(\.\d+)?e[+-]?\d+$/i.test(t);
};

const tricky = fc.constantFrom('=1+1', '+49 30 1234', '-A17', '@SUM(A1)', '00123', '123456789012', 'Zoe\u0308', '\u00A0ab-7\u00A0', 'a","=1+1', 'x;y', '\uFF1Dcmd', "'quoted", "'=x", "''-1", ' spaced ');
const identifierArb = fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.stringMatching(/^\d{1,14}$/), fc.constant(''));
const idArb = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), tricky).filter(usable);

const recordsArb = fc
  .uniqueArray(fc.record({ id: idArb, identifier: identifierArb }), { minLength: 1, maxLength: 12, selector: (r) => cleanCellText(r.id) })
  .map((list) => list.map((r): HostRecord => host(r.id, { name: r.id, identifier: usable(r.identifier) ? r.identifier : null })));

/** What an untouched export must import as: the identifier back as typed (cleaned), unchanged or duplicate. */
function expected(records: readonly HostRecord[]): [string, string | null][] {
  const keys = records.map((r) => (typeof r.values['identifier'] === 'string' ? identifierKey(r.values['identifier']) : ''));
  return records.map((r, i) => {
    const key = keys[i]!;
    if (key === '') return ['empty', null];
    return [keys.filter((k) => k === key).length > 1 ? 'duplicate' : 'unchanged', cleanCellText(r.values['identifier'] as string)];
  });
}

describe('bulk identifier sheets round-trip (property)', () => {
  it('neutralization never leaves a trigger first and is undone exactly', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), tricky), (s) => {
        const n = neutralizeCell(s);
        expect((FORMULA_TRIGGERS as readonly string[]).includes(n[0] ?? '')).to.equal(false);
        expect(unneutralizeCell(n)).to.equal(s);
      }),
    );
  });

  for (const format of ['xlsx', 'csv'] as const) {
    it(`an ${format} cell that NFC changes after it was neutralized ("=" + U+0338 is "≠") comes back as exported`, async () => {
      const records = [host('=\u0338 ', { name: 'x', identifier: '=\u0338a' }), host('!', { name: '!', identifier: '=1+1' })];
      const hris = [employee('p0', { workEmail: identifierKey('=\u0338a') }), employee('p1', { workEmail: identifierKey('=1+1') })];
      const out = await exportIdentifierSheet(records, { format, columns: [{ id: 'name', label: 'Name' }], identifierLabel: 'Identifier' });
      const result = await importIdentifierSheet(typeof out === 'string' ? new TextEncoder().encode(out) : out, { hostRecords: records, hrisRecords: hris, identifier: 'workEmail' });
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.value.rows.map((r) => [r.hostId, r.outcome, r.identifier])).to.deep.equal([['\u2260', 'unchanged', '\u2260a'], ['!', 'unchanged', '=1+1']]);
    });


    it(`an untouched ${format} export imports every identifier back unchanged`, async () => {
      await fc.assert(
        fc.asyncProperty(recordsArb, async (records) => {
          const keys = [...new Set(records.map((r) => (typeof r.values['identifier'] === 'string' ? identifierKey(r.values['identifier']) : '')).filter(Boolean))];
          const hris = keys.map((k, i) => employee(`p${i}`, { workEmail: k }));
          const out = await exportIdentifierSheet(records, { format, columns: [{ id: 'name', label: 'Name' }], identifierLabel: 'Identifier' });
          const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
          const result = await importIdentifierSheet(bytes, { hostRecords: records, hrisRecords: hris, identifier: 'workEmail' });
          expect(result.ok).to.equal(true);
          if (!result.ok) return;
          expect(result.value.rows.map((r) => [r.outcome, r.identifier])).to.deep.equal(expected(records));
          expect(result.value.rows.map((r) => r.hostId)).to.deep.equal(records.map((r) => cleanCellText(r.id)));
          expect(result.value.updates).to.deep.equal([]);
        }),
        { numRuns: 40 },
      );
    });
  }
});
