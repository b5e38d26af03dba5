/**
 * Bench 2's server side, in a worker thread of the retrieval worker: the mock
 * vendors and the reference proxy in front of them. A real vendor answers
 * from its own machines and the proxy runs on the host's server, so their
 * work (building and serializing a 30 MB answer, forwarding it) runs beside
 * the chain the admin waits for, not on its thread: what the chain pays is
 * the latency the mock adds and the bytes it hands over.
 *
 * Messages from the chain's side:
 *  - `{ kind: 'credentials' }`: the vendor's valid credentials (the worker,
 *    one per run, starts with fresh mock vendors, no latency and no rate
 *    limit, for connecting).
 *  - `{ kind: 'start', network }`: from here on, 50 ms latency and the rate
 *    limits (network) or neither, with the vendor's time counted.
 *  - `{ kind: 'request', id, url, method, headers, body }`: one request to
 *    the proxy; answers `{ kind: 'response', id, status, statusText,
 *    headers, body }`, the body's buffer transferred, not copied.
 *  - `{ kind: 'report' }`: answers the mock's request log since `start` and
 *    the time the mock vendor spent answering (only counted without network,
 *    one request at a time, so answers never overlap).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ProviderId } from '../../src/core/index.js';
import { createHrisProxy } from '../../src/proxy/index.js';
import { createMockVendors } from '../../src/testing/index.js';

interface Setup { readonly vendor: ProviderId; readonly size: number; readonly seed: number; readonly today: string; readonly latencyMs: number }
type Message =
  | { kind: 'credentials' }
  | { kind: 'start'; network: boolean }
  | { kind: 'request'; id: number; url: string; method: string; headers: [string, string][]; body: ArrayBuffer | null }
  | { kind: 'report' };

const port = parentPort;
if (port === null) throw new Error('retrieval-server runs as a worker thread');
const setup = workerData as Setup;

const mocks = createMockVendors({ seed: setup.seed, size: setup.size, today: setup.today });
let vendorMs = 0;
let timed = false;
let logFrom = 0;

const vendorFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  if (!timed) return mocks.fetch(input, init);
  const start = performance.now();
  try {
    const response = await mocks.fetch(input, init);
    const body = await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    vendorMs += performance.now() - start;
  }
};
const proxy = createHrisProxy({ fetch: vendorFetch as typeof fetch });
const NULL_BODY = new Set([101, 204, 205, 304]);

async function answer(message: Message): Promise<void> {
  switch (message.kind) {
    case 'credentials':
      port!.postMessage({ kind: 'credentials', credentials: mocks.credentials[setup.vendor].valid });
      return;
    case 'start': {
      mocks.setLatency(message.network ? setup.latencyMs : 0);
      mocks.setRateLimits(message.network);
      timed = !message.network;
      vendorMs = 0;
      logFrom = mocks.requestLog.length;
      port!.postMessage({ kind: 'start' });
      return;
    }
    case 'request': {
      const { id, url, method, headers, body } = message;
      const response = await proxy(new Request(url, { method, headers, ...(body === null ? {} : { body }) }));
      const bytes = NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
      port!.postMessage(
        { kind: 'response', id, status: response.status, statusText: response.statusText, headers: [...response.headers], body: bytes },
        bytes === null ? [] : [bytes],
      );
      return;
    }
    case 'report':
      port!.postMessage({ kind: 'report', log: mocks.requestLog.slice(logFrom), vendorMs });
      return;
  }
}

port.on('message', (message: Message) => {
  answer(message).catch((error: unknown) => {
    // A failure here is the bench's own: end the worker so the chain's side fails loudly instead of waiting.
    process.stderr.write(`retrieval-server: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
});
