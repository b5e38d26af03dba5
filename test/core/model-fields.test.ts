import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { z } from 'zod';
import { z as zm } from 'zod/mini';
import { employeeRecordSchema, fieldValueSchema } from '../../src/core/model.js';

/** The schema `fields` had before its check became one loop; it must mean exactly the same. */
const reference = z.object({ fields: z.record(z.string(), fieldValueSchema) });
const current = zm.pick(employeeRecordSchema, { fields: true });

const outcome = (schema: z.core.$ZodType, value: unknown) => {
  const parsed = z.safeParse(schema, { fields: value });
  return parsed.success
    ? { ok: true, data: parsed.data as unknown, keys: Object.keys((parsed.data as { fields: object }).fields) }
    : { ok: false, issues: parsed.error.issues.map((i) => ({ code: i.code, path: i.path })) };
};

const fieldValue = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()));
const oddValue = fc.oneof(fc.anything(), fc.constant(undefined), fc.constant(Number.NaN), fc.constant(Infinity), fc.array(fc.oneof(fc.string(), fc.integer())), fc.date(), fc.constant([, 'hole']));

describe('EmployeeRecord fields: the one-loop check means what z.record(z.string(), fieldValueSchema) means', () => {
  it('accepts and refuses the same values, with the same result and the same first issue', () => {
    fc.assert(fc.property(
      fc.oneof(
        fc.dictionary(fc.string(), fieldValue),
        fc.dictionary(fc.string(), fc.oneof(fieldValue, oddValue)),
        oddValue,
      ),
      (value) => {
        expect(outcome(current, value)).to.deep.equal(outcome(reference, value));
      },
    ), { numRuns: 500, seed: 3 });
  });

  it('treats an own __proto__ key, symbols, non-enumerable keys and class instances the way z.record does', () => {
    const withProto = JSON.parse('{"__proto__":{"polluted":true},"a":"b"}') as object;
    const withSymbol = { a: 'b', [Symbol('s')]: 'x' };
    const hidden = Object.defineProperty({ a: 'b' }, 'h', { value: 1n, enumerable: false });
    const nullProto = Object.assign(Object.create(null) as object, { a: ['x'] });
    for (const value of [withProto, withSymbol, hidden, nullProto, new Map(), new Date(0), [], 'text']) {
      expect(outcome(current, value)).to.deep.equal(outcome(reference, value));
    }
    const parsed = current.parse({ fields: withProto });
    expect(Object.keys(parsed.fields)).to.deep.equal(['a']);
    expect(Object.getPrototypeOf(parsed.fields)).to.equal(Object.prototype);
  });
});
