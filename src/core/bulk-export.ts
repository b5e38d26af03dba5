/**
 * Export of the host's records as the bulk identifier sheet: a record id
 * column (so the import knows which row is which), the columns the host
 * chooses (so people recognise each record), and the Identifier column,
 * pre-filled where a record already has one.
 */
import { DEFAULT_ID_LABEL, DEFAULT_IDENTIFIER_FIELD } from './bulk.js';
import type { HostRecord } from './host.js';
import { writeCsv, writeXlsx, type SheetValue } from './spreadsheet.js';

export interface BulkExportColumn {
  /** Key in `HostRecord.values`. */
  readonly id: string;
  /** Header text, already translated by the caller. */
  readonly label: string;
}

interface BulkExportBase {
  readonly columns: readonly BulkExportColumn[];
  /** Header of the Identifier column, e.g. "Work email" or "Identifier" (translated by the caller). */
  readonly identifierLabel: string;
  /** Header of the record id column; the import must be given the same one (default `Record ID`). */
  readonly idLabel?: string;
  /** Key in `HostRecord.values` holding the identifier: `schema.identifier[kind]` (default `identifier`, the stakeholder preset's field). */
  readonly identifierField?: string;
  /** Sheet name for xlsx (default `Records`). */
  readonly sheetName?: string;
  /** CSV delimiter (default `,`). */
  readonly delimiter?: ',' | ';';
}

export interface BulkExportOptionsXlsx extends BulkExportBase { readonly format: 'xlsx' }
export interface BulkExportOptionsCsv extends BulkExportBase { readonly format: 'csv' }
export type BulkExportOptions = BulkExportOptionsXlsx | BulkExportOptionsCsv;

const ownValue = (record: HostRecord, key: string): SheetValue =>
  Object.prototype.hasOwnProperty.call(record.values, key) ? record.values[key] : undefined;

/** The sheet as rows (header first); also what the UI can show as a preview. */
export function identifierSheetRows(hostRecords: readonly HostRecord[], options: BulkExportBase): SheetValue[][] {
  const identifierField = options.identifierField ?? DEFAULT_IDENTIFIER_FIELD;
  const header: SheetValue[] = [options.idLabel ?? DEFAULT_ID_LABEL, ...options.columns.map((c) => c.label), options.identifierLabel];
  const rows = hostRecords.map((record): SheetValue[] => {
    const current = ownValue(record, identifierField);
    const identifier = typeof current === 'string' || typeof current === 'number' ? String(current) : null;
    return [{ text: record.id }, ...options.columns.map((c) => ownValue(record, c.id)), { text: identifier }];
  });
  return [header, ...rows];
}

/**
 * Writes the identifier sheet: xlsx bytes or CSV text. Every text cell is
 * neutralized against formula injection; the id and Identifier columns are
 * text cells (formatted as text in xlsx, so typed leading zeros survive).
 */
export function exportIdentifierSheet(hostRecords: readonly HostRecord[], options: BulkExportOptionsXlsx): Promise<Uint8Array>;
export function exportIdentifierSheet(hostRecords: readonly HostRecord[], options: BulkExportOptionsCsv): Promise<string>;
export function exportIdentifierSheet(hostRecords: readonly HostRecord[], options: BulkExportOptions): Promise<Uint8Array | string>;
export async function exportIdentifierSheet(hostRecords: readonly HostRecord[], options: BulkExportOptions): Promise<Uint8Array | string> {
  const rows = identifierSheetRows(hostRecords, options);
  if (options.format === 'csv') return writeCsv(rows, { delimiter: options.delimiter ?? ',' });
  return writeXlsx([{ name: options.sheetName ?? 'Records', rows }]);
}
