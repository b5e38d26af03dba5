/** Part 3: the snapshot cache module against bare idb put/get of the same 100,000 records, in Chromium. */
import { figure, median, ms } from '../lib/report.mjs';

const SIZE = 100_000;
// IndexedDB's own times spread widely from one write to the next (the same bare write took 603–1,105 ms within minutes):
// eight rounds, each pairing a module write with a bare one made just before or after it, and the median of the
// per-round ratios, as the planning part does.
const ROUNDS = 8;

export async function cachePart(browser, log) {
  log(`cache ${SIZE.toLocaleString('en')} records in Chromium, ${ROUNDS} rounds`);
  const page = await browser.open('cache.html');
  try {
    const r = await page.tab.evaluate(([size, rounds]) => globalThis.benchCache(size, rounds), [SIZE, ROUNDS]);
    const m = (list, key) => median(list.map((x) => x[key]));
    const ratios = (key) => r.module.map((x, i) => x[key] / r.bare[i][key]);
    const spread = (list) => `rounds ${Math.min(...list).toFixed(2)}–${Math.max(...list).toFixed(2)}×`;
    const [write, read] = [ratios('writeMs'), ratios('readMs')];
    const figures = [
      figure('cache', '100,000 write ÷ bare idb put', median(write), 1.3, `module ${ms(m(r.module, 'writeMs'))} / bare ${ms(m(r.bare, 'writeMs'))} (medians); ${spread(write)}`),
      figure('cache', '100,000 read ÷ bare idb get', median(read), 1.3,
        `module ${ms(m(r.module, 'readMs'))} / bare ${ms(m(r.bare, 'readMs'))} (medians); ${spread(read)}; the module revalidates every record against the EmployeeRecord schema`),
    ];
    return { figures, details: r };
  } finally {
    await page.close();
  }
}
