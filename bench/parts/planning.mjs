/** Part 1: normalize + filter + map + match + plan against JSON.parse of the same pages. */
import { figure, info, median, mb, ms, round } from '../lib/report.mjs';

// Rounds at 1,000. The per-round ratio spreads widely on a shared 2-core machine (0.55× to 1.40× within one process
// at 100,000): seven rounds, so that up to three slow (or fast) ones do not set the median.
const ROUNDS = 7;
// At 10,000 and 100,000, eight rounds in two processes per size: the level of the ratio also moves from process to
// process (in one run every round of the 100,000 process sat at 1.02–1.04×, in the next at 0.82–0.90×, with
// `JSON.parse` as fast in both), so one process's level would set the figure.
const PAIRS = 2;
const PAIRED_ROUNDS = 4;

export async function planningPart(workers, log) {
  log(`planning 1,000 records, ${ROUNDS} rounds`);
  const results = [[await workers.run('planning', [1000, ROUNDS])], [], []];
  // 10,000 and 100,000, whose quotient is the growth figure, each in processes of their own but round for round side
  // by side: run minutes apart, the machine's speed moved in between (JSON.parse alone grew 10.2–15.0× between the
  // two processes in four full runs).
  for (let pair = 0; pair < PAIRS; pair += 1) {
    log(`planning 10,000 and 100,000 records, process pair ${pair + 1} of ${PAIRS}, ${PAIRED_ROUNDS} rounds each, alternating`);
    const tenK = workers.start('planning', [10_000, PAIRED_ROUNDS, 'paired']);
    await tenK.ready;
    const hundredK = workers.start('planning', [100_000, PAIRED_ROUNDS, 'paired']);
    await hundredK.ready;
    for (let r = 0; r < PAIRED_ROUNDS; r += 1) {
      await tenK.step();
      await hundredK.step();
    }
    results[1].push(await tenK.finish());
    results[2].push(await hundredK.finish());
  }
  const sizes = results.map((processes) => {
    const r = merged(processes);
    // Each round times JSON.parse and the pipeline back to back: the median of the per-round ratios cancels most noise.
    const ratios = r.parseRuns.map((p, i) => r.pipelineRuns[i] / p);
    const processRatios = processes.map((p) => round(median(p.parseRuns.map((q, i) => p.pipelineRuns[i] / q)), 3));
    return { ...r, ratio: median(ratios), roundRatios: ratios.map((x) => round(x, 3)), processRatios };
  });
  const at = (n) => sizes.find((s) => s.size === n);
  const figures = sizes.map((s) => figure('planning', `${s.size.toLocaleString('en')} records ÷ JSON.parse`, s.ratio, s.size === 100_000 ? 1.0 : Infinity,
    `pipeline ${ms(s.pipelineMs)} / parse ${ms(s.parseMs)} of ${mb(s.rawBytes)} (${s.pages} pages, ${s.hostRecords.toLocaleString('en')} host records); rounds ${Math.min(...s.roundRatios).toFixed(2)}–${Math.max(...s.roundRatios).toFixed(2)}×${s.processes > 1 ? `; per process ${s.processRatios.map((x) => `${x.toFixed(2)}×`).join(', ')}` : ''}`))
    .map((f) => (f.budget === Infinity ? { ...f, budget: null, pass: true } : f));
  // Growth from the pipeline's run time on the main thread (Linux schedstat; the process's CPU time elsewhere), not
  // from wall time, which also measures how loaded the machine was at each moment. The process's CPU time (V8's
  // helper threads included) and the wall times are printed beside.
  const [big, small] = [at(100_000), at(10_000)];
  const thread = big.pipelineThreadMs !== null && small.pipelineThreadMs !== null;
  const [b, s] = thread ? [big.pipelineThreadMs, small.pipelineThreadMs] : [big.pipelineCpuMs, small.pipelineCpuMs];
  const parseGrowth = thread ? big.parseThreadMs / small.parseThreadMs : big.parseCpuMs / small.parseCpuMs;
  figures.push(figure('planning', `100k ÷ 10k pipeline ${thread ? 'main-thread' : 'CPU'} time`, b / s, 11,
    `${ms(b)} / ${ms(s)}; JSON.parse grew ${parseGrowth.toFixed(1)}×; process CPU ${ms(big.pipelineCpuMs)} / ${ms(small.pipelineCpuMs)} = ${(big.pipelineCpuMs / small.pipelineCpuMs).toFixed(1)}×; wall ${ms(big.pipelineMs)} / ${ms(small.pipelineMs)} = ${(big.pipelineMs / small.pipelineMs).toFixed(1)}×`));
  for (const s of sizes) {
    figures.push(info('planning', `plan hash on first read, ${s.size.toLocaleString('en')}`, ms(s.hashOnFirstReadMs),
      'not in the ratio: the preview never reads it; the sync confirmation does, once per plan'));
  }
  for (const s of sizes) {
    figures.push(info('planning', `peak memory, ${s.size.toLocaleString('en')}`, s.pipelinePeakAboveInputsBytes === null ? 'n/a' : `${mb(s.pipelinePeakAboveInputsBytes)} above the inputs`,
      `one cold run's resident high-water mark over ${mb(s.inputsResidentBytes)} resident with the parsed pages; process peak ${mb(s.peakResidentBytes)}; the plan keeps ${mb(s.planRetainedHeapBytes)} of heap`));
  }
  return { figures, details: { sizes } };
}

/**
 * One size's processes as one result: every round of every process (medians over all of them), the hash's median
 * over the processes, and the first process's memory figures (each process sets up and measures the same way).
 */
function merged(processes) {
  const all = (key) => processes.flatMap((p) => p[key]);
  const medianOrNull = (values) => (values.includes(null) ? null : median(values));
  return {
    ...processes[0],
    processes: processes.length,
    parseRuns: all('parseRuns'), pipelineRuns: all('pipelineRuns'),
    parseCpuRuns: all('parseCpuRuns'), pipelineCpuRuns: all('pipelineCpuRuns'),
    parseThreadRuns: all('parseThreadRuns'), pipelineThreadRuns: all('pipelineThreadRuns'),
    parseMs: median(all('parseRuns')), pipelineMs: median(all('pipelineRuns')),
    parseCpuMs: median(all('parseCpuRuns')), pipelineCpuMs: median(all('pipelineCpuRuns')),
    parseThreadMs: medianOrNull(all('parseThreadRuns')), pipelineThreadMs: medianOrNull(all('pipelineThreadRuns')),
    hashOnFirstReadMs: median(processes.map((p) => p.hashOnFirstReadMs)),
  };
}
