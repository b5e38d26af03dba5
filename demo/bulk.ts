/**
 * "Bulk identifiers" on the demo's records page: download the records as
 * xlsx or CSV with an Identifier column, fill in work emails or employee
 * numbers, upload the file, read the row-by-row report, apply the rows that
 * are safe. Existing records then match the HRIS by identifier instead of
 * being created a second time. All the checking is the core's.
 */
import { html, nothing } from 'lit';
import { applyIdentifierUpdates, type BulkImportReport, type BulkRowOutcome } from '../src/core/bulk.js';
import { exportIdentifierSheet } from '../src/core/bulk-export.js';
import { importIdentifierSheet } from '../src/core/bulk-import.js';
import type { HostSchema, IdentifierKind } from '../src/core/host.js';
import type { Issue } from '../src/core/result.js';
import type { Snapshot } from '../src/core/snapshot.js';
import type { DemoHostAdapter } from './host-adapter.js';
import { COLUMNS } from './views/records-table.js';

export const OUTCOME_LABELS: Readonly<Record<BulkRowOutcome, string>> = {
  set: 'Identifier set',
  unchanged: 'Already set',
  duplicate: 'Duplicate',
  no_hris_match: 'No HRIS match',
  unknown_record: 'Unknown record',
  unreadable: 'Unreadable',
  empty: 'Empty',
};

const REASONS: Readonly<Record<string, string>> = {
  formula_cell: 'the cell holds a formula', error_cell: 'the cell holds an error', date_cell: 'the cell holds a date',
  not_text: 'the cell is not text', number_precision: 'the number lost digits (format the column as text)',
  too_long: 'the value is too long', control_characters: 'the value holds control characters',
  record_id_missing: 'the record ID is blank', record_id_unknown: 'no record has this ID',
  duplicate_in_file: 'the same identifier is on another row', record_repeated: 'the record is on another row too',
  identifier_taken: 'another record already holds this identifier', hris_ambiguous: 'two HRIS records share this identifier',
  record_linked_elsewhere: 'the record is linked to another HRIS employee', hris_record_linked: 'the HRIS employee is linked to another record',
};

const FILE_ISSUES: Readonly<Record<string, string>> = {
  empty_file: 'The file is empty.', file_too_large: 'The file is larger than 5 MB.', too_many_rows: 'The file has more than 10,000 rows.',
  not_a_spreadsheet: 'This is not a spreadsheet the demo can read (xlsx, ods, xls or CSV).',
  missing_columns: 'The file has no "Record ID" and "Identifier" columns. Download the sheet again and fill in its Identifier column.',
};

const KIND_LABELS: Readonly<Record<IdentifierKind, string>> = {
  workEmail: 'Work email', employeeNumber: 'Employee number', personalEmail: 'Personal email',
};

export function reasonText(reason: Issue | null): string {
  return reason ? (REASONS[reason.code] ?? reason.code) : '';
}

export interface BulkContext {
  readonly host: DemoHostAdapter;
  readonly schema: HostSchema;
  readonly identifier: IdentifierKind;
  /** The current HRIS snapshot, or null before the first retrieval. */
  readonly snapshot: () => Promise<Snapshot | null>;
  readonly announce: (text: string) => void;
  readonly update: () => void;
  /** The records changed outside a sync: the preview must list them again. */
  readonly recordsChanged: () => void;
}

export class BulkPanel {
  open = false;
  busy = false;
  report: BulkImportReport | null = null;
  error = '';
  applied = 0;

  constructor(private readonly context: () => BulkContext) {}

  private identifierField(ctx: BulkContext): string {
    return ctx.schema.identifier[ctx.identifier] ?? 'identifier';
  }

  async download(format: 'xlsx' | 'csv'): Promise<void> {
    const ctx = this.context();
    const records = await ctx.host.listRecords();
    const identifierField = this.identifierField(ctx);
    const columns = COLUMNS[ctx.host.preset].slice(0, 4)
      .flatMap((c) => (c.id !== undefined && c.id !== identifierField ? [{ id: c.id, label: c.label }] : []));
    const options = { columns, identifierLabel: KIND_LABELS[ctx.identifier], identifierField: this.identifierField(ctx) };
    const data = format === 'xlsx'
      ? await exportIdentifierSheet(records, { ...options, format: 'xlsx' })
      : await exportIdentifierSheet(records, { ...options, format: 'csv' });
    const type = format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv;charset=utf-8';
    const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${ctx.host.preset}-identifiers.${format}`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    ctx.announce(`Downloaded ${records.length} records as ${format === 'xlsx' ? 'Excel' : 'CSV'}.`);
  }

  async upload(file: File): Promise<void> {
    const ctx = this.context();
    this.set({ busy: true, error: '', report: null, applied: 0 });
    const snapshot = await ctx.snapshot();
    if (!snapshot) {
      this.set({ busy: false, error: 'Retrieve the employees from the HR system first: the identifiers are checked against them.' });
      ctx.announce(this.error);
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await importIdentifierSheet(bytes, {
      hostRecords: await ctx.host.listRecords(),
      hrisRecords: snapshot.records,
      identifier: ctx.identifier,
      identifierField: this.identifierField(ctx),
      identifierLabel: KIND_LABELS[ctx.identifier],
    });
    if (!result.ok) {
      const code = result.issues[0]?.code ?? 'not_a_spreadsheet';
      this.set({ busy: false, error: FILE_ISSUES[code] ?? code });
      ctx.announce(this.error);
      return;
    }
    this.set({ busy: false, report: result.value });
    const c = result.value.counts;
    ctx.announce(`Checked ${result.value.rows.length} rows: ${c.set} to set, ${c.duplicate} duplicates, ${c.no_hris_match} without HRIS match, ${c.unreadable} unreadable.`);
  }

  async apply(): Promise<void> {
    const ctx = this.context();
    const report = this.report;
    if (!report || report.updates.length === 0) return;
    this.set({ busy: true });
    const records = await ctx.host.listRecords();
    const updated = applyIdentifierUpdates(records, report, this.identifierField(ctx));
    const changed = new Set(report.updates.map((u) => u.hostId));
    await ctx.host.putRecords(updated.filter((r) => changed.has(r.id)));
    ctx.recordsChanged();
    this.set({ busy: false, report: null, applied: changed.size });
    ctx.announce(`${changed.size} identifiers saved. The next preview matches these records instead of creating them.`);
  }

  toggle(): void {
    this.set({ open: !this.open, report: null, error: '', applied: 0 });
  }

  private set(patch: Partial<Pick<BulkPanel, 'busy' | 'report' | 'error' | 'applied' | 'open'>>): void {
    Object.assign(this, patch);
    this.context().update();
  }

  render() {
    const ctx = this.context();
    return html`
      <button type="button" class="secondary" aria-expanded=${String(this.open)} aria-controls="bulk-panel" @click=${() => this.toggle()}>
        Bulk identifiers
      </button>
      <section id="bulk-panel" class="bulk" aria-labelledby="bulk-heading" ?hidden=${!this.open}>
        <h3 id="bulk-heading">Bulk identifiers</h3>
        <ol class="bulk-steps">
          <li>Download your records with an <strong>${KIND_LABELS[ctx.identifier]}</strong> column:
            <button type="button" ?disabled=${this.busy} @click=${() => void this.download('xlsx')}>Download Excel (xlsx)</button>
            <button type="button" ?disabled=${this.busy} @click=${() => void this.download('csv')}>Download CSV</button>
          </li>
          <li>Fill in the ${KIND_LABELS[ctx.identifier].toLowerCase()} of each record you know, and save the file.</li>
          <li><label>Upload the filled-in file
            <input type="file" accept=".xlsx,.xls,.ods,.csv,text/csv" ?disabled=${this.busy}
              @change=${(e: Event) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void this.upload(f); }} /></label>
          </li>
        </ol>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        ${this.applied > 0 ? html`<p class="ok">${this.applied} identifiers saved.</p>` : nothing}
        ${this.report ? this.renderReport(this.report) : nothing}
      </section>
    `;
  }

  private renderReport(report: BulkImportReport) {
    const shown = (Object.keys(OUTCOME_LABELS) as BulkRowOutcome[]).filter((o) => report.counts[o] > 0);
    return html`
      <h4>Row-by-row report</h4>
      <ul class="bulk-counts">${shown.map((o) => html`<li>${OUTCOME_LABELS[o]}: ${report.counts[o]}</li>`)}</ul>
      <div class="table-scroll" role="region" aria-label="Bulk import report" tabindex="0">
        <table class="records">
          <thead><tr><th scope="col">Row</th><th scope="col">Record ID</th><th scope="col">Identifier</th><th scope="col">Result</th><th scope="col">Why</th></tr></thead>
          <tbody>${report.rows.map((r) => html`<tr data-outcome=${r.outcome}>
            <th scope="row">${r.row}</th><td>${r.hostId ?? ''}</td><td>${r.identifier ?? ''}</td>
            <td>${OUTCOME_LABELS[r.outcome]}</td><td>${reasonText(r.reason)}</td></tr>`)}</tbody>
        </table>
      </div>
      <p>
        <button type="button" ?disabled=${this.busy || report.updates.length === 0} @click=${() => void this.apply()}>
          Save ${report.updates.length} identifiers
        </button>
      </p>
    `;
  }
}
