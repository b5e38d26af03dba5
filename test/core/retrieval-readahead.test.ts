import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ForwardRequest } from '../../src/core/proxy-client.js';
import { retrieve } from '../../src/core/retrieval.js';
import { fakeProvider, json, listResource, people, ScriptedVendor, VirtualClock, type Call, type Reply } from './retrieval-fakes.js';

const PEOPLE = '/people';

/** A scripted vendor whose answers take a different, seeded time each, so pages come back out of order. */
class JitteryVendor extends ScriptedVendor {
  constructor(data: Record<string, unknown[]>, private readonly delays: readonly number[], fault?: (call: Call) => Reply | null) {
    super(data, fault, false);
  }

  override async forward(id: string, request: ForwardRequest, options: { signal?: AbortSignal } = {}): Promise<Response> {
    const delay = this.delays[this.calls.length % this.delays.length] ?? 0;
    await new Promise((r) => setTimeout(r, delay));
    return super.forward(id, request, options);
  }
}

function run(vendor: ScriptedVendor, pageSize: number, policy: Record<string, number> = {}) {
  const provider = fakeProvider([listResource('people', PEOPLE, pageSize)]);
  return retrieve({ provider, connectionId: 'c1', client: vendor, clock: new VirtualClock(), random: () => 0.5, policy });
}

const hrisIds = (outcome: Awaited<ReturnType<typeof retrieve>>): string[] =>
  (outcome.result?.records ?? []).map((r) => r.hrisId).sort((a, b) => Number(a) - Number(b));
const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

describe('retrieve: reading ahead without a total', () => {
  it('keeps four pages in flight and takes them in offset order', async () => {
    const vendor = new JitteryVendor({ [PEOPLE]: people(950) }, [0, 9, 2, 6, 1]);
    const progress: number[] = [];
    const provider = fakeProvider([listResource('people', PEOPLE, 100)]);
    const outcome = await retrieve({ provider, connectionId: 'c1', client: vendor, clock: new VirtualClock(), random: () => 0.5, onProgress: (p) => progress.push(p.records) });
    expect(outcome.status).to.equal('COMPLETE');
    expect(hrisIds(outcome)).to.deep.equal(range(1, 950));
    expect(vendor.maxInFlight).to.equal(4);
    expect(progress).to.deep.equal([100, 200, 300, 400, 500, 600, 700, 800, 900, 950]);
    expect(outcome.pages).to.equal(10);
  });

  it('never loses or repeats a record, whatever order the pages come back in', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 0, max: 700 }),
      fc.integer({ min: 1, max: 120 }),
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 7 }),
      async (count, pageSize, delays) => {
        const vendor = new JitteryVendor({ [PEOPLE]: people(count) }, delays);
        const outcome = await run(vendor, pageSize);
        expect(outcome.status).to.equal('COMPLETE');
        expect(hrisIds(outcome)).to.deep.equal(range(1, count));
        expect(outcome.pages).to.equal(Math.floor(count / pageSize) + 1);
        expect(outcome.result?.records.every((r) => r.issues.length === 0)).to.equal(true);
      },
    ), { numRuns: 40, seed: 6 });
  });

  it('keeps the pages read correctly ahead of a failed one, and reports where it failed', async () => {
    const vendor = new JitteryVendor({ [PEOPLE]: people(950) }, [1], (call) => (call.offset === 300 ? new Response('bad', { status: 400 }) : null));
    const outcome = await run(vendor, 100);
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.reasons.map((r) => [r.code, r.params?.['offset']])).to.deep.equal([['page_failed', 300]]);
    expect(outcome.resources[0]?.failedAtOffset).to.equal(300);
    // Every page asked for except the failed one arrived whole; page 400 went out with 100–300, before the failure.
    const asked = vendor.calls.map((c) => c.offset).filter((o) => o !== 300).sort((a, b) => a - b);
    expect(asked.slice(0, 4)).to.deep.equal([0, 100, 200, 400]);
    expect(hrisIds(outcome)).to.deep.equal(asked.flatMap((o) => range(o + 1, Math.min(o + 100, 950))));
  });

  it('asks for no page past the page cap', async () => {
    let n = 0;
    const vendor = new ScriptedVendor({}, () => json({ data: people(2).map((p) => ({ ...p, id: ++n })) }), false);
    const outcome = await run(vendor, 2, { maxPages: 5 });
    expect(outcome.reasons).to.deep.equal([{ code: 'page_limit_reached', params: { resource: 'people', pages: 5 } }]);
    expect(vendor.calls.map((c) => c.offset)).to.deep.equal([0, 2, 4, 6, 8]);
    expect(outcome.records).to.equal(10);
  });

  it('stops asking once the run is aborted, and fails', async () => {
    const controller = new AbortController();
    const vendor = new ScriptedVendor({ [PEOPLE]: people(5000) }, (call) => {
      if (call.offset === 300) controller.abort(new DOMException('stop', 'AbortError'));
      return null;
    }, false);
    const provider = fakeProvider([listResource('people', PEOPLE, 100)]);
    const outcome = await retrieve({ provider, connectionId: 'c1', client: vendor, clock: new VirtualClock(), random: () => 0.5, signal: controller.signal });
    expect(outcome.status).to.equal('FAILED');
    expect(outcome.reasons.map((r) => r.code)).to.deep.equal(['aborted']);
    expect(vendor.calls.map((c) => c.offset)).to.deep.equal([0, 100, 200, 300, 400]);
  });
});
