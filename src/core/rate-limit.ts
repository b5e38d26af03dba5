/**
 * Paces the requests of one retrieval to the vendor's documented limits,
 * expressed as sliding windows ("300 per minute", "15 per second"; all must
 * hold), the way vendors count them. Start times are reserved in call order,
 * so concurrent callers are spaced exactly instead of waking together and
 * racing, and a burst the vendor allows is used at once. A small margin per
 * window absorbs the jitter between sending a request and the vendor
 * counting it. A 429 pauses every request until the vendor's `Retry-After`
 * and halves the pace for the rest of the run.
 */
import type { Clock } from './retry.js';

export interface RateWindow {
  /** Requests allowed in any window of `ms`. */
  readonly max: number;
  readonly ms: number;
}

export interface RequestPacerOptions {
  /** The vendor's limits; none means no limit (only a 429 pause holds requests back). */
  readonly windows: readonly RateWindow[];
  readonly clock: Clock;
}

/** The windows a documented "N per minute" and "M per second burst" stand for. */
export function rateWindows(limits: { readonly ratePerMinute?: number | undefined; readonly burstPerSecond?: number | undefined }): RateWindow[] {
  const out: RateWindow[] = [];
  if (limits.ratePerMinute !== undefined && limits.ratePerMinute > 0) out.push({ max: Math.floor(limits.ratePerMinute), ms: 60_000 });
  if (limits.burstPerSecond !== undefined && limits.burstPerSecond > 0) out.push({ max: Math.floor(limits.burstPerSecond), ms: 1000 });
  return out.filter((w) => w.max >= 1);
}

export class RequestPacer {
  private readonly starts: number[] = [];
  private pausedUntil = 0;
  private slow = 1;
  private readonly windows: readonly RateWindow[];
  private readonly clock: Clock;

  constructor(options: RequestPacerOptions) {
    this.windows = options.windows;
    this.clock = options.clock;
  }

  /** How much the pace was slowed by 429s (1 = the vendor's documented pace). */
  get slowdown(): number {
    return this.slow;
  }

  /** The earliest start that keeps every window, reserved for this caller. */
  private reserve(now: number): number {
    let at = Math.max(now, this.pausedUntil);
    let longest = 0;
    for (const w of this.windows) {
      const ms = w.ms * this.slow + w.ms * 0.02 + 5;
      longest = Math.max(longest, ms);
      if (this.starts.length >= w.max) at = Math.max(at, this.starts[this.starts.length - w.max]! + ms);
    }
    if (this.windows.length === 0) return at;
    while (this.starts.length > 0 && this.starts[0]! <= now - longest) this.starts.shift();
    this.starts.push(at);
    return at;
  }

  /** Waits for this request's turn; rejects only when `signal` aborts. */
  async take(signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    const at = this.reserve(now);
    if (at > now) await this.clock.sleep(at - now, signal);
    for (let t = this.clock.now(); t < this.pausedUntil; t = this.clock.now()) {
      await this.clock.sleep(this.pausedUntil - t, signal);
    }
  }

  /** The vendor said "too many requests": nobody starts before `untilMs`, and the pace halves (down to an eighth). */
  throttled(untilMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
    if (this.windows.length > 0) this.slow = Math.min(8, this.slow * 2);
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
