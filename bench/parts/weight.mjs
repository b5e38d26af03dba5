/** Part 5: bytes a host page loads for the three elements + core, against the 40 kB budget and StackOne Hub. */
import { measureWeight } from '../weight.mjs';
import { figure, info, kb } from '../lib/report.mjs';

const BUDGET_GZIP = 40_000;
const STACKONE_HUB_GZIP = 591_000;

/**
 * What Chromium fetched before the three first screens of a new user were up:
 * against the same budget, and no lazy chunk may be on the list (a MISS if one is).
 */
function firstScreen(fetched) {
  if (!fetched) return [];
  const lazy = fetched.lazyFetched;
  return [
    figure('weight', 'fetched in Chromium for the first screens, gzip ÷ 40 kB', fetched.gzipBytes / BUDGET_GZIP, 1.0, `${kb(fetched.gzipBytes)} gzip in ${fetched.files} files, ${kb(fetched.rawBytes)} minified${fetched.initialNotFetched.length > 0 ? `; static chunks not fetched: ${fetched.initialNotFetched.join(', ')}` : ''}`),
    figure('weight', 'lazy chunks fetched before the first screens', lazy.length, 0, lazy.length === 0 ? 'none' : lazy.join(', '), ''),
  ];
}

export async function weightPart(log) {
  log('weight: vite build of the elements as a host loads them, then the new-user page in Chromium');
  const w = await measureWeight();
  const figures = [
    figure('weight', 'initial load, gzip ÷ 40 kB budget', w.initial.gzipBytes / BUDGET_GZIP, 1.0, `${kb(w.initial.gzipBytes)} gzip, ${kb(w.initial.brotliBytes)} brotli, ${kb(w.initial.rawBytes)} minified`),
    ...firstScreen(w.firstScreen),
    info('weight', 'a returning admin (three elements connected)', `${kb(w.connected.gzipBytes)} gz`, `initial load + the three connected screens' chunks and their static imports (${w.connected.files} files, ${kb(w.connected.brotliBytes)} brotli, ${kb(w.connected.rawBytes)} minified); no budget: loaded because each screen needs it`),
    info('weight', 'vs StackOne Hub (591 kB gz)', `${(STACKONE_HUB_GZIP / w.initial.gzipBytes).toFixed(1)}× smaller`, `${kb(w.initial.gzipBytes)} vs ${kb(STACKONE_HUB_GZIP)} gzip`),
    ...w.chunks.filter((c) => !c.initial).map((c) => info('weight', `lazy: ${c.what}`, `${kb(c.gzipBytes)} gz`, `when: ${c.loadedWhen}; ${kb(c.brotliBytes)} brotli, ${kb(c.rawBytes)} minified, ${c.file}`)),
  ];
  return { figures, details: w };
}
