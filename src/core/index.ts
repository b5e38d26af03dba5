/**
 * `hris-kit/core`: the framework-free core. No Lit, no DOM: it runs in the
 * browser and in Node (a host's nightly sync runs the same code).
 */
export * from './result.js';
export * from './model.js';
export * from './sensitive.js';
export * from './providers/index.js';
export * from './providers/info.js';
export { runPipeline, type Draft, type DraftField, type DraftResult } from './providers/shared.js';
export * from './normalize.js';
export * from './proxy-client.js';
export * from './proxy-http.js';
export * from './hash.js';
export * from './host.js';
export * from './presets.js';
export * from './sources.js';
export * from './config.js';
export * from './filters.js';
export * from './phone.js';
export * from './matching.js';
export { compileMapper, mapRecord, type CompiledMapper, type CompiledMapping, type MappedValues, type MapperOptions } from './mapping.js';
export * from './plan-types.js';
export { planSync, type PlanOptions } from './plan.js';
export { sameValue } from './plan-changes.js';
export * from './plan-apply.js';
export * from './bulk.js';
export * from './bulk-export.js';
export * from './bulk-import.js';
export { FORMULA_TRIGGERS, loadSheetJs, neutralizeCell, unneutralizeCell, writeCsv, writeXlsx, type CsvOptions, type SheetData, type SheetJs, type SheetValue } from './spreadsheet.js';
export * from './retrieval.js';
export { RetryBudget } from './retry.js';
export { RequestPacer, Semaphore, rateWindows, type RateWindow, type RequestPacerOptions } from './rate-limit.js';
export * from './snapshot.js';
export * from './config-view.js';
export * from './config-edit.js';
export * from './plan-view.js';
export * from './plan-export.js';
export * from './sync-run.js';
