import { expect } from '@open-wc/testing';
import { backoffDelay, isTransientStatus, parseRetryAfter, RetryBudget } from '../../src/core/retry.js';
import { rateWindows, RequestPacer, Semaphore } from '../../src/core/rate-limit.js';
import { VirtualClock } from './retrieval-fakes.js';

const NOW = Date.UTC(2026, 9, 21, 7, 28, 0);

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('2', NOW)).to.equal(2000);
    expect(parseRetryAfter(' 120 ', NOW)).to.equal(120_000);
    expect(parseRetryAfter('0', NOW)).to.equal(0);
  });

  it('reads an HTTP-date in the future as the time left', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', NOW)).to.equal(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 08:28:00 GMT', NOW)).to.equal(3_600_000);
  });

  it('reads an HTTP-date in the past as "now"', () => {
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:00:00 GMT', NOW)).to.equal(0);
  });

  it('gives null for absent or unparsable values, so backoff applies', () => {
    expect(parseRetryAfter(null, NOW)).to.equal(null);
    expect(parseRetryAfter('', NOW)).to.equal(null);
    expect(parseRetryAfter('abc', NOW)).to.equal(null);
    expect(parseRetryAfter('-5', NOW)).to.equal(null);
    expect(parseRetryAfter('Someday 2026', NOW)).to.equal(null);
  });
});

describe('retry classification and backoff', () => {
  it('retries only timeouts, throttling and server errors', () => {
    expect([400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504].filter(isTransientStatus)).to.deep.equal([408, 429, 500, 502, 503, 504]);
  });

  it('doubles the step with each attempt, jitters the upper half, and caps it', () => {
    const policy = { baseDelayMs: 500, maxDelayMs: 4000 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 0))).to.deep.equal([250, 500, 1000, 2000, 2000]);
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, policy, () => 1))).to.deep.equal([500, 1000, 2000, 4000, 4000]);
    expect(backoffDelay(2, policy, () => 0.5)).to.equal(750);
  });

  it('stops spending once the run budget of retries or waiting is used up', () => {
    const budget = new RetryBudget({ budgetMs: 1000, maxRetries: 3 });
    expect([budget.spend(400), budget.spend(400), budget.spend(400)]).to.deep.equal([true, true, false]);
    expect([budget.retries, budget.waitedMs]).to.deep.equal([2, 800]);
    expect([budget.spend(200), budget.spend(0)]).to.deep.equal([true, false]);
  });
});

describe('RequestPacer', () => {
  /** Start times (relative) of `n` requests taken at once. */
  async function starts(pacer: RequestPacer, clock: VirtualClock, n: number): Promise<number[]> {
    const start = clock.now();
    const out: number[] = [];
    await Promise.all(Array.from({ length: n }, async () => { await pacer.take(); out.push(clock.now() - start); }));
    return out.sort((a, b) => a - b);
  }

  it('reads documented limits as sliding windows', () => {
    expect(rateWindows({ ratePerMinute: 300, burstPerSecond: 15 })).to.deep.equal([{ max: 300, ms: 60_000 }, { max: 15, ms: 1000 }]);
    expect(rateWindows({ ratePerMinute: 50 })).to.deep.equal([{ max: 50, ms: 60_000 }]);
    expect(rateWindows({})).to.deep.equal([]);
  });

  it('uses the burst the vendor allows at once, then waits for the window (plus 5 ms)', async () => {
    const clock = new VirtualClock();
    const pacer = new RequestPacer({ windows: rateWindows({ ratePerMinute: 300, burstPerSecond: 3 }), clock });
    // 3 per second: the 4th waits until the 1st leaves the window, 1000 ms + 5 ms later.
    expect(await starts(pacer, clock, 7)).to.deep.equal([0, 0, 0, 1005, 1005, 1005, 2010]);
  });

  it('keeps every window at once', async () => {
    const clock = new VirtualClock();
    const pacer = new RequestPacer({ windows: [{ max: 4, ms: 60_000 }, { max: 2, ms: 1000 }], clock });
    expect(await starts(pacer, clock, 5)).to.deep.equal([0, 0, 1005, 1005, 60_005]);
  });

  it('pauses everyone until Retry-After on a 429 and halves the pace', async () => {
    const clock = new VirtualClock();
    const pacer = new RequestPacer({ windows: [{ max: 1, ms: 1000 }], clock });
    await pacer.take();
    pacer.throttled(clock.now() + 5000);
    expect(pacer.slowdown).to.equal(2);
    expect(await starts(pacer, clock, 2)).to.deep.equal([5000, 7005]);
  });

  it('recovers the pace by halves, one per shortest window without another 429, and doubles it again on one', async () => {
    const clock = new VirtualClock();
    const pacer = new RequestPacer({ windows: [{ max: 15, ms: 1000 }, { max: 300, ms: 60_000 }], clock });
    pacer.throttled(clock.now() + 2000);
    const seen: number[] = [pacer.slowdown];
    for (let i = 0; i < 7; i += 1) {
      await clock.sleep(1000);
      seen.push(pacer.slowdown);
    }
    // The pause ends at 2 s; from there every second halves what is left of the slowdown, and it ends under 1.05.
    expect(seen).to.deep.equal([2, 2, 2, 1.5, 1.25, 1.125, 1.0625, 1]);
    pacer.throttled(clock.now());
    expect(pacer.slowdown).to.equal(2);
    await clock.sleep(1000);
    pacer.throttled(clock.now());
    expect(pacer.slowdown).to.equal(3);
  });

  it('accounts a request at the time its answer arrived, the latest the vendor can have counted it', async () => {
    const clock = new VirtualClock();
    const pacer = new RequestPacer({ windows: [{ max: 1, ms: 1000 }], clock });
    const answered = await pacer.take();
    await clock.sleep(300);
    answered();
    // Counted from 300 ms, not from the start at 0: the next one may start at 300 + 1005.
    expect(await starts(pacer, clock, 1)).to.deep.equal([1005]);
  });

  it('without limits, only a pause holds requests back', async () => {
    const clock = new VirtualClock();
    const pacer = new RequestPacer({ windows: [], clock });
    expect(await starts(pacer, clock, 3)).to.deep.equal([0, 0, 0]);
    pacer.throttled(clock.now() + 2000);
    expect(pacer.slowdown).to.equal(1);
    expect(await starts(pacer, clock, 1)).to.deep.equal([2000]);
  });

  it('rejects a waiting take when the signal aborts', async () => {
    const clock = new VirtualClock();
    const pacer = new RequestPacer({ windows: [{ max: 1, ms: 60_000 }], clock });
    await pacer.take();
    const controller = new AbortController();
    controller.abort(new DOMException('stop', 'AbortError'));
    let error: unknown = null;
    await pacer.take(controller.signal).catch((e: unknown) => { error = e; });
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

describe('Semaphore', () => {
  it('never runs more tasks at once than its limit', async () => {
    const pool = new Semaphore(3);
    let active = 0;
    let peak = 0;
    const done = await Promise.all(Array.from({ length: 10 }, (_, i) => pool.run(async () => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 2));
      active -= 1;
      return i;
    })));
    expect(peak).to.equal(3);
    expect(done).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
