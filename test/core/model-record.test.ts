import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { z } from 'zod/mini';
import { EMPLOYEE_RECORD_KEYS, EMPLOYMENT_STATUSES, employeeRecordReferenceSchema, employeeRecordSchema, PAY_PERIODS, PROVIDER_IDS } from '../../src/core/model.js';

/**
 * `employeeRecordSchema` checks a record by hand and returns it uncopied when
 * zod would return an equal copy; it must mean exactly what the zod object
 * `employeeRecordReferenceSchema` means: the same accept/refuse, the same
 * output (values, key order, prototypes), the same issues.
 */

/** Keys in order, recursively, with prototypes: what deep equality does not compare. */
function layout(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return typeof value;
  const proto = Object.getPrototypeOf(value) as unknown;
  const kind = proto === Object.prototype ? 'object' : proto === Array.prototype ? 'array' : proto === null ? 'null-proto' : 'other';
  return [kind, ...Object.keys(value).map((k) => [k, layout((value as Record<string, unknown>)[k])])];
}

const outcome = (schema: z.core.$ZodType, value: unknown) => {
  const parsed = z.safeParse(schema, value);
  return parsed.success
    ? { ok: true, data: parsed.data as unknown, layout: layout(parsed.data) }
    : { ok: false, issues: parsed.error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })) };
};

const isoDate = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const nearDate = fc.constantFrom('2024-1-01', '2024-01-01T00:00:00Z', '2024-01-01\n', ' 2024-01-01', '20240101', '', '2024-13-45');
const fieldValue = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()));
const oddValue = fc.oneof(fc.anything(), fc.constant(undefined), fc.constant(Number.NaN), fc.constant(Infinity),
  fc.array(fc.oneof(fc.string(), fc.integer())), fc.date(), fc.constant([, 'hole']));
const issue = fc.record({
  code: fc.string(),
  path: fc.array(fc.oneof(fc.string(), fc.integer())),
  params: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)), { noNullPrototype: true }),
}, { requiredKeys: ['code'], noNullPrototype: true });

/** A valid record, in the schema's key order. */
const validRecord = fc.record({
  provider: fc.constantFrom(...PROVIDER_IDS),
  hrisId: fc.string({ minLength: 1 }),
  employeeNumber: fc.option(fc.string()),
  firstName: fc.option(fc.string()),
  lastName: fc.option(fc.string()),
  preferredName: fc.option(fc.string()),
  workEmail: fc.option(fc.string()),
  personalEmail: fc.option(fc.string()),
  birthDate: fc.option(isoDate),
  startDate: fc.option(isoDate),
  terminationDate: fc.option(isoDate),
  status: fc.constantFrom(...EMPLOYMENT_STATUSES),
  jobTitle: fc.option(fc.string()),
  department: fc.option(fc.string()),
  team: fc.option(fc.string()),
  office: fc.option(fc.string()),
  managerId: fc.option(fc.string()),
  mobilePhone: fc.option(fc.string()),
  payRate: fc.option(fc.record({ amount: fc.double({ noNaN: true, noDefaultInfinity: true }), currency: fc.option(fc.string()), period: fc.option(fc.constantFrom(...PAY_PERIODS)) }, { noNullPrototype: true })),
  employmentType: fc.option(fc.string()),
  gender: fc.option(fc.string()),
  costCenter: fc.option(fc.string()),
  fields: fc.dictionary(fc.string(), fieldValue, { noNullPrototype: true }),
  issues: fc.array(issue, { maxLength: 3 }),
}, { noNullPrototype: true });

/** One change that may or may not make the record invalid or different from zod's output. */
const nearMiss = fc.oneof(
  fc.record({ key: fc.constantFrom('provider', 'status'), value: fc.oneof(fc.string(), fc.constantFrom('Personio', 'ACTIVE', 'retired')) }),
  fc.record({ key: fc.constantFrom('birthDate', 'startDate', 'terminationDate'), value: fc.oneof(nearDate, isoDate) }),
  fc.record({ key: fc.constantFrom('hrisId', 'firstName', 'costCenter'), value: fc.oneof(fc.constant(''), fc.constant(undefined), fc.integer(), fc.string()) }),
  fc.record({ key: fc.constantFrom(...EMPLOYEE_RECORD_KEYS), value: oddValue }),
  fc.record({ key: fc.constant('payRate'), value: fc.oneof(
    fc.record({ amount: fc.oneof(fc.double(), fc.string()), currency: fc.option(fc.string()), period: fc.oneof(fc.constant(null), fc.constantFrom(...PAY_PERIODS), fc.string()) }),
    fc.constant({ currency: 'EUR', amount: 1, period: null }),
    fc.constant({ amount: 1, currency: 'EUR', period: 'month', extra: true }),
    fc.constantFrom(Infinity, Number.NaN, -Infinity).map((amount) => ({ amount, currency: null, period: null })),
  ) }),
  fc.record({ key: fc.constant('fields'), value: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fieldValue, oddValue)), oddValue,
    fc.constant(JSON.parse('{"__proto__":{"polluted":true},"a":"b"}') as unknown), fc.constant(Object.assign(Object.create(null) as object, { a: 'b' })),
    fc.constant({ a: 'b', [Symbol('s')]: 'x' })) }),
  fc.record({ key: fc.constant('issues'), value: fc.oneof(
    fc.array(fc.oneof(issue, oddValue), { maxLength: 3 }),
    fc.constant([{ path: ['x'], code: 'later' }]),
    fc.constant([{ code: 'x', path: undefined }]),
    fc.constant([{ code: 'x', params: { a: 1 }, extra: 1 }]),
    fc.constant([{ code: 'x', params: JSON.parse('{"__proto__":1,"a":1}') as unknown }]),
  ) }),
  fc.record({ key: fc.constant('$extra'), value: fc.anything() }),
  fc.record({ key: fc.constant('$drop'), value: fc.constantFrom(...EMPLOYEE_RECORD_KEYS) }),
  fc.record({ key: fc.constant('$reverse'), value: fc.constant(null) }),
  fc.record({ key: fc.constant('$nullPrototype'), value: fc.constant(null) }),
);

function apply(record: Record<string, unknown>, change: { key: string; value: unknown }): unknown {
  switch (change.key) {
    case '$extra': return { ...record, extra: change.value };
    case '$drop': { const copy = { ...record }; delete copy[change.value as string]; return copy; }
    case '$reverse': return Object.fromEntries(Object.entries(record).reverse());
    case '$nullPrototype': return Object.assign(Object.create(null) as object, record);
    default: return { ...record, [change.key]: change.value };
  }
}

describe('EmployeeRecord: the hand-written check means exactly the zod object', () => {
  it('accepts every valid record as it is, without copying it, with the output zod gives', () => {
    fc.assert(fc.property(validRecord, (record) => {
      const parsed = employeeRecordSchema.parse(record);
      expect(parsed).to.equal(record);
      expect(outcome(employeeRecordSchema, record)).to.deep.equal(outcome(employeeRecordReferenceSchema, record));
    }), { numRuns: 300, seed: 11 });
  });

  it('gives the same result, key order and issues as zod on near misses', () => {
    fc.assert(fc.property(validRecord, fc.array(nearMiss, { minLength: 1, maxLength: 3 }), (record, changes) => {
      const value = changes.reduce<unknown>((r, c) => apply(r as Record<string, unknown>, c), record);
      expect(outcome(employeeRecordSchema, value)).to.deep.equal(outcome(employeeRecordReferenceSchema, value));
    }), { numRuns: 1000, seed: 5 });
  });

  it('gives the same result as zod on anything at all', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
      expect(outcome(employeeRecordSchema, value)).to.deep.equal(outcome(employeeRecordReferenceSchema, value));
    }), { numRuns: 300, seed: 9 });
  });

  it('strips an extra key the way zod does (a copy without it), and explains a refusal inside an array with the index in the path', () => {
    const record = fc.sample(validRecord, { numRuns: 1, seed: 1 })[0]!;
    const withExtra = { ...record, secret: 'x' };
    const parsed = employeeRecordSchema.parse(withExtra);
    expect(parsed).not.to.equal(withExtra);
    expect(Object.keys(parsed)).to.deep.equal([...EMPLOYEE_RECORD_KEYS]);
    const bad = [record, { ...record, status: 'retired', birthDate: '1990-1-1' }];
    const issues = (schema: z.core.$ZodType) => z.safeParse(z.array(schema), bad).error?.issues.map((i) => ({ code: i.code, path: i.path }));
    expect(issues(employeeRecordSchema)).to.deep.equal(issues(employeeRecordReferenceSchema));
    expect(issues(employeeRecordSchema)?.map((i) => i.path)).to.deep.equal([[1, 'birthDate'], [1, 'status']]);
  });

  it('drops an own __proto__ key of fields and keeps the prototype plain, like z.record', () => {
    const record = { ...fc.sample(validRecord, { numRuns: 1, seed: 2 })[0]!, fields: JSON.parse('{"__proto__":{"polluted":true},"a":"b"}') as Record<string, string> };
    const parsed = employeeRecordSchema.parse(record);
    expect(Object.keys(parsed.fields)).to.deep.equal(['a']);
    expect(Object.getPrototypeOf(parsed.fields)).to.equal(Object.prototype);
  });
});
