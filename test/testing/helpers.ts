/** Shared helpers for the mock-vendor tests: a fixed clock and per-vendor authenticated calls. */
import type { ProviderId } from '../../src/core/model.js';
import { createManualClock, createMockVendors, type ManualClock, type MockVendors, type MockVendorsOptions } from '../../src/testing/index.js';

export const START = Date.parse('2026-03-02T09:00:00Z');
export const TODAY = '2026-03-02';

export function setup(options: Partial<MockVendorsOptions> = {}): { mock: MockVendors; clock: ManualClock } {
  const clock = createManualClock(START);
  const mock = createMockVendors({ seed: 42, size: 25, clock, ...options });
  return { mock, clock };
}

export function basic(user: string, password: string): string {
  return `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${user}:${password}`)))}`;
}

export type Access = 'valid' | 'limited';

/** Headers that authenticate as the demo credential (Personio: after a `POST /v1/auth`). */
export async function authHeaders(mock: MockVendors, vendor: ProviderId, access: Access = 'valid'): Promise<Record<string, string>> {
  const c = mock.credentials[vendor][access];
  switch (vendor) {
    case 'personio': {
      const response = await mock.fetch(new Request('https://api.personio.de/v1/auth', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client_id: c['clientId'], client_secret: c['clientSecret'] }),
      }));
      const body = (await response.json()) as { data: { token: string } };
      return { authorization: `Bearer ${body.data.token}` };
    }
    case 'bamboohr': return { authorization: basic(c['apiKey']!, 'x'), accept: 'application/json' };
    case 'hibob': return { authorization: basic(c['serviceUserId']!, c['token']!), 'content-type': 'application/json' };
    case 'humaans': return { authorization: `Bearer ${c['token']}` };
    case 'lucca': return { authorization: `lucca application=${c['apiKey']}` };
  }
}

export async function getJson(mock: MockVendors, url: string, headers: Record<string, string>, init: RequestInit = {}): Promise<{ status: number; body: any; response: Response }> {
  const response = await mock.fetch(new Request(url, { ...init, headers: { ...headers, ...(init.headers as Record<string, string> | undefined) } }));
  const text = await response.clone().text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text), response };
}

export const REPORT_FIELDS = ['firstName', 'lastName', 'workEmail', 'homeEmail', 'status', 'terminationDate', 'payRate', 'mobilePhone', 'dateOfBirth'];
