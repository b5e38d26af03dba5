/**
 * Bench 1, planning, for one size N (one process per size, so memory figures
 * do not mix): the Personio list pages of an N-person mock population as the
 * vendor sends them, and N host records built from the same people (linked,
 * matched by identifier, matched by name, changed, host-only).
 *
 * Measured: extract + normalize + filter + map + match + plan (`normalize`,
 * `planSync`; the plan's hash, taken when first read, is timed apart), each
 * round on a freshly parsed copy of the pages (parsed untimed) that is
 * dropped once normalized, as retrieval drops its raw items
 * (see `pipelineAsRun`). Baseline, in the same process and interleaved with
 * it: `JSON.parse` of the same page texts. Each is run several times; the median
 * of the per-round ratios is kept. The main thread's run time and the
 * process's CPU time of the same rounds are reported beside the wall times:
 * the size-to-size growth is taken from the main thread's run time.
 * Memory: how far one cold pipeline run
 * lifts the resident set above the parsed inputs, the process's overall peak,
 * and the heap the plan keeps alive (settled heap with it less without it).
 *
 * With `paired` as third argument, the rounds are paced from outside: once set
 * up, the worker prints `{"ready":true}` and runs one round per `round` line on
 * stdin, printing `{"round":r}` after each. The bench pairs the 10,000 and
 * 100,000 processes that way, round for round, so the two sizes are timed
 * side by side in time (each in its own heap) rather than minutes apart.
 *
 * Prints one JSON object on stdout (the last line).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { defaultSyncConfig, getProvider, normalize, PLAN_BUCKETS, planSync, type HostRecord, type SyncConfig, type SyncPlan } from '../../src/core/index.js';
import { createMockVendors } from '../../src/testing/index.js';
import { median, timeAndCpu } from './stats.js';

const TODAY = '2026-01-15';
const NOW = new Date(`${TODAY}T09:00:00Z`);
const size = Number(process.argv[2] ?? '1000');
const rounds = Number(process.argv[3] ?? '5');
const paired = process.argv[4] === 'paired';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Every list page as the mock Personio answers it, as text. */
async function personioPages(n: number): Promise<string[]> {
  const mocks = createMockVendors({ seed: 7, size: n, today: TODAY });
  const c = mocks.credentials.personio.valid;
  const auth = await mocks.fetch('https://api.personio.de/v1/auth', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client_id: c['clientId'], client_secret: c['clientSecret'] }),
  });
  const token = ((await auth.json()) as { data: { token: string } }).data.token;
  const pages: string[] = [];
  for (let offset = 0; offset < n; offset += 100) {
    const response = await mocks.fetch(`https://api.personio.de/v1/company/employees?limit=100&offset=${offset}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`mock Personio answered ${response.status} at offset ${offset}`);
    pages.push(await response.text());
  }
  return pages;
}

function extractAll(pages: readonly unknown[]): unknown[] {
  const spec = getProvider('personio').resources[0]!;
  const items: unknown[] = [];
  for (const body of pages) {
    const page = spec.extract(body);
    if (!page.ok) throw new Error(`page not extracted: ${JSON.stringify(page.issues)}`);
    for (const item of page.value.items) items.push(item);
  }
  return items;
}

/** The whole pipeline from parsed pages to the plan. */
function pipeline(parsed: readonly unknown[], hosts: readonly HostRecord[], config: SyncConfig) {
  const normalized = normalize('personio', { employees: extractAll(parsed) }, { now: NOW });
  return planSync(normalized.records, hosts, config, { today: TODAY });
}

/**
 * The pipeline as the product runs it: retrieval normalizes the raw items once
 * the last page is in and keeps only the snapshot's records, and the preview
 * plans from those records, so the parsed pages are garbage by the time
 * `planSync` runs. `input.pages` is given up here for that reason (the rounds
 * parse a fresh copy, untimed); the memory figures above keep using `pipeline`.
 */
function pipelineAsRun(input: { pages: readonly unknown[] | null }, hosts: readonly HostRecord[], config: SyncConfig) {
  const items = extractAll(input.pages ?? []);
  input.pages = null;
  const { records } = normalize('personio', { employees: items }, { now: NOW });
  items.length = 0;
  return planSync(records, hosts, config, { today: TODAY });
}

/**
 * N host records: per ten people, four linked by HRIS id and unchanged, two
 * linked with one value changed, two known only by identifier, one only by
 * name; the tenth slot is a host-only record nobody in the HRIS matches.
 */
function hostRecordsFor(parsed: readonly unknown[], config: SyncConfig): HostRecord[] {
  const normalized = normalize('personio', { employees: extractAll(parsed) }, { now: NOW });
  const plan = planSync(normalized.records, [], config, { today: TODAY });
  const hosts: HostRecord[] = [];
  plan.create.forEach((entry, i) => {
    const values: Record<string, HostRecord['values'][string]> = {};
    for (const change of entry.changes) if (!change.field.startsWith('$')) values[change.field] = change.after;
    const slot = i % 10;
    const id = `host-${i}`;
    if (slot < 4) hosts.push({ id, hrisId: entry.hrisId, values });
    else if (slot < 6) hosts.push({ id, hrisId: entry.hrisId, values: { ...values, groupName: 'Old group' } });
    else if (slot < 8) hosts.push({ id, hrisId: null, values });
    else if (slot < 9) hosts.push({ id, hrisId: null, values: { name: values['name'] ?? null } });
    else hosts.push({ id, hrisId: null, values: { identifier: `someone-else-${i}@host.example`, name: `Host Only ${i}` } });
  });
  return hosts;
}

/** Peak resident memory since the last reset, in bytes (Linux); null elsewhere. */
function residentPeak(): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function resetResidentPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const texts = await personioPages(size);
const rawBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
let parsedOnce: unknown[] | null = texts.map((t) => JSON.parse(t) as unknown);
const config: SyncConfig = {
  ...defaultSyncConfig('stakeholder', normalize('personio', { employees: extractAll(parsedOnce.slice(0, 1)) }, { now: NOW }).catalog),
  // One "Sync if" rule that every record is tested against and passes, so
  // filtering is part of the work without making the rest lighter.
  conditions: [{ field: 'employmentType', operator: 'is_one_of', values: ['internal', 'external'] }],
};
// Peak memory first, on a heap that has only parsed the inputs: one cold pipeline run against no host records (every
// record a create), its resident high-water mark (Linux `VmHWM`, reset through `/proc/self/clear_refs`) above what
// was resident before it.
gc();
const residentBefore = process.memoryUsage().rss;
const canReset = resetResidentPeak();
pipeline(parsedOnce, [], config);
const pipelinePeak = canReset ? residentPeak() : null;

const hosts = hostRecordsFor(parsedOnce, config);

// The heap the plan keeps alive (its entries; the normalized records are let go), on a cold run that also warms the
// JIT up: the heap after full collections with the plan held, less the same once it is let go. Measured against the
// heap before the run instead, what the run itself leaves behind (compiled code, caches) counted too, and the figure
// at 10,000 moved between -6.9 and 13.4 MB from run to run.
const settledHeap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
let plan: SyncPlan | null = pipeline(parsedOnce, hosts, config);
const heapWithPlan = settledHeap();
const buckets = Object.fromEntries(PLAN_BUCKETS.map((b) => [b, plan![b].length]));
plan = null;
const heapRetained = heapWithPlan - settledHeap();

texts.forEach((t) => JSON.parse(t));
const parseMs: number[] = [];
const pipelineMs: number[] = [];
const parseCpuMs: number[] = [];
const pipelineCpuMs: number[] = [];
const parseThreadMs: (number | null)[] = [];
const pipelineThreadMs: (number | null)[] = [];
// From here on only the page texts and the host records stay live between rounds (the copy parsed once is dropped).
parsedOnce = null;
let planOfRound: SyncPlan | null = null;
const pacer = paired ? createInterface({ input: process.stdin }) : null;
const commands = pacer?.[Symbol.asyncIterator]() ?? null;
if (paired) process.stdout.write('{"ready":true}\n');
for (let r = 0; r < rounds; r += 1) {
  if (commands) {
    const line = await commands.next();
    if (line.done || line.value.trim() !== 'round') throw new Error(`planning worker: expected "round", got ${line.done ? 'the end of input' : JSON.stringify(line.value)}`);
  }
  gc();
  const p = timeAndCpu(() => { for (const t of texts) JSON.parse(t); });
  const input: { pages: readonly unknown[] | null } = { pages: texts.map((t) => JSON.parse(t) as unknown) };
  gc();
  const q = timeAndCpu(() => { planOfRound = pipelineAsRun(input, hosts, config); });
  if (planOfRound === null) throw new Error('no plan');
  planOfRound = null;
  parseMs.push(p.wallMs);
  parseCpuMs.push(p.cpuMs);
  parseThreadMs.push(p.threadMs);
  pipelineMs.push(q.wallMs);
  pipelineCpuMs.push(q.cpuMs);
  pipelineThreadMs.push(q.threadMs);
  if (paired) process.stdout.write(`{"round":${r}}\n`);
}
pacer?.close();

// The plan's hash is taken when first read (the sync confirmation reads it, the preview does not), so the rounds above
// do not pay for it: timed here on its own, on one more plan.
let lastPlan: SyncPlan | null = pipelineAsRun({ pages: texts.map((t) => JSON.parse(t) as unknown) }, hosts, config);
gc();
const hashStart = performance.now();
if (!/^[0-9a-f]{16}$/.test(lastPlan.hash)) throw new Error('no plan hash');
const hashOnFirstReadMs = performance.now() - hashStart;
lastPlan = null;

process.stdout.write(`${JSON.stringify({
  size,
  pages: texts.length,
  rawBytes,
  hostRecords: hosts.length,
  parseMs: median(parseMs),
  pipelineMs: median(pipelineMs),
  parseRuns: parseMs,
  pipelineRuns: pipelineMs,
  // The same rounds' run time on the main thread (null off Linux) and CPU time of the process (user + system, all
  // threads): the work, whatever the machine's load.
  parseThreadMs: parseThreadMs.includes(null) ? null : median(parseThreadMs as number[]),
  pipelineThreadMs: pipelineThreadMs.includes(null) ? null : median(pipelineThreadMs as number[]),
  parseThreadRuns: parseThreadMs,
  pipelineThreadRuns: pipelineThreadMs,
  parseCpuMs: median(parseCpuMs),
  pipelineCpuMs: median(pipelineCpuMs),
  parseCpuRuns: parseCpuMs,
  pipelineCpuRuns: pipelineCpuMs,
  hashOnFirstReadMs,
  // Resident memory with the inputs loaded (page texts, parsed pages, host records), and the process's peak.
  inputsResidentBytes: residentBefore,
  pipelinePeakAboveInputsBytes: pipelinePeak === null ? null : Math.max(0, pipelinePeak - residentBefore),
  peakResidentBytes: process.resourceUsage().maxRSS * 1024,
  planRetainedHeapBytes: heapRetained,
  buckets,
})}\n`);
