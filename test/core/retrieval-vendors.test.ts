/**
 * Every fault of issue 3, against every vendor where it applies, through the
 * real chain (mock vendors → proxy → proxy client → retrieve): where a retry
 * can save the run it ends COMPLETE with exactly the records of a clean run;
 * where it cannot, it ends PARTIAL or FAILED with the reason named.
 */
import { expect } from '@open-wc/testing';
import { PROVIDER_IDS, type ProviderId } from '../../src/core/model.js';
import type { Fault } from '../../src/testing/index.js';
import type { RetrievalOutcome } from '../../src/core/retrieval.js';
import { harness, PAGED, PEOPLE_PATH, sortedIds, WITH_TOTAL } from './retrieval-harness.js';

const SIZE = 1200;
const codes = (o: RetrievalOutcome): string[] => o.reasons.map((r) => r.code);

for (const vendor of PROVIDER_IDS) {
  const paged = PAGED.includes(vendor);
  const path = PEOPLE_PATH[vendor];
  /** The page faults aim at: the second page where there is one. */
  const page = paged ? 1 : 0;
  const at = (fault: Fault): Fault => ({ path, page, ...fault });

  describe(`retrieve through the proxy: ${vendor}`, function () {
    this.timeout(60_000);
    let baseline: string[] = [];

    before(async () => {
      const clean = await (await harness(vendor, [], { size: SIZE })).run();
      expect(clean.status).to.equal('COMPLETE');
      baseline = sortedIds(clean);
      expect(baseline.length).to.equal(SIZE);
    });

    /** Runs with `faults` and expects a COMPLETE run with exactly the clean run's records. */
    const saved = async (faults: Fault[], check?: (o: RetrievalOutcome, sleeps: readonly number[]) => void, options = {}) => {
      const h = await harness(vendor, faults, { size: SIZE, ...options });
      const outcome = await h.run();
      expect(outcome.status, JSON.stringify(outcome.reasons)).to.equal('COMPLETE');
      expect(outcome.reasons).to.deep.equal([]);
      expect(sortedIds(outcome)).to.deep.equal(baseline);
      check?.(outcome, h.clock.sleeps);
      return h;
    };

    /** Runs with `faults` and expects the run to stop short with `reason`: PARTIAL if a page was read, FAILED if none was. */
    const lost = async (faults: Fault[], reason: string, status: 'PARTIAL' | 'FAILED' = paged ? 'PARTIAL' : 'FAILED') => {
      const h = await harness(vendor, faults, { size: SIZE });
      const outcome = await h.run({ policy: { maxAttempts: 3 } });
      expect(outcome.status).to.equal(status);
      expect(codes(outcome)).to.include(reason);
      if (status === 'FAILED') expect(outcome.result).to.equal(null);
      else if (reason !== 'total_mismatch') expect(outcome.records).to.be.below(SIZE);
      return outcome;
    };

    it('429 with Retry-After in seconds', () => saved([at({ kind: 'too-many-requests', retryAfterSeconds: 2, times: 1 })], (o, sleeps) => {
      expect(o.retries).to.equal(1);
      expect(sleeps).to.include(2000);
    }));

    it('429 with Retry-After as an HTTP date', () => saved([at({ kind: 'too-many-requests', retryAfterSeconds: 30, retryAfterFormat: 'http-date', times: 1 })], (o, sleeps) => {
      expect(o.retries).to.equal(1);
      // The date has whole seconds: the wait is what is left of those 30 s on the clock.
      expect(Math.max(...sleeps)).to.be.within(29_001, 30_000);
      expect(o.durationMs).to.be.at.least(29_001);
    }));

    it('503 with Retry-After', () => saved([at({ kind: 'unavailable', retryAfterSeconds: 5, times: 1 })], (_o, sleeps) => expect(sleeps).to.include(5000)));

    it('503 without Retry-After, twice: backoff', () => saved([at({ kind: 'unavailable', times: 2 })], (o, sleeps) => {
      expect(o.retries).to.equal(2);
      expect(sleeps).to.include.members([375, 750]);
    }));

    it('500 on the page once', () => saved([at({ kind: 'server-error', times: 1 })], (o) => expect(o.retries).to.equal(1)));

    it('a hanging request', () => saved([at({ kind: 'hang', times: 1 })], (o) => expect(o.retries).to.equal(1)));

    it('truncated JSON once', () => saved([at({ kind: 'truncated-json', times: 1 })]));

    it('a 200 HTML login page once', () => saved([at({ kind: 'html-login', times: 1 })]));

    it('latency on every request', () => saved([{ kind: 'latency', ms: 40 }]));

    it('rate limits switched on: no request is refused', async () => {
      const h = await saved([], undefined, { rateLimits: true });
      expect(h.mocks.requestLog.filter((e) => e.fault === 'rate-limit').length).to.equal(0);
    });

    it('500 on the page every time', () => lost([at({ kind: 'server-error' })], 'page_failed'));

    it('truncated JSON every time', () => lost([at({ kind: 'truncated-json' })], 'truncated_json'));

    it('a 200 HTML login page every time', () => lost([at({ kind: 'html-login' })], 'html_instead_of_json'));

    if (paged) {
      it('duplicate ids across pages are merged, none missing', () => saved([{ kind: 'duplicate-ids', path, count: 3 }]));

      it('an offset that loops is detected', () => lost([{ kind: 'looping-offset', path, fromPage: 1 }], 'offset_loop'));
    }

    if (WITH_TOTAL.includes(vendor)) {
      it('a total larger than what arrives', async () => {
        const outcome = await lost([{ kind: 'inflated-total', path, extra: 7 }], 'total_mismatch');
        expect(outcome.reasons.find((r) => r.code === 'total_mismatch')?.params).to.deep.equal({ resource: outcome.resources.find((r) => !r.optional)!.name, expected: SIZE + 7, received: SIZE });
      });
    }
  });
}

describe('retrieve through the proxy: rate limit and 429 together', () => {
  it('Personio: a 429 storm on every page slows the bucket and still completes', async () => {
    const vendor: ProviderId = 'personio';
    const faults: Fault[] = [1, 2, 3, 4, 5].map((p) => ({ kind: 'too-many-requests', path: PEOPLE_PATH[vendor], page: p, retryAfterSeconds: 1, times: 1 }));
    const h = await harness(vendor, faults, { size: SIZE, rateLimits: true });
    const outcome = await h.run();
    expect(outcome.status).to.equal('COMPLETE');
    expect(outcome.records).to.equal(SIZE);
    expect(outcome.retries).to.equal(5);
  });
});
