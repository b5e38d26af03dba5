/**
 * The real vendors' documented rate limits, switched on with `rateLimits: true`:
 * Personio 300/min (burst 15/s) on `GET /v1/company/employees` and 60/min on
 * `/v1/auth`; HiBob 50/min on `POST /v1/people/search`. Sliding windows on the
 * mock clock.
 */
import type { ProviderId } from '../core/model.js';

export interface RateRule {
  readonly vendor: ProviderId;
  readonly method: 'GET' | 'POST';
  readonly path: RegExp;
  /** [max requests, window in ms] pairs; all must hold. */
  readonly windows: readonly (readonly [number, number])[];
}

export const VENDOR_RATE_RULES: readonly RateRule[] = [
  { vendor: 'personio', method: 'GET', path: /^\/v1\/company\/employees\/?$/, windows: [[300, 60_000], [15, 1_000]] },
  { vendor: 'personio', method: 'POST', path: /^\/v1\/auth\/?$/, windows: [[60, 60_000]] },
  { vendor: 'hibob', method: 'POST', path: /^\/v1\/people\/search\/?$/, windows: [[50, 60_000]] },
];

export interface RateDecision {
  readonly limit: number;
  readonly remaining: number;
  /** When the oldest counted request leaves the full window, ms since the epoch. */
  readonly resetAt: number;
  /** Milliseconds to wait before a retry can succeed; 0 when allowed. */
  readonly waitMs: number;
}

export class RateLimiter {
  readonly #hits = new Map<RateRule, number[]>();

  /** Counts the request when it is allowed; returns null when no rule covers it. */
  check(vendor: ProviderId, method: string, path: string, now: number): RateDecision | null {
    const rule = VENDOR_RATE_RULES.find((r) => r.vendor === vendor && r.method === method && r.path.test(path));
    if (!rule) return null;
    const hits = this.#hits.get(rule) ?? [];
    const longest = Math.max(...rule.windows.map(([, ms]) => ms));
    while (hits.length > 0 && hits[0]! <= now - longest) hits.shift();
    let waitMs = 0;
    for (const [max, ms] of rule.windows) {
      const inWindow = hits.filter((t) => t > now - ms);
      if (inWindow.length >= max) waitMs = Math.max(waitMs, inWindow[inWindow.length - max]! + ms - now);
    }
    const [primaryMax, primaryMs] = rule.windows[0]!;
    if (waitMs === 0) hits.push(now);
    this.#hits.set(rule, hits);
    const counted = hits.filter((t) => t > now - primaryMs);
    return {
      limit: primaryMax,
      remaining: Math.max(0, primaryMax - counted.length),
      resetAt: (counted[0] ?? now) + primaryMs,
      waitMs,
    };
  }
}
