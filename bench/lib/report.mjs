/** Figures, their budgets, and the table `npm run bench` prints. */

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One budgeted figure: `ratio` against its same-run baseline, `budget` the
 * largest ratio allowed, `raw` the measured times (or sizes) it came from.
 */
export function figure(part, label, ratio, budget, raw, unit = '×') {
  return { part, label, ratio: round(ratio, 3), budget, unit, pass: Number.isFinite(ratio) && ratio <= budget, raw };
}

/** An informative figure: reported, no budget. */
export function info(part, label, value, raw = '') {
  return { part, label, value, raw };
}

export const round = (n, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);
export const ms = (n) => (Number.isFinite(n) ? `${n >= 100 ? n.toFixed(0) : n.toFixed(1)} ms` : 'n/a');
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

export function printTable(rows) {
  const lines = rows.map((r) => {
    if ('value' in r) return [r.part, r.label, String(r.value), '', r.raw];
    const ratio = `${r.ratio.toFixed(2)}${r.unit}`;
    if (r.budget === null) return [r.part, r.label, `${ratio} (no budget)`, '', r.raw];
    return [r.part, r.label, `${ratio} (≤ ${r.budget}${r.unit})`, r.pass ? 'PASS' : 'MISS', r.raw];
  });
  const header = ['part', 'figure', 'ratio (budget)', '', 'raw'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [fmt(header), widths.map((w, i) => (i === widths.length - 1 ? '-'.repeat(Math.min(w, 40)) : '-'.repeat(w))).join('  '), ...lines.map(fmt)].join('\n');
}
