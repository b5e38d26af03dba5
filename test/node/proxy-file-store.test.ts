import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStore, keyFromEnv, ProxyStoreError } from '../../src/proxy/node-index.js';
import type { StoredConnection } from '../../src/proxy/stores.js';

const KEY = Buffer.alloc(32, 7).toString('base64');
const OTHER_KEY = Buffer.alloc(32, 9).toString('base64');
const SECRET = 'papi-super-secret-client-value-1234';

const connection = (id: string, secret = SECRET): StoredConnection => ({
  id,
  provider: 'personio',
  createdAt: '2026-01-02T03:04:05.000Z',
  credentials: { clientId: 'client-visible-id-98765', clientSecret: secret },
  readable: ['firstName', 'lastName'],
  missingRequired: ['workEmail'],
});

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'hris-proxy-store-'));
}

test('file store: round-trips connections and keeps no secret in the clear', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'store.json');
    const store = createFileStore({ path, key: KEY });
    await store.put(connection('11111111-1111-4111-8111-111111111111'));
    const raw = await readFile(path, 'utf8');
    assert.equal(raw.includes(SECRET), false);
    assert.equal(raw.includes('client-visible-id-98765'), false);
    assert.equal(raw.includes('11111111-1111-4111-8111-111111111111'), false);
    assert.equal(raw.includes('personio'), false);
    // A second store over the same file (a restarted proxy) reads it back.
    const reopened = createFileStore({ path, key: KEY });
    assert.deepEqual(await reopened.get('11111111-1111-4111-8111-111111111111'), connection('11111111-1111-4111-8111-111111111111'));
    assert.equal(await reopened.get('22222222-2222-4222-8222-222222222222'), undefined);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('file store: every write uses a fresh IV, and no temp file is left behind', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'store.json');
    const store = createFileStore({ path, key: KEY });
    await store.put(connection('11111111-1111-4111-8111-111111111111'));
    const first = JSON.parse(await readFile(path, 'utf8')) as { iv: string; data: string };
    await store.put(connection('11111111-1111-4111-8111-111111111111'));
    const second = JSON.parse(await readFile(path, 'utf8')) as { iv: string; data: string };
    assert.equal(Buffer.from(first.iv, 'base64').byteLength, 12);
    assert.notEqual(first.iv, second.iv);
    assert.notEqual(first.data, second.data);
    assert.deepEqual(await readdir(dir), ['store.json']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('file store: delete removes one connection and reports whether it existed', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'store.json');
    const store = createFileStore({ path, key: KEY });
    await Promise.all([
      store.put(connection('11111111-1111-4111-8111-111111111111')),
      store.put(connection('22222222-2222-4222-8222-222222222222', 'another-secret-value-777')),
    ]);
    assert.equal(await store.delete('11111111-1111-4111-8111-111111111111'), true);
    assert.equal(await store.delete('11111111-1111-4111-8111-111111111111'), false);
    const reopened = createFileStore({ path, key: KEY });
    assert.equal(await reopened.get('11111111-1111-4111-8111-111111111111'), undefined);
    assert.equal((await reopened.get('22222222-2222-4222-8222-222222222222'))?.credentials['clientSecret'], 'another-secret-value-777');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('file store: the wrong key is a clear error, not an empty store', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'store.json');
    await createFileStore({ path, key: KEY }).put(connection('11111111-1111-4111-8111-111111111111'));
    const wrong = createFileStore({ path, key: OTHER_KEY });
    await assert.rejects(wrong.get('11111111-1111-4111-8111-111111111111'), (error: unknown) =>
      error instanceof ProxyStoreError && error.code === 'wrong_key' && /HRIS_PROXY_KEY/.test(error.message));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('file store: a tampered or foreign file is refused', async () => {
  const dir = await tempDir();
  try {
    const path = join(dir, 'store.json');
    await createFileStore({ path, key: KEY }).put(connection('11111111-1111-4111-8111-111111111111'));
    const envelope = JSON.parse(await readFile(path, 'utf8')) as { data: string };
    const bytes = Buffer.from(envelope.data, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await writeFile(path, JSON.stringify({ ...envelope, data: bytes.toString('base64') }));
    await assert.rejects(createFileStore({ path, key: KEY }).get('x'), (e: unknown) => e instanceof ProxyStoreError && e.code === 'wrong_key');
    await writeFile(path, '{"hello":"world"}');
    await assert.rejects(createFileStore({ path, key: KEY }).get('x'), (e: unknown) => e instanceof ProxyStoreError && e.code === 'corrupt');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('file store: the key must be 32 bytes of base64 from HRIS_PROXY_KEY', () => {
  assert.throws(() => keyFromEnv({}), (e: unknown) => e instanceof ProxyStoreError && e.code === 'missing_key');
  assert.throws(() => keyFromEnv({ HRIS_PROXY_KEY: Buffer.alloc(16).toString('base64') }), (e: unknown) => e instanceof ProxyStoreError && e.code === 'invalid_key');
  assert.throws(() => keyFromEnv({ HRIS_PROXY_KEY: 'not base64 at all!' }), (e: unknown) => e instanceof ProxyStoreError && e.code === 'invalid_key');
  assert.deepEqual(keyFromEnv({ HRIS_PROXY_KEY: KEY }), new Uint8Array(Buffer.alloc(32, 7)));
  assert.throws(() => createFileStore({ path: 'unused.json', key: 'c2hvcnQ=' }), (e: unknown) => e instanceof ProxyStoreError && e.code === 'invalid_key');
});
