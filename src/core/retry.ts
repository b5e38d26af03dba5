/**
 * The retry policy of retrieval: which failures are transient, how long to
 * wait before the next attempt (`Retry-After` in both of its forms, otherwise
 * exponential backoff with jitter), and the bounds that keep a run from
 * spinning. Time goes through an injectable `Clock`, so tests that honour a
 * `Retry-After: 30` do not wait 30 real seconds.
 */

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const abortReason = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('Aborted', 'AbortError');

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) { reject(abortReason(signal)); return; }
      const onAbort = (): void => { clearTimeout(timer); reject(abortReason(signal!)); };
      const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, Math.max(0, ms));
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
};

export interface RetryPolicy {
  /** Attempts per request, the first one included. */
  readonly maxAttempts: number;
  /** First backoff step; doubles with each attempt. */
  readonly baseDelayMs: number;
  /** Cap of one backoff step (before jitter). */
  readonly maxDelayMs: number;
  /** A `Retry-After` longer than this stops the run ("resume at …") instead of waiting. */
  readonly maxRetryAfterMs: number;
  /** Total time a run may spend waiting between attempts, over all requests. */
  readonly budgetMs: number;
  /** Total retries a run may make, over all requests. */
  readonly maxRetries: number;
  /** A request (headers and body) that takes longer is aborted and counts as transient. */
  readonly requestTimeoutMs: number;
  /** Requests in flight at once, when the vendor's total allows fetching pages in parallel. */
  readonly concurrency: number;
  /** Pages per resource before the run stops with `page_limit_reached`. */
  readonly maxPages: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 15_000,
  maxRetryAfterMs: 120_000,
  budgetMs: 300_000,
  maxRetries: 60,
  requestTimeoutMs: 30_000,
  concurrency: 4,
  maxPages: 10_000,
};

/** Statuses worth another attempt: timeout, throttling and server errors. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * `Retry-After` as a delay in milliseconds: delta-seconds (`"2"`) or an
 * HTTP-date (`"Wed, 21 Oct 2026 07:28:00 GMT"`). A date in the past means
 * "now" (0). Anything unparsable gives `null`, and the caller falls back to backoff.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value == null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (/^\d+\.\d+$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP-date always names a weekday and a GMT zone; demanding both keeps
  // `Date.parse` leniency ("2", "abc 1") from being read as a date.
  if (!/^[A-Za-z]{3},? .*\d{2}:\d{2}:\d{2} GMT$/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/**
 * Backoff before attempt `attempt + 1` (attempt counts from 1): "equal jitter",
 * half of the exponential step fixed and half random, so waits grow and never
 * collapse to zero. `random` is injectable for deterministic tests.
 */
export function backoffDelay(attempt: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** Shared by every request of one run: the waits and retries it has spent. */
export class RetryBudget {
  waitedMs = 0;
  retries = 0;

  constructor(private readonly policy: Pick<RetryPolicy, 'budgetMs' | 'maxRetries'>) {}

  /** Reserves one retry with the given wait; false when the run cannot afford it. */
  spend(waitMs: number): boolean {
    if (this.retries + 1 > this.policy.maxRetries || this.waitedMs + waitMs > this.policy.budgetMs) return false;
    this.retries += 1;
    this.waitedMs += waitMs;
    return true;
  }
}
