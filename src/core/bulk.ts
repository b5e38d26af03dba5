/**
 * Bulk identifiers: the host's records go out as a spreadsheet with an
 * Identifier column (the seeds' "Bulk" → download → add the work email or
 * employee number → upload), come back filled in, and are checked row by row
 * against the host records and the HRIS snapshot before anything is applied.
 *
 * This module holds the shared vocabulary (outcomes, report shape, key
 * normalization) and the pure `applyIdentifierUpdates`; the file work is in
 * `bulk-export.ts` and `bulk-import.ts`.
 */
import type { HostRecord, IdentifierKind } from './host.js';
import { strictKey } from './matching.js';
import type { Issue } from './result.js';

/**
 * What became of one data row:
 * `set` — the identifier will be stored on the record;
 * `unchanged` — the record already has it;
 * `duplicate` — the same identifier is on another row or record, on two HRIS records, or
 *   contradicts a link (`hrisId`) an earlier sync stored — never silently merged;
 * `no_hris_match` — no HRIS record has it;
 * `unknown_record` — the row's record id is blank or not one of the host's records;
 * `unreadable` — a cell holds a formula, an error, a date or a number that lost digits;
 * `empty` — no identifier (or a blank row): nothing changes.
 */
export const BULK_ROW_OUTCOMES = ['set', 'unchanged', 'duplicate', 'no_hris_match', 'unknown_record', 'unreadable', 'empty'] as const;
export type BulkRowOutcome = (typeof BULK_ROW_OUTCOMES)[number];

/** Codes of the `reason` a row can carry, for the translation tables. */
export const BULK_ROW_REASONS = [
  'formula_cell', 'error_cell', 'date_cell', 'not_text', 'number_precision', 'too_long', 'control_characters',
  'record_id_missing', 'record_id_unknown', 'duplicate_in_file', 'record_repeated', 'identifier_taken', 'hris_ambiguous',
  'record_linked_elsewhere', 'hris_record_linked',
] as const;

/** Codes of the issues that fail a whole import. */
export const BULK_FILE_ISSUES = ['empty_file', 'file_too_large', 'too_many_rows', 'not_a_spreadsheet', 'missing_columns'] as const;

export interface BulkRowReport {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  readonly row: number;
  readonly outcome: BulkRowOutcome;
  /** The record id cell as read (null when blank or unreadable). */
  readonly hostId: string | null;
  /** The identifier as typed, trimmed and NFC-normalized (null when blank or unreadable). */
  readonly identifier: string | null;
  /** The HRIS record the identifier belongs to, for `set` and `unchanged`. */
  readonly hrisId: string | null;
  /** Why a row is `unreadable`, `unknown_record` or `duplicate`; `path` names the column (`id` or `identifier`). */
  readonly reason: Issue | null;
  /** Other rows with the same identifier or record (for `duplicate`). */
  readonly conflictRows: readonly number[];
  /** Other host records that hold the identifier (for `duplicate`). */
  readonly conflictHostIds: readonly string[];
}

export interface IdentifierUpdate {
  readonly hostId: string;
  readonly identifier: string;
}

export interface BulkImportReport {
  readonly format: 'xlsx' | 'ods' | 'xls' | 'csv';
  /** The sheet that was read (null for CSV). */
  readonly sheet: string | null;
  readonly rows: readonly BulkRowReport[];
  readonly counts: Readonly<Record<BulkRowOutcome, number>>;
  /** Exactly the `set` rows, in row order. */
  readonly updates: readonly IdentifierUpdate[];
}

/** Header of the record id column unless the host passes its own (export and import must agree). */
export const DEFAULT_ID_LABEL = 'Record ID';
export const DEFAULT_IDENTIFIER_LABEL = 'Identifier';
/**
 * Key in `HostRecord.values` that holds the identifier unless the caller
 * passes `schema.identifier[kind]` (the stakeholder preset's field).
 */
export const DEFAULT_IDENTIFIER_FIELD = 'identifier';
/** Defaults for the import limits: 5 MiB and 10 000 data rows. */
export const DEFAULT_BULK_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_BULK_MAX_ROWS = 10_000;

/**
 * Text as a person meant it: NFC, without surrounding whitespace (NBSP and
 * BOM included, which `trim` covers) or zero-width characters.
 */
export function cleanCellText(value: string): string {
  return trimCellText(value.normalize('NFC'));
}

/**
 * The cell text without surrounding whitespace, NBSP, BOM or zero-width
 * characters, and not yet NFC-normalized: the form in which an exported
 * cell's neutralizing `'` is recognised (`=` + U+0338 was neutralized as
 * written, though NFC turns it into `≠`).
 */
export function trimCellText(value: string): string {
  return value.replace(/^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g, '');
}

/**
 * Comparison key for an identifier typed into a cell: the cell text cleaned,
 * then the matching module's strict key (NFC, trimmed, lower case), so what
 * the import calls equal is what the sync will match. `''` when blank.
 */
export function identifierKey(value: string): string {
  return strictKey(cleanCellText(value)) ?? '';
}

/** The identifier a host record holds now, keyed as the matching module keys it ('' when none). */
export function currentIdentifierKey(record: HostRecord, identifierField: string): string {
  return Object.prototype.hasOwnProperty.call(record.values, identifierField) ? (strictKey(record.values[identifierField]) ?? '') : '';
}

/**
 * Returns the host records with the report's updates applied to
 * `values[identifierField]`. Pure: records without an update are returned
 * as the same objects, updated ones as copies; the input is not modified.
 */
export function applyIdentifierUpdates<R extends HostRecord>(
  hostRecords: readonly R[],
  report: Pick<BulkImportReport, 'updates'>,
  identifierField: string = DEFAULT_IDENTIFIER_FIELD,
): R[] {
  const byHost = new Map(report.updates.map((u) => [u.hostId, u.identifier]));
  return hostRecords.map((record) => {
    const identifier = byHost.get(record.id);
    if (identifier === undefined) return record;
    return { ...record, values: { ...record.values, [identifierField]: identifier } };
  });
}
