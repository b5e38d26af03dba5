/**
 * Text the preview derives from plan data: reason sentences for issue codes,
 * field labels (host schema labels, pseudo fields translated), and the
 * localized xlsx export (labels handed to the core's `exportPlanXlsx`, then
 * downloaded through an object URL).
 */
import type { HostSchema } from '../../core/host.js';
import { exportPlanXlsx, type PlanExportLabels } from '../../core/plan-export.js';
import type { SyncPlan } from '../../core/plan-types.js';
import type { Issue } from '../../core/result.js';
import type { Formatter } from '../../translations/index.js';

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/** Issue → sentence, with the identifier kind (a param) translated. */
export function reasonText(fmt: Formatter): (issue: Issue) => string {
  const p = fmt.t.syncPreview;
  return (issue) => {
    const params = { ...(issue.params ?? {}) };
    const id = params['identifier'];
    if (typeof id === 'string' && has(p.identifiers, id)) params['identifier'] = p.identifiers[id]!;
    const own = has(p.reasons, issue.code) ? p.reasons[issue.code] : undefined;
    if (own) return own(params);
    if (has(p.retrieval, issue.code)) return p.retrieval[issue.code]!;
    return p.unknownReason(issue.code);
  };
}

/** Host field id → the label the user knows (schema label; pseudo fields translated). */
export function fieldLabeller(fmt: Formatter, schema: HostSchema | undefined): (field: string) => string {
  const p = fmt.t.syncPreview;
  const labels = new Map((schema?.fields ?? []).map((f) => [f.id, f.label]));
  return (field) => (has(p.pseudoFields, field) ? p.pseudoFields[field]! : (labels.get(field) ?? field));
}

export function exportLabels(fmt: Formatter, schema: HostSchema | undefined): PlanExportLabels {
  const p = fmt.t.syncPreview;
  const e = p.exportLabels;
  return {
    planSheet: e.planSheet,
    changesSheet: e.changesSheet,
    columns: e.columns,
    bucket: (bucket) => p.buckets[bucket],
    action: (action) => e.actions[action],
    field: fieldLabeller(fmt, schema),
    reason: reasonText(fmt),
    excludedBy: (rule) => p.excludedBy(rule + 1),
  };
}

/** Writes the plan as xlsx (SheetJS loaded on first use) and offers it as a download. */
export async function exportFile(fmt: Formatter, plan: SyncPlan, schema: HostSchema | undefined): Promise<void> {
  const bytes = await exportPlanXlsx(plan, exportLabels(fmt, schema));
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fmt.t.syncPreview.fileName;
    a.rel = 'noopener';
    a.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
