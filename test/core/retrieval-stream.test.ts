/**
 * Normalizing while reading: a provider with a `stream` gets its people's
 * pages pushed as they come, in the order of the final list, and the run's
 * result is exactly what `normalize` gives on the raw items afterwards,
 * whatever order the pages arrive in and whatever failed.
 */
import { expect } from '@open-wc/testing';
import type { ForwardRequest, ProxyClient } from '../../src/core/proxy-client.js';
import { getProvider } from '../../src/core/providers/index.js';
import { openPipeline } from '../../src/core/providers/shared.js';
import type { NormalizeContext, ProviderDefinition, ResourceSpec } from '../../src/core/providers/types.js';
import { retrieve, type RetrievalOutcome } from '../../src/core/retrieval.js';
import { fakePipelineSetup, fakeProvider, json, listResource, people, ScriptedVendor, VirtualClock, type Call, type Reply } from './retrieval-fakes.js';
import { harness } from './retrieval-harness.js';

const PEOPLE = '/people';

interface Push { readonly ids: string[]; readonly callsSoFar: number }

/** `fakeProvider` with a stream that records each push (its people's ids and how many requests had gone out). */
function streamingProvider(resources: ResourceSpec[], vendor: ScriptedVendor, pushes: Push[]): ProviderDefinition {
  const base = fakeProvider(resources);
  return {
    ...base,
    stream: {
      resource: resources[0]!.name,
      open(_earlier, context) {
        const pipeline = openPipeline(fakePipelineSetup(context));
        return {
          push(resource, items) {
            pushes.push({ ids: items.map((i) => String((i as { id?: unknown }).id)), callsSoFar: vendor.calls.length });
            pipeline.push(resource, items);
          },
          finish: () => pipeline.finish(),
        };
      },
    },
  };
}

/** A client in front of `vendor` that answers the pages at some offsets late, and may send fewer items than asked. */
function reordering(vendor: ScriptedVendor, slowOffsets: readonly number[], capLimit?: number): ProxyClient {
  return {
    connect: () => vendor.connect(),
    status: () => vendor.status(),
    disconnect: () => vendor.disconnect(),
    async forward(id: string, request: ForwardRequest, options?: { signal?: AbortSignal }) {
      const offset = Number(request.query?.['$skip'] ?? 0);
      const query = capLimit === undefined ? request.query : { ...request.query, $limit: String(Math.min(capLimit, Number(request.query?.['$limit'] ?? capLimit))) };
      if (slowOffsets.includes(offset)) await new Promise((r) => setTimeout(r, 25));
      return vendor.forward(id, { ...request, ...(query ? { query } : {}) }, options);
    },
  };
}

async function streamed(count: number, options: { fault?: (call: Call) => Reply | null; slow?: number[]; cap?: number; withTotal?: boolean } = {}) {
  const vendor = new ScriptedVendor({ [PEOPLE]: people(count) }, options.fault, options.withTotal ?? true);
  const pushes: Push[] = [];
  const provider = streamingProvider([listResource('people', PEOPLE, 100)], vendor, pushes);
  const outcome = await retrieve({
    provider, connectionId: 'c1', client: reordering(vendor, options.slow ?? [], options.cap), clock: new VirtualClock(), random: () => 0.5,
  });
  return { outcome, pushes, provider, vendor };
}

const context = (outcome: RetrievalOutcome): NormalizeContext => ({ allowSensitive: new Set(), now: new Date(outcome.startedAt) });
const pushedIds = (pushes: readonly Push[]): string[] => pushes.flatMap((p) => p.ids);
const rawIds = (outcome: RetrievalOutcome): string[] => (outcome.raw['people'] ?? []).map((i) => String((i as { id: unknown }).id));

describe('retrieve: normalizing while reading', () => {
  it('pushes the first pages before the last one is asked for, and the result is normalize\'s on the raw items', async () => {
    const { outcome, pushes, provider, vendor } = await streamed(550, { withTotal: false });
    expect(outcome.status).to.equal('COMPLETE');
    expect(pushes.length).to.be.greaterThan(1);
    expect(pushes[0]!.callsSoFar).to.be.lessThan(vendor.calls.length);
    expect(pushedIds(pushes)).to.deep.equal(rawIds(outcome));
    expect(outcome.result).to.deep.equal(provider.normalize(outcome.raw, context(outcome)));
  });

  it('pages answered out of order are pushed in list order', async () => {
    const { outcome, pushes, provider } = await streamed(650, { slow: [100, 300] });
    expect(outcome.status).to.equal('COMPLETE');
    expect(pushedIds(pushes)).to.deep.equal(people(650).map((p) => String(p.id)));
    // Page 1 came late, so pages 2 and beyond waited for it: no push ever skipped ahead.
    expect(pushes.length).to.be.greaterThan(1);
    expect(outcome.result).to.deep.equal(provider.normalize(outcome.raw, context(outcome)));
  });

  it('a page that fails for good leaves a gap: the pages after it come at the end, in order, and the PARTIAL result is normalize\'s', async () => {
    const { outcome, pushes, provider } = await streamed(650, { fault: (call) => (call.offset === 200 ? new Response('', { status: 500 }) : null) });
    expect(outcome.status).to.equal('PARTIAL');
    expect(pushedIds(pushes)).to.deep.equal(rawIds(outcome));
    expect(rawIds(outcome)).to.not.include('201');
    expect(outcome.result).to.deep.equal(provider.normalize(outcome.raw, context(outcome)));
  });

  it('a vendor that sends fewer items a page than asked: pages pushed in list order, nobody skipped', async () => {
    const { outcome, pushes, provider } = await streamed(420, { cap: 50, slow: [50] });
    expect(outcome.status).to.equal('COMPLETE');
    expect(pushedIds(pushes)).to.deep.equal(people(420).map((p) => String(p.id)));
    expect(outcome.result).to.deep.equal(provider.normalize(outcome.raw, context(outcome)));
  });

  it('a repeated page (the vendor ignores the offset) is never pushed twice', async () => {
    const { outcome, pushes } = await streamed(350, { fault: (call) => (call.offset === 200 ? json({ total: 350, data: people(100) }) : null) });
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.reasons.map((r) => r.code)).to.include('offset_loop');
    expect(pushedIds(pushes)).to.deep.equal(rawIds(outcome));
    expect(new Set(pushedIds(pushes)).size).to.equal(pushedIds(pushes).length);
  });

  it('an aborted run gives no result, whatever was pushed', async () => {
    const controller = new AbortController();
    const vendor = new ScriptedVendor({ [PEOPLE]: people(800) }, (call) => {
      if (call.offset === 300) controller.abort();
      return null;
    });
    const pushes: Push[] = [];
    const outcome = await retrieve({ provider: streamingProvider([listResource('people', PEOPLE, 100)], vendor, pushes), connectionId: 'c1', client: vendor, clock: new VirtualClock(), signal: controller.signal });
    expect(outcome.status).to.equal('FAILED');
    expect(outcome.result).to.equal(null);
  });
});

describe('retrieve through the proxy: the vendors that stream', function () {
  this.timeout(60_000);

  it('Personio with a page failing once and latency: the streamed result is normalize\'s on the raw items', async () => {
    const h = await harness('personio', [{ kind: 'server-error', page: 3, times: 1 }], { size: 750, latencyMs: 20 });
    const outcome = await h.run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(outcome.records).to.equal(750);
    expect(outcome.result).to.deep.equal(getProvider('personio').normalize(outcome.raw, context(outcome)));
  });

  it('HiBob in three batches, one retried after a 429: the streamed result is normalize\'s on the raw items', async () => {
    const h = await harness('hibob', [], { size: 2300, latencyMs: 20 });
    h.mocks.setFaults([{ kind: 'too-many-requests', retryAfterSeconds: 2, times: 1, body: h.mocks.idOf('hibob', 1500) }]);
    const outcome = await h.run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(outcome.records).to.equal(2300);
    expect(outcome.result).to.deep.equal(getProvider('hibob').normalize(outcome.raw, context(outcome)));
  });
});
