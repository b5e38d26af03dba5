/** Part 2: wall time of a full retrieval over the mock vendors against what latency and rate limits allow. */
import { figure, ms } from '../lib/report.mjs';

const VENDORS = ['personio', 'hibob', 'lucca'];
const SIZE = 10_000;

export async function retrievalPart(workers, log) {
  const vendors = [];
  for (const vendor of VENDORS) {
    log(`retrieval ${vendor}, ${SIZE.toLocaleString('en')} employees, 50 ms latency, rate limits on`);
    vendors.push(await workers.run('retrieval', [vendor, SIZE]));
  }
  const figures = vendors.map((v) => figure('retrieval', `${v.vendor} 10,000 ÷ floor`, v.wallMs / v.floorMs, 1.15,
    `wall ${ms(v.wallMs)} / floor ${ms(v.floorMs)}, the last answer in at ${ms(v.lastAnswerMs)} (${v.requests} requests; latency ${ms(v.latencyFloorMs)}, rate ${ms(v.rateFloorMs)}; ${v.refused} refused; the chain alone, no network: ${ms(v.chainCpuMs)}, of which the mock vendor ${ms(v.vendorCpuMs)})`));
  return { figures, details: { size: SIZE, vendors } };
}
