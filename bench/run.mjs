/**
 * `npm run bench`: what a host and an HR admin feel, each figure a ratio
 * against a baseline measured in the same run (so a slow or busy machine
 * moves both sides), printed as a table and written to `bench/results.json`.
 *
 *   node bench/run.mjs                     every part, results.json written
 *   node bench/run.mjs --only=planning,weight   some parts, printed only
 *
 * Parts: planning (Node), retrieval (Node, real clock), cache and preview
 * (Chromium), weight (build). No test asserts a time; this is the only place
 * figures are judged, and a MISS is reported, not hidden.
 */
import { cpus, loadavg } from 'node:os';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleWorkers } from './lib/node-workers.mjs';
import { printTable } from './lib/report.mjs';
import { planningPart } from './parts/planning.mjs';
import { retrievalPart } from './parts/retrieval.mjs';
import { cachePart } from './parts/cache.mjs';
import { previewPart } from './parts/preview.mjs';
import { weightPart } from './parts/weight.mjs';
import { openBrowserBench } from './lib/browser.mjs';

const PARTS = ['planning', 'retrieval', 'cache', 'preview', 'weight'];
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : PARTS;
const unknown = only.filter((p) => !PARTS.includes(p));
if (unknown.length > 0) throw new Error(`unknown part(s): ${unknown.join(', ')}; parts are ${PARTS.join(', ')}`);

const started = Date.now();
const log = (line) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}\n`);
const results = {
  generatedAt: new Date().toISOString(),
  machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))) },
  figures: [],
  parts: {},
};

const workers = only.includes('planning') || only.includes('retrieval') ? await bundleWorkers(['planning', 'retrieval', 'retrieval-server']) : null;
const browser = only.includes('cache') || only.includes('preview') ? await openBrowserBench() : null;
try {
  for (const part of PARTS.filter((p) => only.includes(p))) {
    log(`${part}…`);
    const run = {
      planning: () => planningPart(workers, log),
      retrieval: () => retrievalPart(workers, log),
      cache: () => cachePart(browser, log),
      preview: () => previewPart(browser, log),
      weight: () => weightPart(log),
    }[part];
    const { figures, details } = await run();
    results.figures.push(...figures);
    results.parts[part] = details;
  }
} finally {
  workers?.dispose();
  await browser?.close();
}

results.durationSeconds = Math.round((Date.now() - started) / 1000);
results.machine.loadAverageAtEnd = loadavg().map((n) => Number(n.toFixed(2)));
process.stdout.write(`\n${printTable(results.figures)}\n\n`);
const missed = results.figures.filter((f) => 'pass' in f && !f.pass);
process.stdout.write(missed.length === 0 ? 'Every budget met.\n' : `${missed.length} budget(s) missed: ${missed.map((f) => `${f.part} ${f.label}`).join('; ')}. See the README's Performance section.\n`);
if (only.length === PARTS.length) {
  writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write('Written to bench/results.json.\n');
}
