/**
 * `hris-kit/core`: the framework-free core. No Lit, no DOM: it runs in the
 * browser and in Node (a host's nightly sync runs the same code).
 */
export * from './result.js';
export * from './model.js';
export * from './sensitive.js';
export * from './providers/index.js';
export { runPipeline, type Draft, type DraftField, type DraftResult } from './providers/shared.js';
export * from './normalize.js';
export * from './proxy-client.js';
export * from './proxy-http.js';
