/**
 * A token bucket shared by the requests of one retrieval, set from the
 * vendor's documented requests per minute. Tokens are reserved in call order
 * (the balance may go negative), so concurrent callers are spaced evenly
 * instead of waking together and racing. A 429 pauses the bucket until the
 * vendor's `Retry-After` and halves the rate for the rest of the run.
 */
import type { Clock } from './retry.js';

export interface TokenBucketOptions {
  /** Requests per minute; `Infinity` (or absent) for no limit, in which case only pauses apply. */
  readonly ratePerMinute?: number;
  /** Requests that may start at once from a full bucket. */
  readonly burst: number;
  readonly clock: Clock;
}

export class TokenBucket {
  private ratePerMs: number;
  private readonly minRatePerMs: number;
  private tokens: number;
  private lastRefill: number;
  private pausedUntil = 0;
  private readonly burst: number;
  private readonly clock: Clock;

  constructor(options: TokenBucketOptions) {
    const perMinute = options.ratePerMinute ?? Infinity;
    this.ratePerMs = perMinute > 0 ? perMinute / 60_000 : Infinity;
    this.minRatePerMs = this.ratePerMs / 8;
    this.burst = Math.max(1, options.burst);
    this.tokens = this.burst;
    this.clock = options.clock;
    this.lastRefill = options.clock.now();
  }

  /** Current requests per minute (lowered by `throttled`). */
  get ratePerMinute(): number {
    return this.ratePerMs * 60_000;
  }

  private refill(now: number): void {
    if (now <= this.lastRefill) return;
    this.tokens = Math.min(this.burst, this.tokens + (now - this.lastRefill) * this.ratePerMs);
    this.lastRefill = now;
  }

  /** Waits for a token; rejects only when `signal` aborts. */
  async take(signal?: AbortSignal): Promise<void> {
    if (Number.isFinite(this.ratePerMs)) {
      const now = this.clock.now();
      this.refill(now);
      this.tokens -= 1;
      if (this.tokens < 0) await this.clock.sleep(Math.ceil(-this.tokens / this.ratePerMs), signal);
    }
    for (let now = this.clock.now(); now < this.pausedUntil; now = this.clock.now()) {
      await this.clock.sleep(this.pausedUntil - now, signal);
    }
  }

  /** The vendor said "too many requests": nobody starts before `untilMs`, and the pace slows. */
  throttled(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
    if (!Number.isFinite(this.ratePerMs)) return;
    this.refill(this.clock.now());
    this.ratePerMs = Math.max(this.minRatePerMs, this.ratePerMs / 2);
    this.tokens = Math.min(this.tokens, 0);
    this.lastRefill = Math.max(this.lastRefill, untilMs);
  }
}

/** Bounds the requests in flight across every resource of one run. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= Math.max(1, this.limit)) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
