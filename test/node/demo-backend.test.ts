/**
 * The demo backend behind `npm start`: the settings endpoint, the seeded host
 * records, and faults that hit only the reads the proxy forwards (a connect
 * still validates its credentials).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createDemoBackend, type DemoState } from '../../demo/server/backend.js';
import { createMockVendors } from '../../src/testing/mock-vendors.js';

const ORIGIN = 'http://demo.test';

function call(backend: ReturnType<typeof createDemoBackend>, method: string, path: string, body?: unknown): Promise<Response> {
  return backend.handle(new Request(`${ORIGIN}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }));
}

async function connectHumaans(backend: ReturnType<typeof createDemoBackend>, state: DemoState): Promise<string> {
  const response = await call(backend, 'POST', '/api/hris/connections', { provider: 'humaans', credentials: state.credentials.humaans });
  assert.equal(response.status, 201);
  return ((await response.json()) as { connection: { id: string } }).connection.id;
}

describe('demo backend', () => {
  it('answers its settings with the mock vendors’ valid credentials and the seeded records of both presets', async () => {
    const backend = createDemoBackend({ seed: 7 });
    const state = (await (await call(backend, 'GET', '/__demo/settings')).json()) as DemoState;
    const mocks = createMockVendors({ seed: 7, size: 50 });
    assert.equal(state.size, 50);
    assert.equal(state.fault, 'none');
    assert.deepEqual(state.credentials.personio, mocks.credentials.personio.valid);
    assert.deepEqual(state.credentials.lucca, mocks.credentials.lucca.valid);
    assert.notDeepEqual(state.wrongCredentials.hibob, mocks.credentials.hibob.valid);

    const stakeholders = state.seeds.stakeholder;
    assert.equal(stakeholders.length, 13);
    assert.deepEqual(stakeholders.map((r) => r.id), Array.from({ length: 13 }, (_, i) => `sh-${String(i + 1).padStart(3, '0')}`));
    const emails = new Set(mocks.people.map((p) => p.workEmail));
    const identified = stakeholders.filter((r) => typeof r.values.identifier === 'string');
    assert.equal(identified.filter((r) => emails.has(r.values.identifier as string)).length, 4);
    assert.deepEqual(identified.filter((r) => !emails.has(r.values.identifier as string)).map((r) => r.group), ['Investors', 'Advisors', 'Investors']);
    const names = stakeholders.map((r) => r.values.name as string);
    assert.equal(names.length - new Set(names).size, 1, 'one name is shared by two records');
    assert.equal(names.filter((n) => /^[^,]+, /.test(n)).length, 1, 'one name is written "Last, First"');
    assert.equal(names.filter((n) => /^\S\. /.test(n)).length, 1, 'one name is written with an initial');
    assert.equal(stakeholders.every((r) => r.hrisId === null), true);
    assert.equal(state.seeds.directory.length, 11);
  });

  it('refuses settings it does not know, and recreates the tenant for a new size', async () => {
    const backend = createDemoBackend({ seed: 7 });
    const bad = await call(backend, 'POST', '/__demo/settings', { size: 51 });
    assert.equal(bad.status, 400);
    assert.deepEqual(await bad.json(), { error: { code: 'invalid_request', params: { field: 'size' } } });
    assert.equal((await call(backend, 'POST', '/__demo/settings', { fault: 'meteor' })).status, 400);
    assert.equal((await call(backend, 'PUT', '/__demo/settings', {})).status, 405);
    const state = (await (await call(backend, 'POST', '/__demo/settings', { size: 5000 })).json()) as DemoState;
    assert.equal(state.size, 5000);
    assert.deepEqual(backend.settings(), { size: 5000, fault: 'none' });
    assert.equal((await call(backend, 'GET', '/elsewhere')).status, 404);
  });

  it('rate limits: a connect validates normally, every other forwarded read is answered 429 with Retry-After', async () => {
    const backend = createDemoBackend({ seed: 7, initial: { fault: 'rate-limits' } });
    const state = backend.configure({ fault: 'rate-limits' });
    const id = await connectHumaans(backend, state);
    const statuses: (string | number | null)[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await call(backend, 'GET', `/api/hris/connections/${id}/vendor/api/people?$limit=10`);
      statuses.push(response.status, response.headers.get('retry-after'));
    }
    assert.deepEqual(statuses, [429, '1', 200, null, 429, '1', 200, null]);
    const after = (await (await call(backend, 'GET', '/__demo/settings')).json()) as DemoState;
    assert.deepEqual(after.requests, { total: 5, throttled: 2, failed: 0 });
  });

  it('a failing page: the first page of a list answers 500 while the connect still succeeds', async () => {
    const backend = createDemoBackend({ seed: 7 });
    const state = backend.configure({ fault: 'failing-page' });
    const id = await connectHumaans(backend, state);
    const response = await call(backend, 'GET', `/api/hris/connections/${id}/vendor/api/people?$limit=10`);
    assert.equal(response.status, 500);
    backend.configure({ fault: 'none' });
    assert.equal((await call(backend, 'GET', `/api/hris/connections/${id}/vendor/api/people?$limit=10`)).status, 200);
  });
});
