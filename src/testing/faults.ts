/**
 * Fault injection. A fault names what goes wrong and, optionally, where: one
 * vendor, one request (the n-th the vendor received, from 0), one page of a
 * list (from 0), or a path. `times` limits how often it fires (default: every
 * matching request). Response faults replace the vendor's answer; shape faults
 * (duplicate ids, looping offset, inflated total) bend the page the vendor
 * renders; latency delays the answer.
 */
import type { ProviderId } from '../core/model.js';

export const FAULT_KINDS = [
  'too-many-requests', 'unavailable', 'server-error', 'hang', 'network-error', 'truncated-json', 'html-login',
  'duplicate-ids', 'missing-ids', 'looping-offset', 'inflated-total', 'numbers-as-strings', 'latency',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultTarget {
  readonly vendor?: ProviderId;
  /** The n-th request this vendor received (auth included), counted from 0. */
  readonly request?: number;
  /** The page of a list endpoint, from 0 (a list without pagination is page 0). */
  readonly page?: number;
  /** Fires only when the URL path contains this text. */
  readonly path?: string;
  /** Fires only when the request body contains this text (a HiBob search whose filter names one id). */
  readonly body?: string;
  /** How many times it fires before it is spent; every matching request when absent. */
  readonly times?: number;
}

export type Fault = FaultTarget &
  (
    /** 429 with `Retry-After` in seconds, or as an HTTP date that many seconds ahead. */
    | { readonly kind: 'too-many-requests'; readonly retryAfterSeconds?: number; readonly retryAfterFormat?: 'seconds' | 'http-date' }
    /** 503, with `Retry-After` (seconds) only when given. */
    | { readonly kind: 'unavailable'; readonly retryAfterSeconds?: number }
    | { readonly kind: 'server-error' }
    /** Never answers; rejects when the request's signal aborts. */
    | { readonly kind: 'hang' }
    /** Rejects with a `TypeError`, like `fetch` on a reset connection. */
    | { readonly kind: 'network-error' }
    /** The vendor's real answer, cut in half. */
    | { readonly kind: 'truncated-json' }
    /** 200 with an HTML login page (an SSO or session wall in front of the API). */
    | { readonly kind: 'html-login' }
    /** The page starts with the last `count` items of the previous page again (a single response repeats its first `count`). */
    | { readonly kind: 'duplicate-ids'; readonly count?: number }
    /** The answer leaves out its last `count` items (default 1): people deleted after a listing named them. */
    | { readonly kind: 'missing-ids'; readonly count?: number }
    /** From page `fromPage` on (default 1) the offset wraps around: page `fromPage` is page 0 again, forever. */
    | { readonly kind: 'looping-offset'; readonly fromPage?: number }
    /** The reported total is `extra` (default 5) more than what exists. */
    | { readonly kind: 'inflated-total'; readonly extra?: number }
    /** Paging numbers (`total`, `limit`, `offset`, Personio `metadata`) sent as strings, e.g. `"100"`. */
    | { readonly kind: 'numbers-as-strings' }
    | { readonly kind: 'latency'; readonly ms: number }
  );

/** Where a request sits, for matching faults. */
export interface RequestSite {
  readonly vendor: ProviderId;
  readonly request: number;
  readonly page: number | null;
  readonly path: string;
  /** The request body, for POST requests. */
  readonly body?: string | null;
}

/** How the vendor should bend the page it renders. */
export interface ShapeFaults {
  readonly duplicates?: number;
  readonly missing?: number;
  readonly loopFromPage?: number;
  readonly inflateTotal?: number;
  readonly stringNumbers?: boolean;
}

export type ResponseFault = Extract<Fault, { kind: 'too-many-requests' | 'unavailable' | 'server-error' | 'hang' | 'network-error' | 'truncated-json' | 'html-login' }>;

export interface ActiveFaults {
  readonly latencyMs: number;
  readonly shape: ShapeFaults;
  /** The first response fault that matched, if any. */
  readonly response: ResponseFault | null;
}

interface Slot {
  fault: Fault;
  remaining: number;
}

/** The current fault list; matching consumes `times`. */
export class FaultBook {
  #slots: Slot[] = [];

  set(faults: readonly Fault[]): void {
    this.#slots = faults.map((fault) => ({ fault, remaining: fault.times ?? Infinity }));
  }

  /** Whether a live fault is aimed by request body (only then does the router read a copy of it). */
  get aimsAtBodies(): boolean {
    return this.#slots.some((slot) => slot.remaining > 0 && slot.fault.body !== undefined);
  }

  /** The faults that apply to this request; each one that applies uses up one of its `times`. */
  take(site: RequestSite): ActiveFaults {
    let latencyMs = 0;
    let response: ResponseFault | null = null;
    const shape: { -readonly [K in keyof ShapeFaults]: ShapeFaults[K] } = {};
    for (const slot of this.#slots) {
      if (slot.remaining <= 0 || !matches(slot.fault, site)) continue;
      const fault = slot.fault;
      if (fault.kind !== 'latency' && response !== null && isResponseFault(fault)) continue;
      slot.remaining -= 1;
      switch (fault.kind) {
        case 'latency': latencyMs += fault.ms; break;
        case 'duplicate-ids': shape.duplicates = fault.count ?? 2; break;
        case 'missing-ids': shape.missing = fault.count ?? 1; break;
        case 'looping-offset': shape.loopFromPage = fault.fromPage ?? 1; break;
        case 'inflated-total': shape.inflateTotal = fault.extra ?? 5; break;
        case 'numbers-as-strings': shape.stringNumbers = true; break;
        default: response = fault;
      }
    }
    return { latencyMs, shape, response };
  }
}

function isResponseFault(fault: Fault): fault is ResponseFault {
  return !['latency', 'duplicate-ids', 'missing-ids', 'looping-offset', 'inflated-total', 'numbers-as-strings'].includes(fault.kind);
}

function matches(fault: Fault, site: RequestSite): boolean {
  if (fault.vendor !== undefined && fault.vendor !== site.vendor) return false;
  if (fault.request !== undefined && fault.request !== site.request) return false;
  if (fault.path !== undefined && !site.path.includes(fault.path)) return false;
  if (fault.body !== undefined && !(site.body ?? '').includes(fault.body)) return false;
  if (fault.kind === 'looping-offset') return site.page !== null && site.page >= (fault.fromPage ?? 1) && (fault.page === undefined || site.page >= fault.page);
  if ((fault.kind === 'duplicate-ids' || fault.kind === 'missing-ids') && fault.page === undefined) return site.page !== null;
  if ((fault.kind === 'inflated-total' || fault.kind === 'numbers-as-strings') && fault.page === undefined) return site.page !== null;
  if (fault.page !== undefined && fault.page !== site.page) return false;
  return true;
}

/**
 * The positions (into a list of `count` items) one page shows, and the total it
 * reports, with the shape faults applied. `limit` is the page size. Duplicates
 * repeat the end of the previous page; on a list that fits one page they
 * repeat its first items at its end. Missing ids drop the page's last items.
 */
export function pageWindow(count: number, offset: number, limit: number, shape: ShapeFaults): { positions: number[]; total: number } {
  const page = limit > 0 ? Math.floor(offset / limit) : 0;
  let start = offset;
  if (shape.loopFromPage !== undefined && shape.loopFromPage > 0 && page >= shape.loopFromPage) {
    start = (page % shape.loopFromPage) * limit + (offset % limit);
  }
  const positions: number[] = [];
  const dup = shape.duplicates ?? 0;
  if (dup > 0 && start > 0) for (let p = Math.max(0, start - dup); p < start; p++) positions.push(p);
  const end = Math.min(count, start + limit);
  for (let p = start; p < end; p++) positions.push(p);
  if (dup > 0 && start === 0 && end >= count) for (let p = 0; p < Math.min(dup, end); p++) positions.push(p);
  positions.length = Math.max(0, positions.length - (shape.missing ?? 0));
  return { positions, total: count + (shape.inflateTotal ?? 0) };
}

/** A paging number as the vendor sends it: a number, or its text under `numbers-as-strings`. */
export function pagingNumber(value: number, shape: ShapeFaults): number | string {
  return shape.stringNumbers ? String(value) : value;
}

const LOGIN_PAGE = '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>'
  + '<body><main><h1>Sign in</h1><form method="post" action="/login"><label>Email <input name="email" type="email"></label>'
  + '<label>Password <input name="password" type="password"></label><button>Sign in</button></form></main></body></html>\n';

/** The `Retry-After` value of a 429 fault: seconds, or an HTTP date that many seconds after `nowMs`. */
export function retryAfterValue(fault: Extract<Fault, { kind: 'too-many-requests' }>, nowMs: number): string {
  const seconds = fault.retryAfterSeconds ?? 1;
  return fault.retryAfterFormat === 'http-date' ? new Date(nowMs + seconds * 1000).toUTCString() : String(seconds);
}

/** The vendor's own 429 (its envelope and headers), with the fault's `Retry-After` set. */
export function withRetryAfter(vendorAnswer: Response, fault: Extract<Fault, { kind: 'too-many-requests' }>, nowMs: number): Response {
  const headers = new Headers(vendorAnswer.headers);
  headers.set('retry-after', retryAfterValue(fault, nowMs));
  return new Response(vendorAnswer.body, { status: 429, headers });
}

/** The answer a response fault gives instead of the vendor's (429, hang, network error and truncated JSON are handled by the router). */
export function faultResponse(fault: Extract<ResponseFault, { kind: 'unavailable' | 'server-error' | 'html-login' }>): Response {
  switch (fault.kind) {
    case 'unavailable':
      return new Response('Service Unavailable', {
        status: 503,
        headers: { 'content-type': 'text/plain', ...(fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {}) },
      });
    case 'server-error':
      return new Response(JSON.stringify({ error: 'Internal Server Error' }), { status: 500, headers: { 'content-type': 'application/json' } });
    case 'html-login':
      return new Response(LOGIN_PAGE, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
}

/** The same response with its body cut in half (a connection dropped mid-body). */
export async function truncate(response: Response): Promise<Response> {
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(text.slice(0, Math.floor(text.length / 2)), { status: response.status, headers });
}
