/** Part 1: normalize + filter + map + match + plan against JSON.parse of the same pages. */
import { figure, info, median, mb, ms, round } from '../lib/report.mjs';

// Rounds per size. At 100,000 the per-round ratio spreads widely on a shared 2-core machine (0.55× to 1.40× within
// one process): seven rounds, so that up to three slow (or fast) ones do not set the median.
const ROUNDS = 7;

export async function planningPart(workers, log) {
  const results = [];
  log(`planning 1,000 records, ${ROUNDS} rounds`);
  results.push(await workers.run('planning', [1000, ROUNDS]));
  // 10,000 and 100,000, whose quotient is the growth figure, each in its own process as before but round for round
  // side by side: the 100,000 process used to run minutes after the 10,000 one, and the machine's speed moved in
  // between (JSON.parse alone grew 10.2–15.0× between the two processes in four runs of one round).
  log(`planning 10,000 and 100,000 records, ${ROUNDS} rounds each, alternating`);
  const tenK = workers.start('planning', [10_000, ROUNDS, 'paired']);
  await tenK.ready;
  const hundredK = workers.start('planning', [100_000, ROUNDS, 'paired']);
  await hundredK.ready;
  for (let r = 0; r < ROUNDS; r += 1) {
    await tenK.step();
    await hundredK.step();
  }
  results.push(await tenK.finish(), await hundredK.finish());
  const sizes = results.map((r) => {
    // Each round times JSON.parse and the pipeline back to back: the median of the per-round ratios cancels most noise.
    const ratios = r.parseRuns.map((p, i) => r.pipelineRuns[i] / p);
    return { ...r, ratio: median(ratios), roundRatios: ratios.map((x) => round(x, 3)) };
  });
  const at = (n) => sizes.find((s) => s.size === n);
  const figures = sizes.map((s) => figure('planning', `${s.size.toLocaleString('en')} records ÷ JSON.parse`, s.ratio, s.size === 100_000 ? 1.0 : Infinity,
    `pipeline ${ms(s.pipelineMs)} / parse ${ms(s.parseMs)} of ${mb(s.rawBytes)} (${s.pages} pages, ${s.hostRecords.toLocaleString('en')} host records); rounds ${Math.min(...s.roundRatios).toFixed(2)}–${Math.max(...s.roundRatios).toFixed(2)}×`))
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
