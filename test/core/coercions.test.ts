import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { amount, idText, isoDate, moneyWithCurrency, payPeriod, text } from '../../src/core/providers/coercions.js';

describe('value coercions shared by the providers', () => {
  it('reads calendar dates in the forms vendors send', () => {
    expect(isoDate('2014-11-09 00:00:00+01:00')).to.equal('2014-11-09');
    expect(isoDate('2021-03-01T23:30:00-05:00')).to.equal('2021-03-01');
    expect(isoDate('2020-02-29')).to.equal('2020-02-29');
    expect(isoDate('01/04/2022')).to.equal('2022-04-01');
  });

  it('reads a YYYY-MM-DD string as the calendar day Date.UTC gives, or null when there is no such day', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const viaDate = (y: string, m: string, d: string): string | null => {
      if (y === '0000' || m === '00' || d === '00') return null;
      const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
    };
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
      const [ys, ms, ds] = [pad(y, 4), pad(m, 2), pad(d, 2)];
      expect(isoDate(`${ys}-${ms}-${ds}`)).to.equal(viaDate(ys, ms, ds));
      expect(isoDate(` ${ys}-${ms}-${ds}T00:00:00Z`)).to.equal(viaDate(ys, ms, ds));
      expect(isoDate(`${ys}-${ms}-${ds} 12:30:00+01:00`)).to.equal(viaDate(ys, ms, ds));
    }), { numRuns: 2000, seed: 4 });
    for (const day of ['2000-02-29', '1900-02-29', '2024-02-29', '2023-02-29', '0099-01-01', '0100-01-01', '2024-04-31', '2024-12-31']) {
      const [y, m, d] = day.split('-') as [string, string, string];
      expect(isoDate(day), day).to.equal(viaDate(y, m, d));
    }
    expect(isoDate('2024-1-011')).to.equal(null);
    expect(isoDate('2024/01/01')).to.equal(null);
    expect(isoDate('２０２４-01-01')).to.equal(null);
  });

  it('turns "no date" markers and impossible dates into null', () => {
    expect(isoDate('0000-00-00')).to.equal(null);
    expect(isoDate('2021-02-30')).to.equal(null);
    expect(isoDate('2021-13-01')).to.equal(null);
    expect(isoDate('')).to.equal(null);
    expect(isoDate(null)).to.equal(null);
    expect(isoDate('next monday')).to.equal(null);
  });

  it('splits BambooHR pay rates into amount and currency', () => {
    expect(moneyWithCurrency('65000.00 USD')).to.deep.equal({ amount: 65000, currency: 'USD' });
    expect(moneyWithCurrency('72,000.50 eur')).to.deep.equal({ amount: 72000.5, currency: 'EUR' });
    expect(moneyWithCurrency('4200')).to.deep.equal({ amount: 4200, currency: null });
    expect(moneyWithCurrency(5100)).to.deep.equal({ amount: 5100, currency: null });
    expect(moneyWithCurrency('lots')).to.equal(null);
  });

  it('reads amounts only when they are unambiguous numbers', () => {
    expect(amount('65000.00')).to.equal(65000);
    expect(amount(12.5)).to.equal(12.5);
    expect(amount(Number.NaN)).to.equal(null);
    expect(amount('1.234,50')).to.equal(null);
    expect(amount('65,000')).to.equal(65000);
    expect(amount(' 1 234 567.5 ')).to.equal(1234567.5);
    expect(amount('-40')).to.equal(-40);
    expect(amount('007')).to.equal(7);
    for (const odd of ['-', '.5', '5.', '1e3', '+5', '--5', '5.5.5', '0x10', '١٢']) expect(amount(odd), odd).to.equal(null);
  });

  it('reads every string as amounts always did: plain decimals straight, separators through the regex (property)', () => {
    /** `amount` before its plain-decimal shortcut: both regexes on every string. */
    const reference = (value: string): number | null => {
      const s = value.trim();
      if (!s || !/^-?\d+(\.\d+)?$/.test(s.replace(/[\s,](?=\d{3}\b)/g, ''))) return null;
      return Number(s.replace(/[\s,](?=\d{3}\b)/g, ''));
    };
    const chars = fc.constantFrom('0', '1', '5', '9', '-', '.', ',', ' ', 'e', '\u00a0', 'x');
    fc.assert(fc.property(fc.oneof(fc.string(), fc.array(chars, { maxLength: 12 }).map((c) => c.join(''))), (value) => {
      expect(amount(value)).to.equal(reference(value));
    }), { seed: 77, numRuns: 2000 });
  });

  it('maps vendor period words to pay periods', () => {
    expect(payPeriod('Monthly')).to.equal('month');
    expect(payPeriod('Hour')).to.equal('hour');
    expect(payPeriod('per annum')).to.equal('year');
    expect(payPeriod('Annual')).to.equal('year');
    expect(payPeriod('fortnight')).to.equal(null);
  });

  it('trims text and stringifies ids', () => {
    expect(text('  Ada ')).to.equal('Ada');
    expect(text('   ')).to.equal(null);
    expect(text('')).to.equal(null);
    expect(text('\u00a0Zoë\u2028')).to.equal('Zoë');
    expect(text('\ufeffAda')).to.equal('Ada');
    expect(text('Ada\t')).to.equal('Ada');
    expect(text('a')).to.equal('a');
    expect(idText(42)).to.equal('42');
    expect(idText(4.2)).to.equal(null);
    expect(idText({ id: 1 })).to.equal(null);
  });

  it('gives every string its trimmed text, or null when nothing is left (property)', () => {
    const edge = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '\u3000', 'a', '~', '!', 'é', '\u007f', '');
    fc.assert(fc.property(fc.tuple(edge, fc.string(), edge), ([a, middle, z]) => {
      const value = a + middle + z;
      expect(text(value)).to.equal(value.trim() === '' ? null : value.trim());
    }), { seed: 78, numRuns: 2000 });
  });
});
