/**
 * One page read through the proxy, with the retry policy applied: transient
 * failures (network, timeout, 408, 429, 5xx, an HTML login page, a truncated
 * or unexpected body) are retried within the run's budget; `Retry-After` is
 * honoured and pauses every request of the run; anything else fails at once
 * with a reason code. Never throws: an abort is a result too.
 */
import type { ForwardRequest, ProxyClient } from './proxy-client.js';
import type { Page, ResourceSpec } from './providers/types.js';
import { issue, type Issue, type IssueParam } from './result.js';
import type { RequestPacer } from './rate-limit.js';
import { backoffDelay, isTransientStatus, parseRetryAfter, type Clock, type RetryBudget, type RetryPolicy } from './retry.js';

/** What every request of one run shares. */
export interface RunContext {
  readonly client: ProxyClient;
  readonly connectionId: string;
  readonly policy: RetryPolicy;
  readonly clock: Clock;
  readonly random: () => number;
  readonly budget: RetryBudget;
  readonly pacer: RequestPacer;
  /** Aborts when the caller cancels or the run has to stop (wrong credentials, budget spent). */
  readonly signal: AbortSignal;
}

export type PageFetch =
  | { readonly ok: true; readonly page: Page; readonly attempts: number }
  /** `fatal`: the whole run must stop, not only this resource. */
  | { readonly ok: false; readonly issue: Issue; readonly attempts: number; readonly fatal: boolean };

type Attempt =
  | { kind: 'ok'; page: Page }
  | { kind: 'retry'; issue: Issue; retryAfterMs: number | null }
  | { kind: 'fail'; issue: Issue; fatal: boolean };

const PROXY_FATAL = new Set(['wrong_credentials', 'not_found', 'origin_not_allowed', 'unknown_provider']);

/** The proxy's own error envelope `{ error: { code } }`, when the body is one. */
function proxyErrorCode(text: string): string | null {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return null;
    const error = (body as { error?: unknown }).error;
    if (typeof error !== 'object' || error === null) return null;
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

/** Resolves with the body text, or rejects when `signal` aborts first (a body that stalls). */
function readBody(response: Response, signal: AbortSignal): Promise<string> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<string>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    response.text().then(
      (text) => { signal.removeEventListener('abort', onAbort); resolve(text); },
      (error: unknown) => { signal.removeEventListener('abort', onAbort); reject(error); },
    );
  });
}

const looksLikeHtml = (contentType: string, text: string): boolean =>
  contentType.includes('html') || /^\s*</.test(text);

async function attemptOnce(run: RunContext, spec: ResourceSpec, request: ForwardRequest, where: Record<string, IssueParam>, answered: () => void): Promise<Attempt> {
  const timeout = AbortSignal.timeout(run.policy.requestTimeoutMs);
  const signal = AbortSignal.any([run.signal, timeout]);
  let response: Response;
  let text: string;
  try {
    try {
      response = await run.client.forward(run.connectionId, request, { signal });
    } finally {
      answered();
    }
    text = await readBody(response, signal);
  } catch {
    if (run.signal.aborted) return { kind: 'fail', issue: issue('aborted', where), fatal: true };
    if (timeout.aborted) return { kind: 'retry', issue: issue('request_timeout', where), retryAfterMs: null };
    return { kind: 'retry', issue: issue('network_error', where), retryAfterMs: null };
  }
  const status = response.status;
  if (status < 200 || status > 299) {
    const params = { ...where, status };
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), run.clock.now());
    if (status === 429 || (status === 503 && retryAfterMs !== null)) {
      return { kind: 'retry', issue: issue('rate_limited', params), retryAfterMs };
    }
    if (isTransientStatus(status)) return { kind: 'retry', issue: issue('page_failed', params), retryAfterMs };
    const code = proxyErrorCode(text);
    if (status === 401 || code === 'wrong_credentials') return { kind: 'fail', issue: issue('wrong_credentials', params), fatal: true };
    if (status === 403 && (code === null || code === 'missing_permissions')) {
      return { kind: 'fail', issue: issue('missing_permissions', params), fatal: false };
    }
    if (code !== null) return { kind: 'fail', issue: issue(code, params), fatal: PROXY_FATAL.has(code) };
    return { kind: 'fail', issue: issue('page_failed', params), fatal: false };
  }
  if (looksLikeHtml(response.headers.get('content-type') ?? '', text)) {
    return { kind: 'retry', issue: issue('html_instead_of_json', where), retryAfterMs: null };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'retry', issue: issue('truncated_json', where), retryAfterMs: null };
  }
  const page = spec.extract(body);
  if (!page.ok) {
    const first = page.issues[0];
    return { kind: 'retry', issue: issue('invalid_envelope', { ...where, cause: first?.code ?? null }), retryAfterMs: null };
  }
  return { kind: 'ok', page: page.value };
}

/** Reads one page, retrying what is transient; `where` names it in every issue (resource, page, offset). */
export async function fetchPage(run: RunContext, spec: ResourceSpec, request: ForwardRequest, where: Record<string, IssueParam>): Promise<PageFetch> {
  for (let attempt = 1; ; attempt += 1) {
    let answered: () => void;
    try {
      answered = await run.pacer.take(run.signal);
    } catch {
      return { ok: false, issue: issue('aborted', where), attempts: attempt - 1, fatal: true };
    }
    // The vendor counted this request by the time its answer (or a failure) is here: the pacer accounts it then.
    const result = await attemptOnce(run, spec, request, where, answered);
    if (result.kind === 'ok') return { ok: true, page: result.page, attempts: attempt };
    if (result.kind === 'fail') return { ok: false, issue: result.issue, attempts: attempt, fatal: result.fatal };

    const now = run.clock.now();
    const fromHeader = result.retryAfterMs;
    if (fromHeader !== null && fromHeader > run.policy.maxRetryAfterMs) {
      const resumeAt = new Date(now + fromHeader).toISOString();
      return { ok: false, issue: issue('retry_budget_exhausted', { ...where, resumeAt, cause: result.issue.code }), attempts: attempt, fatal: true };
    }
    if (attempt >= run.policy.maxAttempts) return { ok: false, issue: result.issue, attempts: attempt, fatal: false };
    const wait = fromHeader ?? backoffDelay(attempt, run.policy, run.random);
    if (!run.budget.spend(wait)) {
      return { ok: false, issue: issue('retry_budget_exhausted', { ...where, cause: result.issue.code }), attempts: attempt, fatal: true };
    }
    if (result.issue.code === 'rate_limited') run.pacer.throttled(now + wait);
    try {
      await run.clock.sleep(wait, run.signal);
    } catch {
      return { ok: false, issue: issue('aborted', where), attempts: attempt, fatal: true };
    }
  }
}
