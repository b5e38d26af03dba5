import { expect } from '@open-wc/testing';
import { amount, idText, isoDate, moneyWithCurrency, payPeriod, text } from '../../src/core/providers/shared.js';

describe('value coercions shared by the providers', () => {
  it('reads calendar dates in the forms vendors send', () => {
    expect(isoDate('2014-11-09 00:00:00+01:00')).to.equal('2014-11-09');
    expect(isoDate('2021-03-01T23:30:00-05:00')).to.equal('2021-03-01');
    expect(isoDate('2020-02-29')).to.equal('2020-02-29');
    expect(isoDate('01/04/2022')).to.equal('2022-04-01');
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
    expect(idText(42)).to.equal('42');
    expect(idText(4.2)).to.equal(null);
    expect(idText({ id: 1 })).to.equal(null);
  });
});
