/**
 * The one empty list the planner shares for an entry's changes, reasons or
 * warnings when it has none (most entries): frozen, so no holder can change it
 * for the others. Internal: not exported from `hris-kit/core`.
 */
export const NONE: readonly never[] = Object.freeze([]);
