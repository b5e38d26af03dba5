/**
 * HiBob's batch path through the real chain (mock vendor → proxy → proxy
 * client → retrieve): an id listing, then searches filtered by batches of
 * 1,000 ids. Faults are aimed at one batch by an id its filter names.
 */
import { expect } from '@open-wc/testing';
import type { RetrievalProgress } from '../../src/core/retrieval.js';
import type { Fault } from '../../src/testing/index.js';
import { harness, sortedIds, type Harness } from './retrieval-harness.js';

const SIZE = 1200;
const SEARCH = /\/v1\/people\/search$/;

const searches = (h: Harness): number => h.mocks.requestLog.filter((e) => e.vendor === 'hibob' && SEARCH.test(new URL(e.url).pathname)).length;

describe('retrieve through the proxy: HiBob in batches of ids', function () {
  this.timeout(60_000);
  let baseline: string[] = [];
  /** The second batch (people 1,000 to 1,199) is the one whose filter names person 1,100. */
  let secondBatch: (fault: Fault) => Fault = (fault) => fault;

  before(async () => {
    const h = await harness('hibob', [], { size: SIZE });
    const clean = await h.run();
    expect(clean.status).to.equal('COMPLETE');
    baseline = sortedIds(clean);
    expect(baseline.length).to.equal(SIZE);
    secondBatch = (fault) => ({ ...fault, body: h.mocks.idOf('hibob', 1100) });
  });

  it('lists the ids alongside the field metadata, then reads two batches; progress counts people only, with the total', async () => {
    const h = await harness('hibob', [], { size: SIZE });
    const before = searches(h);
    const progress: RetrievalProgress[] = [];
    const outcome = await h.run({ onProgress: (p) => progress.push(p) });
    expect(outcome.status).to.equal('COMPLETE');
    expect(searches(h) - before).to.equal(3);
    expect(outcome.resources.map((r) => [r.name, r.pages, r.items, r.total])).to.deep.equal([['fields', 1, 24, 24], ['people', 2, SIZE, SIZE], ['ids', 1, SIZE, SIZE]]);
    // One event per batch, in the order they arrive, each with the listing's total: a determinate bar.
    expect(progress.map((p) => [p.resource, p.total])).to.deep.equal([['people', SIZE], ['people', SIZE]]);
    expect([1000, 200]).to.include(progress[0]!.records);
    expect(progress.at(-1)).to.deep.include({ pages: 2, records: SIZE, total: SIZE, totalPages: 2, totalRecords: SIZE });
    expect(Object.keys(outcome.raw)).to.deep.equal(['fields', 'people', 'ids']);
  });

  it('a tenant that fits one batch is read with one unfiltered search after the listing', async () => {
    const h = await harness('hibob', [], { size: 400 });
    const before = searches(h);
    const outcome = await h.run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(outcome.records).to.equal(400);
    expect(searches(h) - before).to.equal(2);
  });

  it('429 with Retry-After on one batch: waits, repeats that batch only, nothing missing or doubled', async () => {
    const h = await harness('hibob', [secondBatch({ kind: 'too-many-requests', retryAfterSeconds: 3, times: 1 })], { size: SIZE });
    const before = searches(h);
    const outcome = await h.run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(sortedIds(outcome)).to.deep.equal(baseline);
    expect(outcome.retries).to.equal(1);
    expect(h.clock.sleeps).to.include(3000);
    expect(searches(h) - before).to.equal(4);
  });

  it('a batch that fails every time: PARTIAL, the other batch kept, the failed one named', async () => {
    const h = await harness('hibob', [secondBatch({ kind: 'server-error' })], { size: SIZE });
    const outcome = await h.run({ policy: { maxAttempts: 2 } });
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.records).to.equal(1000);
    expect(outcome.reasons).to.deep.include({ code: 'page_failed', params: { resource: 'people', page: 1, offset: 1000, status: 500 } });
    expect(outcome.reasons.map((r) => r.code)).to.include('total_mismatch');
    expect(outcome.resources.find((r) => r.name === 'people')!.failedAtOffset).to.equal(1000);
  });

  it('a person listed but gone from their batch (deleted meanwhile): PARTIAL with total_mismatch, never silently fewer', async () => {
    const h = await harness('hibob', [secondBatch({ kind: 'missing-ids', count: 1 })], { size: SIZE });
    const outcome = await h.run();
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.records).to.equal(SIZE - 1);
    expect(outcome.reasons).to.deep.include({ code: 'total_mismatch', params: { resource: 'people', expected: SIZE, received: SIZE - 1 } });
  });

  it('a person sent twice is merged by the pipeline, none missing', async () => {
    const h = await harness('hibob', [secondBatch({ kind: 'duplicate-ids', count: 3 })], { size: SIZE });
    const outcome = await h.run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(sortedIds(outcome)).to.deep.equal(baseline);
  });

  it('a listing that fails every time: FAILED, and no profile is searched', async () => {
    const h = await harness('hibob', [{ kind: 'server-error', body: '"fields":["root.id"]' }], { size: SIZE });
    const before = searches(h);
    const outcome = await h.run({ policy: { maxAttempts: 2 } });
    expect(outcome.status).to.equal('FAILED');
    expect(outcome.reasons).to.deep.equal([{ code: 'page_failed', params: { resource: 'ids', page: 0, offset: 0, status: 500 } }]);
    expect(searches(h) - before).to.equal(2);
  });
});
