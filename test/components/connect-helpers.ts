/** Shared helpers for the `<hris-connect>` tests: a scripted ProxyClient and shadow-DOM queries. */
import type { HrisConnect } from '../../src/components/connect/connect.js';
import type { ProviderId } from '../../src/core/model.js';
import type { CallOptions, ConnectionInfo, ProxyClient } from '../../src/core/proxy-client.js';
import type { Result } from '../../src/core/result.js';

export interface ConnectCall {
  readonly provider: ProviderId;
  readonly credentials: Readonly<Record<string, string>>;
  readonly signal: AbortSignal | undefined;
}

export type ConnectAnswer = Result<ConnectionInfo> | 'unreachable' | Promise<Result<ConnectionInfo>>;

/** A ProxyClient whose `connect` answers from a queue (default: success), recording every call. */
export class ScriptedProxy implements ProxyClient {
  readonly connectCalls: ConnectCall[] = [];
  readonly disconnectCalls: string[] = [];
  answers: ConnectAnswer[] = [];
  disconnectAnswer: Result<null> = { ok: true, value: null, issues: [] };

  async connect(provider: ProviderId, credentials: Readonly<Record<string, string>>, options?: CallOptions): Promise<Result<ConnectionInfo>> {
    this.connectCalls.push({ provider, credentials: { ...credentials }, signal: options?.signal });
    const answer = this.answers.shift() ?? success(provider);
    if (answer === 'unreachable') throw new TypeError('Failed to fetch');
    return answer;
  }

  async status(): Promise<Result<ConnectionInfo>> {
    return { ok: false, issues: [{ code: 'not_found' }] };
  }

  async disconnect(connectionId: string): Promise<Result<null>> {
    this.disconnectCalls.push(connectionId);
    return this.disconnectAnswer;
  }

  async forward(): Promise<Response> {
    return new Response('{}', { status: 404 });
  }
}

export const success = (provider: ProviderId, id = 'conn-1', missingRequired: string[] = []): Result<ConnectionInfo> => ({
  ok: true,
  value: { id, provider, createdAt: '2024-05-06T07:08:00.000Z', readable: [], missingRequired },
  issues: [],
});

export const failure = (code: string, params?: Record<string, string | number>): Result<ConnectionInfo> => ({
  ok: false,
  issues: [{ code, ...(params ? { params } : {}) }],
});

/** A promise settled from outside (for the pending state). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export const $ = <E extends Element = HTMLElement>(el: HrisConnect, selector: string): E | null => el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: HrisConnect, selector: string): E[] => [...el.shadowRoot!.querySelectorAll<E>(selector)];
export const heading = (el: HrisConnect) => $(el, '#heading')?.textContent?.trim() ?? null;
export const texts = (el: HrisConnect, selector: string) => $$(el, selector).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

export async function click(el: HrisConnect, selector: string): Promise<void> {
  const target = $(el, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
}

export async function fill(el: HrisConnect, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const input = $<HTMLInputElement>(el, `#field-${name}`);
    if (!input) throw new Error(`no field ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** Waits until the element has finished everything it started (tasks included). */
export async function settle(el: HrisConnect): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
  }
}
