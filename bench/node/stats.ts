import { readFileSync } from 'node:fs';

/** Small helpers shared by the Node bench workers. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nanoseconds the calling thread has run (Linux `/proc/thread-self/schedstat`), or null where that is not readable. */
function threadRunNs(): number | null {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

/**
 * Wall time, the main thread's run time (what the work itself costs on the
 * thread that waits for it, whatever else the machine runs meanwhile; null
 * off Linux), and the whole process's CPU time (user + system, so V8's
 * background GC and compiler threads count) of one synchronous call, in ms.
 */
export function timeAndCpu(work: () => void): { readonly wallMs: number; readonly threadMs: number | null; readonly cpuMs: number } {
  const cpu = process.cpuUsage();
  const thread = threadRunNs();
  const start = performance.now();
  work();
  const wallMs = performance.now() - start;
  const threadEnd = threadRunNs();
  const used = process.cpuUsage(cpu);
  return { wallMs, threadMs: thread === null || threadEnd === null ? null : (threadEnd - thread) / 1e6, cpuMs: (used.user + used.system) / 1000 };
}
