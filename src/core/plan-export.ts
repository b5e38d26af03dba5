/**
 * The sync plan as a spreadsheet: a "plan" sheet with one row per entry
 * (bucket, person, identifier, ids, action, reasons) and a "changes" sheet
 * with one row per field change (old → new). The caller supplies every
 * visible text (headers, bucket, action and field names, reason sentences)
 * so the core stays free of user-facing text. Writing goes through
 * `spreadsheet.ts`: SheetJS loaded on first use, every text cell neutralized.
 */
import type { Issue } from './result.js';
import { PLAN_BUCKETS, type PlanAction, type PlanBucket, type PlanEntry, type SyncPlan } from './plan-types.js';
import { writeXlsx, type SheetData, type SheetValue } from './spreadsheet.js';

export interface PlanExportLabels {
  readonly planSheet: string;
  readonly changesSheet: string;
  readonly columns: {
    readonly bucket: string;
    readonly name: string;
    readonly identifier: string;
    readonly hrisId: string;
    readonly hostId: string;
    readonly action: string;
    readonly changes: string;
    readonly reasons: string;
    readonly field: string;
    readonly before: string;
    readonly after: string;
  };
  readonly bucket: (bucket: PlanBucket) => string;
  readonly action: (action: PlanAction) => string;
  /** A host field id (or `$hrisId`, `$group`, `$tags`) as the user knows it. */
  readonly field: (field: string) => string;
  /** One reason (or warning) as a sentence. */
  readonly reason: (issue: Issue) => string;
  /** Why an excluded entry was excluded: the "Sync if" rule at this index. */
  readonly excludedBy: (rule: number) => string;
}

const text = (value: string | null): SheetValue => ({ text: value });

function reasonsOf(entry: PlanEntry, labels: PlanExportLabels): string {
  const parts = [...entry.reasons, ...entry.warnings].map(labels.reason);
  if (entry.excludedBy !== null) parts.unshift(labels.excludedBy(entry.excludedBy));
  return parts.join('\n');
}

/** The two sheets of a plan export (header row first); buckets in the plan's order. */
export function planExportSheets(plan: SyncPlan, labels: PlanExportLabels): SheetData[] {
  const c = labels.columns;
  const planRows: SheetValue[][] = [[c.bucket, c.name, c.identifier, c.hrisId, c.hostId, c.action, c.changes, c.reasons]];
  const changeRows: SheetValue[][] = [[c.bucket, c.name, c.hrisId, c.field, c.before, c.after]];
  for (const bucket of PLAN_BUCKETS) {
    for (const entry of plan[bucket]) {
      const bucketLabel = labels.bucket(bucket);
      planRows.push([
        bucketLabel, entry.displayName, text(entry.identifier), text(entry.hrisId), text(entry.hostId),
        labels.action(entry.action), entry.changes.length, reasonsOf(entry, labels),
      ]);
      for (const change of entry.changes) {
        changeRows.push([bucketLabel, entry.displayName, text(entry.hrisId), labels.field(change.field), change.before, change.after]);
      }
    }
  }
  return [
    { name: labels.planSheet, rows: planRows },
    { name: labels.changesSheet, rows: changeRows },
  ];
}

/** The plan as xlsx bytes (SheetJS is loaded on the first call). */
export function exportPlanXlsx(plan: SyncPlan, labels: PlanExportLabels): Promise<Uint8Array> {
  return writeXlsx(planExportSheets(plan, labels));
}
