/**
 * Paces the requests of one retrieval to the vendor's documented limits,
 * expressed as sliding windows ("300 per minute", "15 per second"; all must
 * hold), the way vendors count them. Start times are reserved in call order,
 * so concurrent callers are spaced exactly instead of waking together and
 * racing, and a burst the vendor allows is used at once.
 *
 * The vendor counts a request somewhere between the moment it is sent and the
 * moment its answer arrives. So each request is accounted at the time it was
 * actually let through (a wake-up that came late moves it), and once its
 * answer is in (`take` returns the callback to say so) at that later time: the
 * latest the vendor can have counted it. A caller that woke before an earlier
 * request's accounting moved checks again before it goes. 5 ms per window
 * cover a vendor's clock rounding. A 429 pauses every request until the vendor's
 * `Retry-After` and halves the pace; the pace then recovers by halves, one
 * step for each of the vendor's shortest windows passed without another 429,
 * so one refusal caused by timing jitter does not slow the rest of the run.
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

/** Says the request's answer arrived (or it failed): from now on it is accounted at this time. */
export type PacerDone = () => void;

interface Slot {
  /** When the request may start (reserved), then when it was let through, then when its answer arrived. */
  at: number;
  released: boolean;
}

/**
 * Added to every window: a vendor that counts in whole milliseconds or rounds its clock. Jitter between sending and
 * the vendor counting needs no margin of its own any more: a request is accounted when its answer arrived.
 */
const MARGIN_MS = 5;

/** Recovery stops once the pace is within this factor of the documented one. */
const RECOVERED = 1.05;

export class RequestPacer {
  /** Requests in reservation order, pruned once they have left every rate window (oldest first). */
  private slots: Slot[] = [];
  private pausedUntil = 0;
  /** Slowdown set by the last 429 and when it was set (recovery counts from the end of its pause). */
  private slowAtThrottle = 1;
  private readonly windows: readonly RateWindow[];
  private readonly shortestMs: number;
  private readonly clock: Clock;

  constructor(options: RequestPacerOptions) {
    this.windows = options.windows;
    this.clock = options.clock;
    this.shortestMs = Math.min(...options.windows.map((w) => w.ms));
  }

  /** How much the pace is slowed by 429s now (1 = the vendor's documented pace). */
  get slowdown(): number {
    return this.slowAt(this.clock.now());
  }

  private slowAt(now: number): number {
    if (this.slowAtThrottle === 1) return 1;
    const steps = Math.max(0, Math.floor((now - this.pausedUntil) / this.shortestMs));
    const slow = 1 + (this.slowAtThrottle - 1) / 2 ** steps;
    return slow < RECOVERED ? 1 : slow;
  }

  /** The earliest start for `slot` that keeps every window, given the requests before it. */
  private earliest(slot: Slot, now: number): number {
    let at = Math.max(now, this.pausedUntil);
    const index = this.slots.indexOf(slot);
    const before = this.slots.slice(0, index < 0 ? this.slots.length : index).map((s) => s.at).sort((a, b) => b - a);
    const slow = this.slowAt(now);
    for (const w of this.windows) {
      const ms = w.ms * slow + MARGIN_MS;
      if (before.length >= w.max) at = Math.max(at, before[w.max - 1]! + ms);
    }
    return at;
  }

  private prune(now: number): void {
    const longest = Math.max(...this.windows.map((w) => w.ms * 8 + MARGIN_MS));
    this.slots = this.slots.filter((s) => !s.released || s.at > now - longest);
  }

  /** Waits for this request's turn; rejects only when `signal` aborts. Call what it returns once the answer is in. */
  async take(signal?: AbortSignal): Promise<PacerDone> {
    const clock = this.clock;
    if (this.windows.length === 0) {
      for (let t = clock.now(); t < this.pausedUntil; t = clock.now()) await clock.sleep(this.pausedUntil - t, signal);
      return () => undefined;
    }
    this.prune(clock.now());
    const slot: Slot = { at: 0, released: false };
    slot.at = this.earliest(slot, clock.now());
    this.slots.push(slot);
    try {
      // Earlier requests may have gone late or had their answers arrive since: check again after every wait.
      for (let now = clock.now(), at = slot.at; at > now; now = clock.now(), at = this.earliest(slot, now)) {
        slot.at = at;
        await clock.sleep(at - now, signal);
      }
    } catch (error) {
      this.slots = this.slots.filter((s) => s !== slot);
      throw error;
    }
    slot.at = clock.now();
    slot.released = true;
    return () => { slot.at = Math.max(slot.at, clock.now()); };
  }

  /** The vendor said "too many requests": nobody starts before `untilMs`, and the pace halves (down to an eighth) for a while. */
  throttled(untilMs: number): void {
    const now = this.clock.now();
    const current = this.slowAt(now);
    this.pausedUntil = Math.max(this.pausedUntil, untilMs);
    if (this.windows.length > 0) this.slowAtThrottle = Math.min(8, current * 2);
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
