/**
 * Bench 2, retrieval, for one vendor: the whole chain a host runs — mock
 * vendor → reference proxy → HTTP proxy client → `retrieve` (pagination,
 * token bucket, retries, zod per page, normalize) — on the real clock, with
 * 50 ms latency on every vendor request and the vendor's real rate limits on.
 * The vendor and the proxy are servers: they run in a thread of their own
 * (`retrieval-server.ts`), and this thread, the admin's browser in the
 * product, runs the client and `retrieve`.
 *
 * The floor is what latency and the rate limit allow for the requests this
 * run had to make (counted from the mock's request log):
 *  - latency: the requests that must follow one another × 50 ms. Personio
 *    and Humaans read the first page alone (it carries the total), then the
 *    rest at the run's allowed concurrency; Lucca gives no total, so each of
 *    its two lists is read page after page (the two lists in parallel);
 *    HiBob reads its field metadata and lists every id (one search asking for
 *    `root.id` only) together, then reads the profiles with searches filtered
 *    by batches of 1,000 ids at the run's allowed concurrency.
 *  - rate: the earliest the vendor's documented sliding windows (the ones the
 *    mock enforces: Personio 300/min and 15/s, HiBob 50/min on the search)
 *    let the last request start, plus its latency. For Personio's 100 pages
 *    that is the 15/s burst window (6 s), not 100 ÷ 300/min (20 s): the
 *    minute window never fills.
 * A second run of the same chain with no latency and no rate limit, one
 * request at a time, gives the chain's own time, and the part of it the mock
 * vendor spends producing its answers (in its thread, while the chain waits),
 * printed beside the ratio.
 *
 * Prints one JSON object on stdout.
 */
import { Worker } from 'node:worker_threads';
import { createProxyClient, DEFAULT_RETRY_POLICY, retrieve, type ProviderId } from '../../src/core/index.js';
// From its module, not through the core's index: esbuild bundles the providers module (also loaded lazily by
// `loadProvider`) as a module initialised on first import, and a re-export through `export *` does not initialise it.
import { getProvider } from '../../src/core/providers/index.js';
import { VENDOR_RATE_RULES, type RequestLogEntry } from '../../src/testing/index.js';

const vendor = (process.argv[2] ?? 'personio') as ProviderId;
const size = Number(process.argv[3] ?? '10000');
const LATENCY_MS = 50;
const TODAY = '2026-01-15';

interface Run {
  readonly wallMs: number;
  /**
   * When the chain's thread took in the last answer, from the start (later than the vendor sent it while that thread
   * is busy with earlier answers): what the chain did after it is its own tail.
   */
  readonly lastAnswerMs: number;
  readonly vendorMs: number;
  readonly status: string;
  readonly records: number;
  readonly retries: number;
  readonly log: readonly RequestLogEntry[];
  /** Pages each resource needed, up to the one that ended it (requests read ahead past the end not counted). */
  readonly pagesPerResource: readonly number[];
}

interface ServerAnswer { readonly kind: string; readonly id?: number; readonly [key: string]: unknown }

/**
 * The mock vendors and the reference proxy, in their own thread (`retrieval-server.ts`): the chain reaches them
 * through `fetch`, its requests and their answers crossing as messages (bodies transferred, as bytes cross a
 * network). Control messages are answered in the order sent.
 */
function openServer() {
  const worker = new Worker(new URL('./retrieval-server.mjs', import.meta.url), { workerData: { vendor, size, seed: 11, today: TODAY, latencyMs: LATENCY_MS } });
  const pending = new Map<number, (answer: ServerAnswer) => void>();
  const controls: ((answer: ServerAnswer) => void)[] = [];
  let nextId = 0;
  let failed: Error | null = null;
  let lastAnswerAt = 0;
  const fail = (error: Error) => {
    failed = error;
    for (const settle of [...pending.values(), ...controls]) settle({ kind: 'failed' });
  };
  worker.on('message', (answer: ServerAnswer) => {
    if (answer.kind === 'response') {
      pending.get(answer.id!)?.(answer);
      pending.delete(answer.id!);
    } else {
      controls.shift()?.(answer);
    }
  });
  worker.on('error', fail);
  worker.on('exit', (code) => { if (code !== 0) fail(new Error(`retrieval-server exited with ${code}`)); });
  const settled = (answer: ServerAnswer): ServerAnswer => {
    if (failed) throw failed;
    return answer;
  };
  const control = (message: Record<string, unknown>) => new Promise<ServerAnswer>((resolve) => {
    controls.push(resolve);
    worker.postMessage(message);
  }).then(settled);
  const serverFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    const id = nextId++;
    const answer = settled(await new Promise<ServerAnswer>((resolve) => {
      pending.set(id, resolve);
      worker.postMessage({ kind: 'request', id, url: request.url, method: request.method, headers: [...request.headers], body }, body === null ? [] : [body]);
    }));
    lastAnswerAt = performance.now();
    return new Response(answer.body as ArrayBuffer | null, { status: answer.status as number, statusText: answer.statusText as string, headers: answer.headers as [string, string][] });
  };
  return { fetch: serverFetch, control, lastAnswerAt: () => lastAnswerAt, close: () => worker.terminate() };
}

async function run(network: boolean): Promise<Run> {
  const server = openServer();
  try {
    const { credentials } = await server.control({ kind: 'credentials' }) as unknown as { credentials: Record<string, string> };
    const client = createProxyClient('http://proxy.bench', { fetch: server.fetch });
    const connected = await client.connect(vendor, credentials);
    if (!connected.ok) throw new Error(`connect failed: ${JSON.stringify(connected.issues)}`);
    await server.control({ kind: 'start', network });
    const start = performance.now();
    // Without network, one request at a time: the vendor's answers then never overlap, so their times add up to its
    // share of the chain instead of counting the same moments several times. The work is the same either way.
    const policy = network ? {} : { concurrency: 1 };
    const outcome = await retrieve({ provider: getProvider(vendor), connectionId: connected.value.id, client, policy });
    const wallMs = performance.now() - start;
    const report = await server.control({ kind: 'report' }) as unknown as { log: RequestLogEntry[]; vendorMs: number };
    return {
      wallMs, lastAnswerMs: server.lastAnswerAt() - start, vendorMs: report.vendorMs, status: outcome.status, records: outcome.records, retries: outcome.retries, log: report.log,
      pagesPerResource: outcome.resources.map((r) => r.pages),
    };
  } finally {
    await server.close();
  }
}

/**
 * The least time the vendor's own rate rules (the mock enforces the documented
 * ones) allow for `count` requests: with a sliding window of `max` requests per
 * `ms`, request i cannot start before ⌊i / max⌋ × ms.
 */
function rateFloor(log: readonly RequestLogEntry[]): number {
  let floor = 0;
  for (const rule of VENDOR_RATE_RULES.filter((r) => r.vendor === vendor)) {
    const count = log.filter((e) => e.method === rule.method && rule.path.test(new URL(e.url).pathname)).length;
    if (count < 2) continue;
    for (const [max, ms] of rule.windows) floor = Math.max(floor, Math.floor((count - 1) / max) * ms + LATENCY_MS);
  }
  return floor;
}

/** What latency and the rate limits allow for the requests of this run. */
function floorOf(log: readonly RequestLogEntry[], pages: readonly number[]): { floorMs: number; latencyFloorMs: number; rateFloorMs: number; requests: number; listRequests: number } {
  const concurrency = DEFAULT_RETRY_POLICY.concurrency;
  const lists = log.filter((e) => e.page !== null);
  let latencyChain: number;
  switch (vendor) {
    case 'personio':
    case 'humaans':
      latencyChain = 1 + Math.ceil((lists.length - 1) / concurrency);
      break;
    case 'lucca':
      // Each list's pages up to its short or empty one; pages the client asked for ahead past the end do not
      // lengthen the chain a page-after-page read would have.
      latencyChain = Math.max(...pages);
      break;
    case 'hibob': {
      // The field metadata and the id listing go out together; then the people searches (one per batch of ids, or
      // one unfiltered search for a tenant that fits one batch), at the run's allowed concurrency.
      const searches = log.filter((e) => e.method === 'POST' && /\/people\/search$/.test(new URL(e.url).pathname)).length;
      latencyChain = 1 + Math.ceil((searches - 1) / concurrency);
      break;
    }
    default:
      // BambooHR: metadata first, then the one list request.
      latencyChain = log.length;
  }
  const latencyFloorMs = latencyChain * LATENCY_MS;
  const rateFloorMs = rateFloor(log);
  return { floorMs: Math.max(latencyFloorMs, rateFloorMs), latencyFloorMs, rateFloorMs, requests: log.length, listRequests: lists.length };
}

const cpu = await run(false);
const real = await run(true);
if (real.status !== 'COMPLETE' || real.records !== size) throw new Error(`${vendor}: ${real.status} with ${real.records} records`);
const floor = floorOf(real.log, real.pagesPerResource);
process.stdout.write(`${JSON.stringify({
  vendor,
  size,
  latencyMs: LATENCY_MS,
  wallMs: real.wallMs,
  lastAnswerMs: real.lastAnswerMs,
  ...floor,
  refused: real.log.filter((e) => e.fault === 'rate-limit').length,
  retries: real.retries,
  chainCpuMs: cpu.wallMs,
  /** Of the no-network run (one request at a time), the time spent inside the mock vendor producing its answers. */
  vendorCpuMs: cpu.vendorMs,
})}\n`);
