import { expect } from '@open-wc/testing';
import { retrieve, type RetrievalProgress, type RetrieveOptions } from '../../src/core/retrieval.js';
import { fakeProvider, json, listResource, people, ScriptedVendor, VirtualClock, type Call, type Reply } from './retrieval-fakes.js';

const PEOPLE = '/people';

function setup(count: number, fault?: (call: Call) => Reply | null, options: { withTotal?: boolean; pageSize?: number } = {}) {
  const vendor = new ScriptedVendor({ [PEOPLE]: people(count) }, fault, options.withTotal ?? true);
  const clock = new VirtualClock();
  const provider = fakeProvider([listResource('people', PEOPLE, options.pageSize ?? 100)]);
  const progress: RetrievalProgress[] = [];
  const run = (extra: Partial<RetrieveOptions> = {}) =>
    retrieve({ provider, connectionId: 'c1', client: vendor, clock, random: () => 0.5, onProgress: (p) => progress.push(p), ...extra });
  return { vendor, clock, progress, run };
}

const ids = (outcome: Awaited<ReturnType<typeof retrieve>>): string[] => (outcome.result?.records ?? []).map((r) => r.hrisId).sort((a, b) => Number(a) - Number(b));
const range = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i + 1));
const offsets = (calls: Call[]): number[] => calls.map((c) => c.offset);

describe('retrieve: pagination', () => {
  it('reads the first page, then the rest in parallel when the vendor gives a total', async () => {
    const { vendor, progress, run } = setup(950);
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(outcome.reasons).to.deep.equal([]);
    expect(ids(outcome)).to.deep.equal(range(950));
    expect([outcome.pages, outcome.records, outcome.retries]).to.deep.equal([10, 950, 0]);
    expect(offsets(vendor.calls).sort((a, b) => a - b)).to.deep.equal([0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
    expect(vendor.maxInFlight).to.equal(4);
    expect(progress.at(-1)).to.deep.equal({ resource: 'people', pages: 10, records: 950, total: 950, totalPages: 10, totalRecords: 950 });
    expect(progress[0]).to.deep.equal({ resource: 'people', pages: 1, records: 100, total: 950, totalPages: 1, totalRecords: 100 });
  });

  it('reads on until a short page when there is no total, four pages ahead, counting only the pages up to the end', async () => {
    const { vendor, progress, run } = setup(250, undefined, { withTotal: false });
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(ids(outcome)).to.deep.equal(range(250));
    // Page 0 alone (it could carry a total), then 100–400 at once; 500 went out once 100 was taken, before 200 came back short.
    expect(offsets(vendor.calls)).to.deep.equal([0, 100, 200, 300, 400, 500]);
    expect(progress.map((p) => [p.pages, p.records, p.total])).to.deep.equal([[1, 100, null], [2, 200, null], [3, 250, null]]);
    expect(outcome.resources[0]?.pages).to.equal(3);
  });

  it('stops on an empty page when the count is an exact multiple of the page size', async () => {
    const { vendor, run } = setup(200, undefined, { withTotal: false });
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(offsets(vendor.calls)).to.deep.equal([0, 100, 200, 300, 400, 500]);
    expect([outcome.records, outcome.pages]).to.deep.equal([200, 3]);
  });

  it('trusts a total the pages agree with and asks for no extra page', async () => {
    const { vendor, run } = setup(300);
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(vendor.calls.length).to.equal(3);
  });

  it('follows a vendor that caps the page below the size asked for', async () => {
    const { vendor, run } = setup(120, (call) => {
      const all = people(120).slice(call.offset, call.offset + 50);
      return json({ total: 120, data: all });
    });
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(ids(outcome)).to.deep.equal(range(120));
    expect(offsets(vendor.calls).sort((a, b) => a - b)).to.deep.equal([0, 50, 100]);
  });

  it('merges the same person seen on two pages and reports no duplicate', async () => {
    const all = people(250);
    const { run } = setup(250, (call) => call.offset === 100 ? json({ total: 250, data: [all[99], ...all.slice(100, 199)] }) : null);
    // Page 2 repeats person 100 and so pushes person 200 out: the vendor counted 250, we can only name 249.
    const outcome = await run();
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.reasons).to.deep.equal([{ code: 'total_mismatch', params: { resource: 'people', expected: 250, received: 249 } }]);
    expect(ids(outcome)).to.deep.equal(range(250).filter((id) => id !== '200'));
  });

  it('merges a duplicate that comes on top of a full set, and ends COMPLETE', async () => {
    const all = people(250);
    const { run } = setup(250, (call) => call.offset === 200 ? json({ total: 250, data: [...all.slice(200), all[3]] }) : null);
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(ids(outcome)).to.deep.equal(range(250));
    expect(outcome.result?.records.find((r) => r.hrisId === '4')?.issues).to.deep.equal([{ code: 'duplicate_merged', params: { hrisId: '4' } }]);
  });

  it('detects a vendor that ignores the offset (with a total)', async () => {
    const all = people(300);
    const { run } = setup(300, () => json({ total: 300, data: all.slice(0, 100) }));
    const outcome = await run();
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.reasons.map((r) => r.code)).to.deep.equal(['offset_loop', 'total_mismatch']);
    expect(ids(outcome)).to.deep.equal(range(100));
  });

  it('detects a vendor that ignores the offset (no total) and stops', async () => {
    const all = people(300);
    const { vendor, run } = setup(300, () => json({ data: all.slice(0, 100) }), { withTotal: false });
    const outcome = await run();
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.reasons).to.deep.equal([{ code: 'offset_loop', params: { resource: 'people', offset: 100, repeats: 0 } }]);
    // The pages requested ahead with page 100 repeat page 0 as well; nothing more is asked for once the loop is seen.
    expect(offsets(vendor.calls)).to.deep.equal([0, 100, 200, 300, 400]);
    expect([outcome.records, outcome.pages]).to.deep.equal([100, 1]);
  });

  it('caps the pages of a vendor that never ends', async () => {
    let n = 0;
    const { run } = setup(0, () => json({ data: people(2).map((p) => ({ ...p, id: ++n })) }), { withTotal: false, pageSize: 2 });
    const outcome = await run({ policy: { maxPages: 5 } });
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.reasons).to.deep.equal([{ code: 'page_limit_reached', params: { resource: 'people', pages: 5 } }]);
    expect(outcome.records).to.equal(10);
  });

  it('marks a total larger than what arrives as PARTIAL, never silent', async () => {
    const all = people(200);
    const { run } = setup(200, (call) => json({ total: 250, data: all.slice(call.offset, call.offset + 100) }));
    const outcome = await run();
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.reasons).to.deep.equal([{ code: 'total_mismatch', params: { resource: 'people', expected: 250, received: 200 } }]);
    expect(outcome.records).to.equal(200);
  });
});
