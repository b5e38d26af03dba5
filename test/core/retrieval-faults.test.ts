import { expect } from '@open-wc/testing';
import { retrieve, type RetrieveOptions } from '../../src/core/retrieval.js';
import { fakeProvider, json, listResource, people, ScriptedVendor, VirtualClock, type Call, type Reply } from './retrieval-fakes.js';

const PEOPLE = '/people';

function setup(count: number, fault: (call: Call) => Reply | null, ratePerMinute?: number) {
  const vendor = new ScriptedVendor({ [PEOPLE]: people(count), '/extra': people(3) }, fault);
  const clock = new VirtualClock();
  const provider = fakeProvider([listResource('people', PEOPLE, 100)], ratePerMinute);
  const run = (extra: Partial<RetrieveOptions> = {}) =>
    retrieve({ provider, connectionId: 'c1', client: vendor, clock, random: () => 0.5, ...extra });
  return { vendor, clock, run, provider };
}

const ids = (outcome: Awaited<ReturnType<typeof retrieve>>): string[] => (outcome.result?.records ?? []).map((r) => r.hrisId).sort((a, b) => Number(a) - Number(b));
const range = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i + 1));
/** Fails the first `times` calls at `offset` with `reply`. */
const onceAt = (offset: number, reply: () => Reply, times = 1) => {
  let left = times;
  return (call: Call): Reply | null => (call.offset === offset && left-- > 0 ? reply() : null);
};

describe('retrieve: transient faults a retry can save', () => {
  it('429 with Retry-After in seconds: waits that long, re-reads the page, nothing missing or doubled', async () => {
    const { vendor, clock, run } = setup(350, onceAt(200, () => new Response('{}', { status: 429, headers: { 'retry-after': '7' } })));
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(ids(outcome)).to.deep.equal(range(350));
    expect(outcome.retries).to.equal(1);
    expect(clock.sleeps).to.include(7000);
    expect(vendor.calls.filter((c) => c.offset === 200).length).to.equal(2);
  });

  it('429 with Retry-After as an HTTP date: waits until that date', async () => {
    const { clock, run } = setup(250, onceAt(100, () => new Response('', { status: 429, headers: { 'retry-after': new Date(Date.UTC(2026, 0, 15, 9, 0, 42)).toUTCString() } })));
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(ids(outcome)).to.deep.equal(range(250));
    expect(clock.sleeps).to.include(42_000);
  });

  it('503 with Retry-After is throttling and waits as told', async () => {
    const { clock, run } = setup(250, onceAt(100, () => new Response('busy', { status: 503, headers: { 'retry-after': '3' } })));
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(clock.sleeps).to.include(3000);
  });

  it('503 without Retry-After is an outage: exponential backoff with jitter, then success', async () => {
    const { clock, run } = setup(250, onceAt(100, () => new Response('down', { status: 503 }), 3));
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(ids(outcome)).to.deep.equal(range(250));
    // base 500 ms, doubling, half fixed + half jitter at 0.5
    expect(clock.sleeps).to.deep.equal([375, 750, 1500]);
    expect(outcome.retries).to.equal(3);
  });

  it('500 on page k once, a network error, truncated JSON, an HTML page once: all retried to COMPLETE', async () => {
    const faults = [
      onceAt(100, () => new Response('oops', { status: 500 })),
      onceAt(200, () => 'network-error'),
      onceAt(300, () => new Response('{"total":500,"data":[{"id":3', { status: 200, headers: { 'content-type': 'application/json' } })),
      onceAt(400, () => new Response('<!doctype html><title>Sign in</title>', { status: 200, headers: { 'content-type': 'text/html' } })),
    ];
    const { run } = setup(500, (call) => faults.map((f) => f(call)).find((r) => r !== null) ?? null);
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(ids(outcome)).to.deep.equal(range(500));
    expect(outcome.retries).to.equal(4);
  });

  it('a hanging request times out and is retried', async () => {
    const { run } = setup(250, onceAt(100, () => 'hang'));
    const outcome = await run({ policy: { requestTimeoutMs: 300 } });
    expect(outcome.status).to.equal('COMPLETE');
    expect(ids(outcome)).to.deep.equal(range(250));
    expect(outcome.retries).to.equal(1);
  });

  it('a body that stalls after the headers times out too', async () => {
    const stalled = () => new Response(new ReadableStream({ start() { /* never enqueues */ } }), { status: 200 });
    const { run } = setup(250, onceAt(200, stalled));
    const outcome = await run({ policy: { requestTimeoutMs: 300 } });
    expect(outcome.status).to.equal('COMPLETE');
    expect(outcome.records).to.equal(250);
  });

  it('rate limit on: requests are paced to the vendor window and no 429 is needed', async () => {
    const { vendor, clock, run } = setup(1000, () => null, 120);
    const start = clock.now();
    const outcome = await run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(vendor.calls.length).to.equal(10);
    // 120 per minute: 10 requests fit in one window, so nothing waits.
    expect(clock.now() - start).to.equal(0);
  });

  it('a burst limit spaces the pages that exceed it', async () => {
    const vendor = new ScriptedVendor({ [PEOPLE]: people(1000) });
    const clock = new VirtualClock();
    const provider = fakeProvider([listResource('people', PEOPLE, 100, { ratePerMinute: 300, burstPerSecond: 4 })]);
    const start = clock.now();
    const outcome = await retrieve({ provider, connectionId: 'c1', client: vendor, clock, random: () => 0.5 });
    expect(outcome.status).to.equal('COMPLETE');
    // 10 requests at 4 per second: pages 0–3 start at once, page 4 at 1005 ms. Pages 1–3 answer after the virtual
    // clock moved to 1005 ms (this vendor takes real time, not virtual), so the pacer counts them from there, the
    // latest the vendor can have counted them: pages 5–8 start at 2010 ms and page 9 at 3015 ms.
    expect(clock.now() - start).to.equal(3015);
  });
});

describe('retrieve: faults a retry cannot save', () => {
  it('500 on page k every time: PARTIAL, the pages read are kept, the failed offset is named', async () => {
    const { run } = setup(700, (call) => (call.offset === 300 ? new Response('oops', { status: 500 }) : null));
    const outcome = await run({ policy: { maxAttempts: 3 } });
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.reasons.map((r) => r.code)).to.deep.equal(['page_failed', 'total_mismatch']);
    expect(outcome.reasons[0]).to.deep.equal({ code: 'page_failed', params: { resource: 'people', page: 3, offset: 300, status: 500 } });
    expect(outcome.resources[0]!.failedAtOffset).to.equal(300);
    expect(outcome.records).to.equal(600);
  });

  it('429 without Retry-After every time: backs off, then stops without a tight loop', async () => {
    const { vendor, clock, run } = setup(50, () => new Response('', { status: 429 }));
    const outcome = await run();
    expect(outcome.status).to.equal('FAILED');
    expect(outcome.reasons).to.deep.equal([{ code: 'rate_limited', params: { resource: 'people', page: 0, offset: 0, status: 429 } }]);
    expect(outcome.result).to.equal(null);
    expect(vendor.calls.length).to.equal(6);
    expect(clock.sleeps.slice(0, 5)).to.deep.equal([375, 750, 1500, 3000, 6000]);
  });

  it('a Retry-After beyond the cap stops the run with "resume at"', async () => {
    const { vendor, run } = setup(250, onceAt(100, () => new Response('', { status: 429, headers: { 'retry-after': '3600' } })));
    const outcome = await run();
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.reasons[0]).to.deep.equal({
      code: 'retry_budget_exhausted',
      params: { resource: 'people', page: 1, offset: 100, resumeAt: '2026-01-15T10:00:00.000Z', cause: 'rate_limited' },
    });
    expect(vendor.calls.filter((c) => c.offset === 100).length).to.equal(1);
  });

  it('an HTML login page every time: FAILED with html_instead_of_json', async () => {
    const { run } = setup(50, () => new Response('<html><body>Login</body></html>', { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const outcome = await run({ policy: { maxAttempts: 2 } });
    expect(outcome.status).to.equal('FAILED');
    expect(outcome.reasons.map((r) => r.code)).to.deep.equal(['html_instead_of_json']);
  });

  it('truncated JSON every time: FAILED with truncated_json', async () => {
    const { run } = setup(50, () => new Response('{"data":[', { status: 200 }));
    const outcome = await run({ policy: { maxAttempts: 2 } });
    expect(outcome.status).to.equal('FAILED');
    expect(outcome.reasons.map((r) => r.code)).to.deep.equal(['truncated_json']);
  });

  it('an unexpected envelope: FAILED with invalid_envelope', async () => {
    const { run } = setup(50, () => json({ items: [] }));
    const outcome = await run({ policy: { maxAttempts: 1 } });
    expect(outcome.reasons).to.deep.equal([{ code: 'invalid_envelope', params: { resource: 'people', page: 0, offset: 0, cause: 'unexpected_envelope' } }]);
  });

  it('401: wrong credentials, one request, no retry storm', async () => {
    const { vendor, run } = setup(500, () => new Response('{"message":"Unauthorized"}', { status: 401 }));
    const outcome = await run();
    expect(outcome.status).to.equal('FAILED');
    expect(outcome.reasons.map((r) => r.code)).to.deep.equal(['wrong_credentials']);
    expect(vendor.calls.length).to.equal(1);
  });

  it('a 404 from the proxy is not retried', async () => {
    const { vendor, run } = setup(50, () => json({ error: { code: 'endpoint_not_allowed' } }, { status: 403 }));
    const outcome = await run();
    expect(outcome.reasons.map((r) => r.code)).to.deep.equal(['endpoint_not_allowed']);
    expect(vendor.calls.length).to.equal(1);
  });

  it('a failed optional resource makes the run PARTIAL with the records kept', async () => {
    const vendor = new ScriptedVendor({ [PEOPLE]: people(30), '/extra': [] }, (call) => (call.path === '/extra' ? new Response('', { status: 400 }) : null));
    const provider = fakeProvider([listResource('people', PEOPLE, 100), listResource('extra', '/extra', 100, { optional: true })]);
    const outcome = await retrieve({ provider, connectionId: 'c1', client: vendor, clock: new VirtualClock() });
    expect(outcome.status).to.equal('PARTIAL');
    expect(outcome.reasons).to.deep.equal([{ code: 'page_failed', params: { resource: 'extra', page: 0, offset: 0, status: 400 } }]);
    expect(outcome.records).to.equal(30);
  });

  it('aborting mid-run cancels cleanly: FAILED with aborted, no records, nothing after', async () => {
    const controller = new AbortController();
    const { vendor, run } = setup(2000, (call) => {
      if (call.offset === 300) controller.abort();
      return null;
    });
    const outcome = await run({ signal: controller.signal, policy: { concurrency: 1 } });
    expect(outcome.status).to.equal('FAILED');
    expect(outcome.reasons).to.deep.equal([{ code: 'aborted' }]);
    expect(outcome.result).to.equal(null);
    expect(vendor.calls.length).to.equal(4);
  });

  it('aborting during a Retry-After wait ends the wait at once', async () => {
    const controller = new AbortController();
    const { run } = setup(250, onceAt(100, () => { setTimeout(() => controller.abort(), 5); return new Response('', { status: 429, headers: { 'retry-after': '60' } }); }));
    const outcome = await run({ signal: controller.signal, clock: { now: () => Date.now(), sleep: (ms, signal) => new Promise((resolve, reject) => { const t = setTimeout(resolve, ms); signal?.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); }); }) } });
    expect(outcome.status).to.equal('FAILED');
    expect(outcome.reasons).to.deep.equal([{ code: 'aborted' }]);
  });
});
