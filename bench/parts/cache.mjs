/** Part 3: the snapshot cache module against bare idb put/get of the same 100,000 records, in Chromium. */
import { figure, median, ms } from '../lib/report.mjs';

const SIZE = 100_000;
const ROUNDS = 4;

export async function cachePart(browser, log) {
  log(`cache ${SIZE.toLocaleString('en')} records in Chromium, ${ROUNDS} rounds`);
  const page = await browser.open('cache.html');
  try {
    const r = await page.tab.evaluate(([size, rounds]) => globalThis.benchCache(size, rounds), [SIZE, ROUNDS]);
    const m = (list, key) => median(list.map((x) => x[key]));
    const write = [m(r.module, 'writeMs'), m(r.bare, 'writeMs')];
    const read = [m(r.module, 'readMs'), m(r.bare, 'readMs')];
    const figures = [
      figure('cache', '100,000 write ÷ bare idb put', write[0] / write[1], 1.3, `module ${ms(write[0])} / bare ${ms(write[1])}`),
      figure('cache', '100,000 read ÷ bare idb get', read[0] / read[1], 1.3, `module ${ms(read[0])} / bare ${ms(read[1])} (the module revalidates every record against the EmployeeRecord schema)`),
    ];
    return { figures, details: r };
  } finally {
    await page.close();
  }
}
