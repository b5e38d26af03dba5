import { expect } from '@open-wc/testing';
import { Hasher, hashValue } from '../../src/core/hash.js';

describe('hash', () => {
  it('is 16 hex digits and ignores object key order', () => {
    expect(hashValue({ a: 1, b: [true, null, 'x'] })).to.match(/^[0-9a-f]{16}$/);
    expect(hashValue({ b: [true, null, 'x'], a: 1 })).to.equal(hashValue({ a: 1, b: [true, null, 'x'] }));
  });

  it('tells apart values that serialise alike without type tags', () => {
    const hashes = [hashValue(1), hashValue('1'), hashValue(true), hashValue('true'), hashValue(null), hashValue('null'), hashValue(['ab']), hashValue(['a', 'b']), hashValue({ a: undefined }), hashValue({})];
    expect(new Set(hashes).size).to.equal(hashes.length - 1); // `{ a: undefined }` is `{}`, as in JSON
    expect(hashValue({ a: undefined })).to.equal(hashValue({}));
  });

  it('is incremental: feeding in pieces equals feeding at once', () => {
    expect(new Hasher().update('hello ').update('world').digest()).to.equal(new Hasher().update('hello world').digest());
    expect(new Hasher().update('hello world').digest()).to.not.equal(new Hasher().update('hello worle').digest());
  });
});
