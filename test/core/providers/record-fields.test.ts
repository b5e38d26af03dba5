import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { FieldDef, FieldValue, Sensitivity } from '../../../src/core/model.js';
import { runPipeline, type DraftField, type DraftResult, type FieldSink } from '../../../src/core/providers/shared.js';
import type { NormalizeResult } from '../../../src/core/providers/types.js';

const ENDPOINT = 'GET /people';
const STANDARD: FieldDef[] = [
  { id: 'name', label: 'Name', type: 'string', endpoint: ENDPOINT, sensitivity: 'standard', custom: false },
  { id: 'faith', label: 'Religion', type: 'string', endpoint: ENDPOINT, sensitivity: 'special', custom: false },
];

interface Field {
  readonly id: string;
  readonly value: FieldValue;
  /** Undefined: a bare value (what a provider knows nothing more about). */
  readonly label?: string;
  readonly sensitivity?: Sensitivity;
}

interface Item {
  readonly id: string;
  readonly fields: readonly Field[];
  /** A draft refused after its fields were read: quarantined, or a throw. */
  readonly fail?: 'refuse' | 'throw';
}

const described = (f: Field): boolean => f.label !== undefined || f.sensitivity !== undefined;

/** The draft path: the provider builds its own fields (`DraftField` or bare values) and the pipeline reads them. */
function viaDraft(raw: unknown): DraftResult {
  const item = raw as Item;
  if (item.fail === 'refuse') return { ok: false, hrisId: item.id, reason: { code: 'refused' } };
  if (item.fail === 'throw') throw new Error('unreadable');
  const fields: Record<string, DraftField | FieldValue> = {};
  for (const f of item.fields) {
    const entry = described(f) ? { value: f.value, ...(f.label !== undefined ? { label: f.label } : {}), ...(f.sensitivity ? { sensitivity: f.sensitivity } : {}) } : f.value;
    // An own key even for `__proto__`, as JSON.parse would give.
    Object.defineProperty(fields, f.id, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, draft: { hrisId: item.id, core: {}, fields } };
}

/**
 * The sink path: the provider feeds every field first, and only then may refuse the item or throw. Fields come in the
 * order a provider reading a vendor object meets them (integer-like keys first), the order the draft path reads.
 */
function viaSink(raw: unknown, sink: FieldSink): DraftResult {
  const item = raw as Item;
  const byId = new Map(item.fields.map((f) => [f.id, f]));
  for (const id of Object.keys(Object.fromEntries(item.fields.map((f) => [f.id, f.id])))) {
    const f = byId.get(id)!;
    if (described(f)) sink.addDescribed(f.id, f.value, f.label, undefined, f.sensitivity);
    else sink.add(f.id, f.value);
  }
  const fields = sink.build();
  if (item.fail === 'refuse') return { ok: false, hrisId: item.id, reason: { code: 'refused' } };
  if (item.fail === 'throw') throw new Error('unreadable');
  return { ok: true, draft: { hrisId: item.id, core: {}, fields } };
}

const normalizeWith = (toDraft: typeof viaSink, items: readonly Item[], allow: readonly string[] = []): NormalizeResult => runPipeline({
  provider: 'personio', standardFields: STANDARD, sensitiveFieldIds: [], customEndpoint: ENDPOINT,
  items: [{ resource: 'people', list: items }], toDraft, context: { allowSensitive: new Set(allow), now: new Date('2026-01-01T00:00:00Z') },
});

describe('record fields: a provider feeding the pipeline while it reads an item', () => {
  it('gives exactly what the pipeline gives reading drafts, over any sequence of layouts, drops and refusals (property)', () => {
    const field = fc.record({
      id: fc.constantFrom('name', 'faith', 'a', 'b', 'c', 'd', '__proto__', '7'),
      value: fc.oneof(fc.constant(null), fc.constant(''), fc.string({ maxLength: 3 }), fc.integer(), fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 })),
      label: fc.option(fc.constantFrom('Shirt size', 'IBAN', 'Konfession', 'Hobby', 'Date of birth'), { nil: undefined }),
      sensitivity: fc.option(fc.constantFrom<Sensitivity>('standard', 'personal', 'special'), { nil: undefined }),
    }, { requiredKeys: ['id', 'value'] });
    const fields = fc.uniqueArray(field, { selector: (f) => f.id, maxLength: 6 });
    const item = fc.record({ id: fc.constantFrom('1', '2', '3'), fields, fail: fc.constantFrom(undefined, undefined, undefined, 'refuse', 'throw') });
    // null: the previous item's layout again with other values, the case the sink's per-position decisions serve.
    const sequence = fc.array(fc.oneof(item, fc.constant(null)), { minLength: 1, maxLength: 10 });
    fc.assert(fc.property(sequence, fc.subarray(['a', 'b', 'faith']), (steps, allow) => {
      const items: Item[] = [];
      for (const step of steps) {
        const previous = items[items.length - 1];
        items.push(step ?? { id: '9', fields: (previous?.fields ?? []).map((f) => ({ ...f, value: `${f.id}!` })) });
      }
      expect(JSON.stringify(normalizeWith(viaSink, items, allow))).to.equal(JSON.stringify(normalizeWith(viaDraft, items, allow)));
    }), { seed: 1301, numRuns: 400 });
  });

  it('drops a field that takes the place of a kept one in the previous layout, and keeps one that moves', () => {
    const result = normalizeWith(viaSink, [
      { id: '1', fields: [{ id: 'name', value: 'Ada' }, { id: 'a', value: 'M', label: 'Shirt size' }] },
      { id: '2', fields: [{ id: 'name', value: 'Bo' }, { id: 'b', value: 'katholisch', label: 'Konfession' }] },
      { id: '3', fields: [{ id: 'a', value: 'L', label: 'Shirt size' }, { id: 'name', value: 'Cy' }] },
    ]);
    expect(result.records.map((r) => r.fields)).to.deep.equal([{ name: 'Ada', a: 'M' }, { name: 'Bo' }, { a: 'L', name: 'Cy' }]);
    expect(Object.keys(result.records[2]!.fields)).to.deep.equal(['a', 'name']);
    expect(result.dropped).to.deep.equal({ count: 1, fields: [{ id: 'b', label: 'Konfession' }] });
  });

  it('forgets what a refused item showed: the first accepted item decides a field', () => {
    const result = normalizeWith(viaSink, [
      { id: '1', fields: [{ id: 'a', value: 'DE00 1234', label: 'IBAN' }], fail: 'refuse' },
      { id: '2', fields: [{ id: 'a', value: 'S', label: 'Shirt size' }] },
      { id: '3', fields: [{ id: 'a', value: 'M', label: 'IBAN' }] },
    ]);
    expect(result.quarantine.map((q) => q.hrisId)).to.deep.equal(['1']);
    expect(result.records.map((r) => r.fields)).to.deep.equal([{ a: 'S' }, { a: 'M' }]);
    expect(result.dropped).to.deep.equal({ count: 0, fields: [] });
    expect(result.catalog.filter((f) => f.custom).map((f) => [f.id, f.label])).to.deep.equal([['a', 'Shirt size']]);
  });
});
