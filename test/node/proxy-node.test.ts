import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createProxyClient } from '../../src/core/proxy-http.js';
import { createHrisProxy } from '../../src/proxy/index.js';
import { listen, toNodeListener } from '../../src/proxy/node-index.js';
import { createMockVendors } from '../../src/testing/mock-vendors.js';

function setup() {
  const vendors = createMockVendors({ seed: 7, size: 8 });
  const handler = createHrisProxy({ fetch: vendors.fetch as typeof fetch, basePath: '/hris', maxBodyBytes: 2048 });
  return { vendors, handler };
}

test('Node adapter: the proxy client connects, reads and disconnects through a real server', async () => {
  const { vendors, handler } = setup();
  const server = await listen(handler);
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const client = createProxyClient(`${server.url}/hris`);
    const connected = await client.connect('personio', vendors.credentials.personio.valid);
    assert.equal(connected.ok, true);
    if (!connected.ok) return;
    assert.equal(connected.value.provider, 'personio');
    assert.deepEqual(connected.value.missingRequired, []);

    const status = await client.status(connected.value.id);
    assert.deepEqual(status, connected);

    const page = await client.forward(connected.value.id, { method: 'GET', path: '/v1/company/employees', query: { limit: '3', offset: '0' } });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('authorization'), null);
    const body = (await page.json()) as { data: unknown[] };
    assert.equal(body.data.length, 3);

    const refused = await client.forward(connected.value.id, { method: 'GET', path: '/v1/auth' });
    assert.equal(refused.status, 403);
    assert.deepEqual(await refused.json(), { error: { code: 'endpoint_not_allowed', params: { reason: 'not_listed', method: 'GET', path: '/v1/auth' } } });

    assert.deepEqual(await client.disconnect(connected.value.id), { ok: true, value: null, issues: [] });
    assert.deepEqual(await client.status(connected.value.id), { ok: false, issues: [{ code: 'not_found', params: { status: 404 } }] });
  } finally {
    await server.close();
  }
});

test('Node adapter: a raw traversal path and an oversized chunked body are refused', async () => {
  const { handler } = setup();
  const server = await listen(handler);
  try {
    const port = new URL(server.url).port;
    const raw = (method: string, path: string, body?: string[]) => new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      for (const chunk of body ?? []) req.write(chunk);
      req.end();
    });
    const traversal = await raw('GET', '/hris/connections/00000000-0000-4000-8000-000000000000/vendor/../../../../etc/passwd');
    assert.equal(traversal.status, 404);
    assert.deepEqual(JSON.parse(traversal.body), { error: { code: 'not_found' } });
    const big = await raw('POST', '/hris/connections', ['{"provider":"personio","credentials":{"clientId":"', 'x'.repeat(3000), '"}}']);
    assert.equal(big.status, 413);
    assert.deepEqual(JSON.parse(big.body), { error: { code: 'payload_too_large', params: { limit: 2048 } } });
  } finally {
    await server.close();
  }
});

test('Node adapter: as middleware, requests outside the mount path go to next()', async () => {
  const { handler } = setup();
  const listener = toNodeListener(handler, { mountPath: '/hris' });
  const passed: string[] = [];
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => listener(req, res, () => {
    passed.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('host page');
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as { port: number };
    const page = await fetch(`http://127.0.0.1:${port}/index.html`);
    assert.equal(await page.text(), 'host page');
    const lookalike = await fetch(`http://127.0.0.1:${port}/hrisx/connections`);
    assert.equal(await lookalike.text(), 'host page');
    const proxied = await fetch(`http://127.0.0.1:${port}/hris/connections/00000000-0000-4000-8000-000000000000`);
    assert.equal(proxied.status, 404);
    assert.deepEqual(await proxied.json(), { error: { code: 'not_found' } });
    assert.deepEqual(passed, ['/index.html', '/hrisx/connections']);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('npm run proxy: starts on 127.0.0.1 over the mock vendors and answers the contract', async () => {
  const child = spawn(process.execPath, ['scripts/proxy-server.mjs'], {
    env: { ...process.env, PORT: '0', HRIS_MOCK_SIZE: '5' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk: string) => {
        out += chunk;
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`proxy exited with ${code}`)));
    });
    const response = await fetch(`${url}/connections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'lucca', credentials: { tenant: 'nope', apiKey: 'wrong-key-0000' } }),
    });
    assert.equal(response.status, 422);
    const body = (await response.json()) as { error: { code: string } };
    assert.equal(body.error.code, 'wrong_credentials');
  } finally {
    child.kill('SIGTERM');
  }
});
