import { expect } from '@open-wc/testing';
import { loadPhoneValidator } from '../../src/core/phone.js';

describe('phone validator', () => {
  it('loads the metadata once', async () => {
    const first = loadPhoneValidator();
    expect(loadPhoneValidator()).to.equal(first);
    expect(typeof (await first)).to.equal('function');
  });

  it('flags a number without a country code, as the seeds describe', async () => {
    const check = await loadPhoneValidator();
    expect(check('0151 23456789')).to.deep.equal({ ok: false, code: 'phone_missing_country_code' });
    expect(check('(415) 555-2671')).to.deep.equal({ ok: false, code: 'phone_missing_country_code' });
  });

  it('accepts + and 00 prefixes and returns E.164', async () => {
    const check = await loadPhoneValidator();
    expect(check('+49 151 23456789')).to.deep.equal({ ok: true, e164: '+4915123456789' });
    expect(check('0033 6 12 34 56 78')).to.deep.equal({ ok: true, e164: '+33612345678' });
    expect(check(' +1 (415) 555-2671 ')).to.deep.equal({ ok: true, e164: '+14155552671' });
  });

  it('names why an international number is wrong', async () => {
    const check = await loadPhoneValidator();
    expect(check('+49 1')).to.deep.equal({ ok: false, code: 'phone_too_short' });
    expect(check('+999 123456789')).to.deep.equal({ ok: false, code: 'phone_unknown_country' });
    expect(check('n/a')).to.deep.equal({ ok: false, code: 'phone_not_a_number' });
  });
});
