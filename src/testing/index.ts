/**
 * `hris-kit/testing`: faithful mock vendors over one seeded population, with
 * injectable faults, latency and rate limits, for the demo, tests, benchmarks
 * and hosts testing their own integration.
 */
export { createMockVendors } from './mock-vendors.js';
export type { Latency, MockVendors, MockVendorsOptions, RequestLogEntry } from './mock-vendors.js';
export { generatePeople, MAX_SIZE, MOCK_STATUSES, duplicateOf } from './generator.js';
export type { GenerateOptions, MockPay, MockPerson, MockStatus, Population } from './generator.js';
export { FAULT_KINDS } from './faults.js';
export type { Fault, FaultKind, FaultTarget } from './faults.js';
export { createManualClock, systemClock } from './clock.js';
export type { ManualClock, MockClock } from './clock.js';
export { VENDOR_RATE_RULES } from './rate-limit.js';
export type { VendorCredentials } from './vendors/types.js';
export * from './records.js';
