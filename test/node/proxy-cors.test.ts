// CORS runs in Node: a browser will not let a test set the `Origin` header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHrisProxy } from '../../src/proxy/index.js';
import { APP_ORIGIN, BASE, harness } from '../proxy/setup.js';

const preflight = (origin: string, headers = 'content-type') => new Request(`${BASE}/connections`, {
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
});

test('CORS: a preflight from an allowed origin is answered, never with *', async () => {
  const h = harness({ allowedOrigins: [APP_ORIGIN] });
  const response = await h.handler(preflight(APP_ORIGIN));
  assert.equal(response.status, 204);
  assert.equal(response.headers.get('access-control-allow-origin'), APP_ORIGIN);
  assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
  assert.equal(response.headers.get('access-control-allow-methods'), 'GET, POST, DELETE, OPTIONS');
  assert.equal(response.headers.get('access-control-allow-headers'), 'content-type, authorization, x-requested-with, idempotency-key');
  assert.equal(response.headers.get('vary'), 'Origin');
  const odd = await h.handler(preflight(APP_ORIGIN, 'content-type, x-forwarded-host'));
  assert.equal(odd.status, 403);
  assert.equal(odd.headers.get('access-control-allow-origin'), null);
});

test('CORS: other origins get no CORS headers and their requests are refused', async () => {
  const h = harness({ allowedOrigins: [APP_ORIGIN] });
  const pre = await h.handler(preflight('https://evil.example'));
  assert.equal(pre.status, 403);
  assert.equal(pre.headers.get('access-control-allow-origin'), null);
  const post = await h.call('POST', '/connections', { body: { provider: 'personio', credentials: h.vendors.credentials.personio.valid }, headers: { origin: 'https://evil.example' } });
  assert.equal(post.status, 403);
  assert.equal(post.headers.get('access-control-allow-origin'), null);
  assert.deepEqual(await post.json(), { error: { code: 'origin_not_allowed' } });
  const opaque = await h.call('GET', '/connections/x', { headers: { origin: 'null' } });
  assert.equal(opaque.status, 403);
  assert.deepEqual(h.outbound, []);
});

test('CORS: answers carry CORS headers for allowed origins only; same origin and server calls pass', async () => {
  const h = harness({ allowedOrigins: [`${APP_ORIGIN}/`] });
  const id = await h.connected('bamboohr');
  const cross = await h.call('GET', `/connections/${id}`, { headers: { origin: APP_ORIGIN } });
  assert.equal(cross.status, 200);
  assert.equal(cross.headers.get('access-control-allow-origin'), APP_ORIGIN);
  assert.equal(cross.headers.get('access-control-allow-credentials'), 'true');
  const same = await h.call('GET', `/connections/${id}`, { headers: { origin: 'https://host.example' } });
  assert.equal(same.status, 200);
  const server = await h.call('GET', `/connections/${id}`);
  assert.equal(server.status, 200);
  assert.equal(server.headers.get('access-control-allow-origin'), null);
  assert.throws(() => createHrisProxy({ allowedOrigins: ['*'] }), TypeError);
});

test('CORS: credentials can be switched off', async () => {
  const h = harness({ allowedOrigins: [APP_ORIGIN], allowCredentials: false });
  const response = await h.handler(preflight(APP_ORIGIN));
  assert.equal(response.status, 204);
  assert.equal(response.headers.get('access-control-allow-credentials'), null);
});
