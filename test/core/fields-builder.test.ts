import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { FieldValue } from '../../src/core/model.js';
import { FieldsBuilder } from '../../src/core/providers/fields-builder.js';

const build = (builder: FieldsBuilder, entries: readonly [string, FieldValue][]) => {
  builder.begin();
  for (const [id, value] of entries) builder.add(id, value);
  return builder.build();
};

/** What building key by key into a fresh object gives. */
const plain = (entries: readonly [string, FieldValue][]) => {
  const out: Record<string, FieldValue> = {};
  for (const [id, value] of entries) out[id] = value;
  return out;
};

describe('FieldsBuilder: each record\'s fields as if built key by key', () => {
  it('gives the same keys, order and values over any sequence of records, layouts repeating or not', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', '7', '12', 'dynamic_1');
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()));
    const record = fc.uniqueArray(fc.tuple(id, value), { selector: ([k]) => k, maxLength: 7 });
    fc.assert(fc.property(fc.array(fc.oneof(record, fc.constant(null)), { minLength: 1, maxLength: 12 }), (records) => {
      const builder = new FieldsBuilder();
      let previous: [string, FieldValue][] = [];
      for (const r of records) {
        // null: the previous layout again with new values, the case the template serves.
        const entries = r ?? previous.map(([k]) => [k, `${k}!`] as [string, FieldValue]);
        const built = build(builder, entries);
        expect(Object.keys(built)).to.deep.equal(Object.keys(plain(entries)));
        expect(built).to.deep.equal(plain(entries));
        expect(Object.getPrototypeOf(built)).to.equal(Object.prototype);
        previous = entries;
      }
    }), { numRuns: 300, seed: 8 });
  });

  it('returns a new object per record, and a change to one record does not reach the next', () => {
    const builder = new FieldsBuilder();
    const first = build(builder, [['a', 1], ['b', 2]]);
    first['extra'] = 'x';
    delete first['a'];
    const second = build(builder, [['a', 3], ['b', 4]]);
    expect(second).to.not.equal(first);
    expect(Object.keys(second)).to.deep.equal(['a', 'b']);
    expect(second).to.deep.equal({ a: 3, b: 4 });
    expect(build(builder, [])).to.deep.equal({});
  });
});
