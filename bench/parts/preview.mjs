/** Part 4: <hris-sync-preview> time to first rows painted, 100,000 rows against 1,000; longest task while scrolling. */
import { figure, info, median, ms } from '../lib/report.mjs';

// The 100,000-row times are bimodal (30–40 ms or 56–92 ms over 8 rounds in one page; garbage collection takes about
// a quarter of the window in a profile either way): with 3 rounds the median was a coin toss.
const ROUNDS = 7;
const SCROLL_STEPS = 100;

export async function previewPart(browser, log) {
  const page = await browser.open('preview.html');
  try {
    const runs = { 1000: [], 100000: [] };
    for (let r = 0; r < ROUNDS; r += 1) {
      for (const size of [1000, 100_000]) {
        log(`preview ${size.toLocaleString('en')} rows, round ${r + 1} of ${ROUNDS}${r === ROUNDS - 1 ? ', then scrolling' : ''}`);
        runs[size].push(await page.tab.evaluate(([n, steps]) => globalThis.benchPreview(n, steps), [size, r === ROUNDS - 1 ? SCROLL_STEPS : 0]));
      }
    }
    if (page.errors.length > 0) throw new Error(`preview page errors: ${page.errors.join('\n')}`);
    const first = (size) => median(runs[size].map((x) => x.firstRowsMs));
    const scroll = (size) => runs[size].at(-1);
    const figures = [
      figure('preview', '100,000 ÷ 1,000 rows, to first rows painted', first(100_000) / first(1000), 1.5,
        `${ms(first(100_000))} / ${ms(first(1000))} (${scroll(100_000).rowsListed.toLocaleString('en')} rows listed, ${scroll(100_000).rowsInDom} in the DOM)`),
      ...[1000, 100_000].map((size) => {
        const run = scroll(size);
        return info('preview', `longest task scrolling ${size.toLocaleString('en')} rows`, run.longTasks === 0 ? 'none ≥ 50 ms' : ms(run.longestTaskMs),
          `${run.longTasks} long tasks over ${run.scrollSteps} scroll steps (${ms(run.scrollMs)}); frames: longest ${ms(run.longestFrameMs)}, median ${ms(run.medianFrameMs)}`);
      }),
    ];
    return { figures, details: runs };
  } finally {
    await page.close();
  }
}
