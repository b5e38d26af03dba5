/**
 * Time as the mock vendors see it. Latency, token expiry, `Retry-After` dates
 * and rate-limit windows all go through a `MockClock`, so tests can use a
 * manual clock whose `sleep` returns at once and moves time forward.
 */

export interface MockClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: MockClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortReason(signal!));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

export interface ManualClock extends MockClock {
  /** Moves time forward without sleeping. */
  advance(ms: number): void;
  /** Every `sleep` asked for so far, in ms. */
  readonly slept: readonly number[];
}

/** A clock for tests: `sleep` advances `now` by `ms` and resolves at once. */
export function createManualClock(startMs: number): ManualClock {
  let now = startMs;
  const slept: number[] = [];
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
    slept,
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

/** Waits until the signal aborts, then rejects like `fetch` does. Never resolves otherwise. */
export function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (signal.aborted) reject(abortReason(signal));
    else signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
