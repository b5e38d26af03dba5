#!/usr/bin/env node
// `npm run proxy`: the reference proxy on 127.0.0.1 through the Node adapter.
// Outbound calls go to the mock vendors (hris-kit/testing) unless
// HRIS_PROXY_REAL=1, so the same proxy code runs against fakes and real vendors.
//
// Environment:
//   PORT                  port to listen on (default 8787; 0 = any free port)
//   HRIS_PROXY_REAL=1     call the real vendor APIs instead of the mocks
//   HRIS_PROXY_ORIGINS    comma-separated browser origins allowed (default: the Vite demo on 5173)
//   HRIS_PROXY_BASE_PATH  path prefix the proxy answers under (default: none)
//   HRIS_PROXY_STORE      file for the encrypted store (default: in memory); needs
//   HRIS_PROXY_KEY        32 random bytes, base64 (`openssl rand -base64 32`)
//   HRIS_MOCK_SEED, HRIS_MOCK_SIZE  the mock population (default 1 and 250)
import { register } from 'tsx/esm/api';

register();
const { createHrisProxy, createMemoryStore } = await import('../src/proxy/index.ts');
const { createFileStore, keyFromEnv, listen } = await import('../src/proxy/node-index.ts');

const env = process.env;
const real = env.HRIS_PROXY_REAL === '1';

let outbound;
if (real) {
  outbound = (input, init) => fetch(input, init);
} else {
  const { createMockVendors } = await import('../src/testing/mock-vendors.ts');
  const vendors = createMockVendors({ seed: Number(env.HRIS_MOCK_SEED ?? 1), size: Number(env.HRIS_MOCK_SIZE ?? 250) });
  outbound = vendors.fetch;
}

let store;
try {
  store = env.HRIS_PROXY_STORE ? createFileStore({ path: env.HRIS_PROXY_STORE, key: keyFromEnv(env) }) : createMemoryStore();
} catch (error) {
  console.error(`hris-kit proxy: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const allowedOrigins = (env.HRIS_PROXY_ORIGINS ?? 'http://127.0.0.1:5173,http://localhost:5173')
  .split(',').map((o) => o.trim()).filter((o) => o !== '');

const handler = createHrisProxy({
  fetch: outbound,
  store,
  allowedOrigins,
  basePath: env.HRIS_PROXY_BASE_PATH ?? '',
  log: (entry) => console.log(JSON.stringify({ time: new Date().toISOString(), ...entry })),
});

const server = await listen(handler, { port: Number(env.PORT ?? 8787), host: '127.0.0.1' });
console.log(`hris-kit proxy listening on ${server.url}${env.HRIS_PROXY_BASE_PATH ?? ''} (${real ? 'real vendors' : 'mock vendors'})`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
