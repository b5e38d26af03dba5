/** Small helpers shared by the Node bench workers. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Wall time and CPU time (user + system of the whole process, so V8's
 * background GC and compiler threads count) of one synchronous call, in ms.
 * CPU time is the work done, whatever else the machine runs meanwhile.
 */
export function timeAndCpu(work: () => void): { readonly wallMs: number; readonly cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}
