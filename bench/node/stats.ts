/** Small helpers shared by the Node bench workers. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds one synchronous call takes. */
export function timeOnce(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}
