/**
 * The host's own records table ("Stakeholders" or "Employee directory"), as
 * the host product would show it. Values are rendered as text only.
 */
import { html, nothing } from 'lit';
import type { FieldValue } from '../../src/core/model.js';
import type { PresetId } from '../../src/core/presets.js';
import type { StoredRecord } from '../host-adapter.js';

export interface Column {
  readonly label: string;
  /** The host field shown, for plain field columns. */
  readonly id?: string;
  readonly value: (s: StoredRecord) => string;
}

const text = (v: FieldValue | undefined): string => {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
};
const field = (label: string, id: string): Column => ({ label, id, value: (s) => text(s.record.values[id]) });
const common: Column[] = [
  { label: 'Group', value: (s) => s.record.group ?? '' },
  { label: 'Tags', value: (s) => (s.record.tags ?? []).join(', ') },
  { label: 'Linked to HRIS', value: (s) => (s.record.hrisId === null ? 'No' : 'Yes') },
  { label: 'Last sync', value: (s) => (s.lastChange === 'created' ? 'Created' : s.lastChange === 'updated' ? 'Updated' : '') },
];

export const COLUMNS: Readonly<Record<PresetId, readonly Column[]>> = {
  stakeholder: [
    field('Name', 'name'), field('Identifier', 'identifier'), field('Email', 'email'), field('Group name', 'groupName'),
    field('Team', 'team'), field('Start date', 'startDate'), field('Status', 'employmentStatus'), ...common,
  ],
  directory: [
    field('First name', 'firstName'), field('Last name', 'lastName'), field('Email', 'email'), field('Employee ID', 'employeeId'),
    field('Department', 'department'), field('Job title', 'jobTitle'), field('Status', 'status'), ...common,
  ],
};

export const NOUNS: Readonly<Record<PresetId, { readonly title: string; readonly one: string; readonly many: string }>> = {
  stakeholder: { title: 'Stakeholders', one: 'stakeholder', many: 'stakeholders' },
  directory: { title: 'Employee directory', one: 'employee', many: 'employees' },
};

export interface TableSummary {
  readonly total: number;
  readonly linked: number;
  readonly byGroup: readonly (readonly [string, number])[];
}

export function summarize(records: readonly StoredRecord[]): TableSummary {
  const groups = new Map<string, number>();
  let linked = 0;
  for (const s of records) {
    if (s.record.hrisId !== null) linked += 1;
    const g = s.record.group ?? '';
    if (g !== '') groups.set(g, (groups.get(g) ?? 0) + 1);
  }
  return { total: records.length, linked, byGroup: [...groups].sort((a, b) => a[0].localeCompare(b[0])) };
}

const count = new Intl.NumberFormat('en');

export interface TableView {
  readonly preset: PresetId;
  readonly records: readonly StoredRecord[];
  readonly shown: number;
  readonly onMore: () => void;
}

export function recordsTable(view: TableView) {
  const columns = COLUMNS[view.preset];
  const noun = NOUNS[view.preset];
  const summary = summarize(view.records);
  const rows = view.records.slice(0, view.shown);
  return html`
    <p class="summary" data-testid="records-summary">
      ${count.format(summary.total)} ${summary.total === 1 ? noun.one : noun.many} ·
      ${count.format(summary.linked)} linked to the HR system
      ${summary.byGroup.map(([g, n]) => html` · ${g}: ${count.format(n)}`)}
    </p>
    <div class="table-scroll" role="region" aria-label=${`${noun.title} table`} tabindex="0">
      <table class="records">
        <caption class="visually-hidden">${noun.title}</caption>
        <thead><tr>${columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
        <tbody>
          ${rows.map((s) => html`<tr data-record-id=${s.id} class=${s.lastChange ?? ''}>${columns.map((c, i) =>
            i === 0 ? html`<th scope="row">${c.value(s)}</th>` : html`<td>${c.value(s)}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>
    ${view.records.length > view.shown
      ? html`<p><button type="button" class="secondary" @click=${view.onMore}>
          Show ${count.format(Math.min(100, view.records.length - view.shown))} more
          (${count.format(view.shown)} of ${count.format(view.records.length)} shown)</button></p>`
      : nothing}
  `;
}
