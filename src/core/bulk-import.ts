/**
 * Import of a filled-in identifier sheet. The file is checked (size, kind,
 * row limit) before it is parsed, the record id and Identifier columns are
 * found by their headers, and every data row gets exactly one outcome; the
 * updates are only the rows that are safe to apply. Nothing is applied here.
 */
import {
  BULK_ROW_OUTCOMES,
  cleanCellText,
  trimCellText,
  currentIdentifierKey,
  DEFAULT_BULK_MAX_BYTES,
  DEFAULT_BULK_MAX_ROWS,
  DEFAULT_ID_LABEL,
  DEFAULT_IDENTIFIER_FIELD,
  DEFAULT_IDENTIFIER_LABEL,
  identifierKey,
  type BulkImportReport,
  type BulkRowOutcome,
  type BulkRowReport,
  type IdentifierUpdate,
} from './bulk.js';
import type { HostRecord, IdentifierKind } from './host.js';
import { strictKey } from './matching.js';
import type { EmployeeRecord } from './model.js';
import { fail, issue, ok, type Issue, type Result } from './result.js';
import { unneutralizeCell } from './spreadsheet.js';
import { readSpreadsheet, type Grid, type GridCell, type GridRow } from './spreadsheet-read.js';

export interface BulkImportOptions {
  readonly hostRecords: readonly HostRecord[];
  readonly hrisRecords: readonly EmployeeRecord[];
  /** The configured stakeholder identifier the sheet's values are compared with. */
  readonly identifier: IdentifierKind;
  /** Largest accepted file in bytes (default 5 MiB), checked before parsing. */
  readonly maxBytes?: number;
  /** Most data rows accepted (default 10 000), enforced while parsing. */
  readonly maxRows?: number;
  /** Headers used at export; `Record ID` and `Identifier` are always recognised too. */
  readonly idLabel?: string;
  readonly identifierLabel?: string;
  /** Key in `HostRecord.values` holding the identifier: `schema.identifier[identifier]` (default `identifier`, the stakeholder preset's field). */
  readonly identifierField?: string;
}

/** Longer than any email address (254) or employee number a vendor stores. */
const MAX_IDENTIFIER_LENGTH = 254;
/** How many non-blank rows from the top may hold the header row. */
const HEADER_SEARCH_ROWS = 10;

interface Columns { readonly header: GridRow; readonly id: number; readonly identifier: number }

function findColumn(header: GridRow, labels: readonly string[]): number {
  const keys = header.cells.map((c) => (c.kind === 'text' ? identifierKey(c.text) : null));
  for (const label of labels) {
    const at = keys.indexOf(identifierKey(label));
    if (at >= 0) return at;
  }
  return -1;
}

const isBlankRow = (row: GridRow): boolean => row.cells.every((c) => c.kind === 'blank');

/** The first visible sheet with both headers in one of its first non-blank rows; or the issues why none has. */
function locate(grids: readonly Grid[], idLabels: readonly string[], identifierLabels: readonly string[], labels: { id: string; identifier: string }): Result<{ grid: Grid; columns: Columns }> {
  let first: Issue[] | null = null;
  for (const grid of grids) {
    // The header is normally row 1; a few title rows above it are tolerated.
    const candidates = grid.rows.filter((r) => !isBlankRow(r)).slice(0, HEADER_SEARCH_ROWS);
    const header = candidates[0];
    if (!header) continue;
    for (const row of candidates) {
      const id = findColumn(row, idLabels);
      const identifier = findColumn(row, identifierLabels);
      if (id >= 0 && identifier >= 0) return ok({ grid, columns: { header: row, id, identifier } });
    }
    const id = findColumn(header, idLabels);
    const identifier = findColumn(header, identifierLabels);
    first ??= [
      ...(id < 0 ? [issue('missing_columns', { column: labels.id, role: 'id' })] : []),
      ...(identifier < 0 ? [issue('missing_columns', { column: labels.identifier, role: 'identifier' })] : []),
    ];
  }
  return first ? fail(...first) : fail(issue('empty_file'));
}

type Parsed =
  | { kind: 'final'; outcome: BulkRowOutcome; hostId: string | null; identifier: string | null; reason: Issue | null }
  | { kind: 'candidate'; hostId: string; identifier: string; key: string };

const cellAt = (row: GridRow, column: number): GridCell => row.cells[column] ?? { kind: 'blank' };

function readIdentifier(cell: GridCell): { text: string } | { bad: string } | null {
  if (cell.kind === 'blank') return null;
  if (cell.kind === 'bad') return { bad: cell.code };
  const text = cleanCellText(unneutralizeCell(trimCellText(cell.text)));
  if (text === '') return null;
  if (text.length > MAX_IDENTIFIER_LENGTH) return { bad: 'too_long' };
  if (/[\u0000-\u001F\u007F]/.test(text)) return { bad: 'control_characters' };
  // What Excel writes to CSV for a long number it has already rounded (`1.23457E+15`).
  if (/^[+-]?\d+(\.\d+)?e[+-]?\d+$/i.test(text)) return { bad: 'number_precision' };
  return { text };
}

function parseRow(row: GridRow, columns: Columns, hosts: ReadonlyMap<string, HostRecord>): Parsed {
  if (isBlankRow(row)) return { kind: 'final', outcome: 'empty', hostId: null, identifier: null, reason: null };
  const idCell = cellAt(row, columns.id);
  const hostId = idCell.kind === 'text' ? cleanCellText(unneutralizeCell(trimCellText(idCell.text))) || null : null;
  const read = readIdentifier(cellAt(row, columns.identifier));
  if (read && 'bad' in read) return { kind: 'final', outcome: 'unreadable', hostId, identifier: null, reason: issue(read.bad, undefined, ['identifier']) };
  if (!read) return { kind: 'final', outcome: 'empty', hostId, identifier: null, reason: null };
  if (idCell.kind === 'bad') return { kind: 'final', outcome: 'unreadable', hostId: null, identifier: read.text, reason: issue(idCell.code, undefined, ['id']) };
  if (hostId === null) return { kind: 'final', outcome: 'unknown_record', hostId, identifier: read.text, reason: issue('record_id_missing', undefined, ['id']) };
  if (!hosts.has(hostId)) return { kind: 'final', outcome: 'unknown_record', hostId, identifier: read.text, reason: issue('record_id_unknown', { id: hostId }, ['id']) };
  return { kind: 'candidate', hostId, identifier: read.text, key: identifierKey(read.text) };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Reads a filled-in identifier sheet (xlsx, ods, xls or CSV) and reports per
 * row what would happen. Fails with `empty_file`, `file_too_large`,
 * `too_many_rows`, `not_a_spreadsheet` or `missing_columns`.
 */
export async function importIdentifierSheet(bytes: Uint8Array, options: BulkImportOptions): Promise<Result<BulkImportReport>> {
  const file = await readSpreadsheet(bytes, {
    maxBytes: options.maxBytes ?? DEFAULT_BULK_MAX_BYTES,
    maxRows: options.maxRows ?? DEFAULT_BULK_MAX_ROWS,
  });
  if (!file.ok) return fail(...file.issues);
  const idLabel = options.idLabel ?? DEFAULT_ID_LABEL;
  const identifierLabel = options.identifierLabel ?? DEFAULT_IDENTIFIER_LABEL;
  const located = locate(file.value.grids, [idLabel, DEFAULT_ID_LABEL], [identifierLabel, DEFAULT_IDENTIFIER_LABEL], { id: idLabel, identifier: identifierLabel });
  if (!located.ok) return fail(...located.issues);
  const { grid, columns } = located.value;

  const identifierField = options.identifierField ?? DEFAULT_IDENTIFIER_FIELD;
  const hosts = new Map(options.hostRecords.map((r) => [cleanCellText(r.id), r]));
  // HRIS values are keyed exactly as the matching module keys them.
  const hris = groupBy(
    options.hrisRecords.filter((r) => strictKey(r[options.identifier]) !== null),
    (r) => strictKey(r[options.identifier])!,
  );

  // Links stored by earlier syncs (the first matching tier), by HRIS id.
  const hrisIds = new Set(options.hrisRecords.map((r) => r.hrisId));
  const linked = groupBy(options.hostRecords.filter((r) => (r.hrisId?.trim() ?? '') !== ''), (r) => r.hrisId!.trim());

  const dataRows = grid.rows.filter((r) => r.number > columns.header.number);
  while (dataRows.length > 0 && isBlankRow(dataRows[dataRows.length - 1]!)) dataRows.pop();
  const parsed = dataRows.map((row) => ({ row: row.number, parsed: parseRow(row, columns, hosts) }));
  const candidates = parsed.flatMap((p) => (p.parsed.kind === 'candidate' ? [{ row: p.row, ...p.parsed }] : []));
  const byKey = groupBy(candidates, (c) => c.key);
  const byHost = groupBy(candidates, (c) => c.hostId);

  // The identifier each host record would hold after the import: the file's value where the
  // record has exactly one candidate row, its current value otherwise.
  const finalHolders = new Map<string, string[]>();
  for (const [id, record] of hosts) {
    const rows = byHost.get(id);
    const key = rows?.length === 1 ? rows[0]!.key : currentIdentifierKey(record, identifierField);
    if (key === '') continue;
    const holders = finalHolders.get(key);
    if (holders) holders.push(record.id);
    else finalHolders.set(key, [record.id]);
  }

  const rows: BulkRowReport[] = [];
  const updates: IdentifierUpdate[] = [];
  for (const { row, parsed: p } of parsed) {
    const base = { row, conflictRows: [] as number[], conflictHostIds: [] as string[], hrisId: null };
    if (p.kind === 'final') {
      rows.push({ ...base, outcome: p.outcome, hostId: p.hostId, identifier: p.identifier, reason: p.reason });
      continue;
    }
    const row0 = { ...base, hostId: p.hostId, identifier: p.identifier };
    const sameKey = byKey.get(p.key)!.filter((c) => c.row !== row).map((c) => c.row);
    const sameHost = byHost.get(p.hostId)!.filter((c) => c.row !== row).map((c) => c.row);
    const takenBy = (finalHolders.get(p.key) ?? []).filter((id) => id !== hosts.get(p.hostId)!.id);
    const matches = hris.get(p.key) ?? [];
    if (sameKey.length > 0) {
      rows.push({ ...row0, outcome: 'duplicate', reason: issue('duplicate_in_file', undefined, ['identifier']), conflictRows: sameKey });
    } else if (sameHost.length > 0) {
      rows.push({ ...row0, outcome: 'duplicate', reason: issue('record_repeated', { id: p.hostId }, ['id']), conflictRows: sameHost });
    } else if (takenBy.length > 0) {
      rows.push({ ...row0, outcome: 'duplicate', reason: issue('identifier_taken', undefined, ['identifier']), conflictHostIds: takenBy });
    } else if (matches.length === 0) {
      rows.push({ ...row0, outcome: 'no_hris_match', reason: null });
    } else if (matches.length > 1) {
      rows.push({ ...row0, outcome: 'duplicate', reason: issue('hris_ambiguous', { count: matches.length }, ['identifier']) });
    } else {
      const record = hosts.get(p.hostId)!;
      const person = matches[0]!;
      // An earlier sync's link (the first matching tier) outranks the identifier: refuse a contradiction.
      const linkedHere = record.hrisId?.trim() || null;
      const linkedElsewhere = (linked.get(person.hrisId) ?? []).map((r) => r.id).filter((id) => id !== record.id);
      if (linkedHere !== null && linkedHere !== person.hrisId && hrisIds.has(linkedHere)) {
        rows.push({ ...row0, outcome: 'duplicate', reason: issue('record_linked_elsewhere', { linkedHrisId: linkedHere, hrisId: person.hrisId }, ['identifier']) });
        continue;
      }
      if (linkedElsewhere.length > 0) {
        rows.push({ ...row0, outcome: 'duplicate', reason: issue('hris_record_linked', { hrisId: person.hrisId }, ['identifier']), conflictHostIds: linkedElsewhere });
        continue;
      }
      const outcome = currentIdentifierKey(record, identifierField) === p.key ? 'unchanged' : 'set';
      rows.push({ ...row0, outcome, hrisId: person.hrisId, reason: null });
      if (outcome === 'set') updates.push({ hostId: record.id, identifier: p.identifier });
    }
  }

  const counts = Object.fromEntries(BULK_ROW_OUTCOMES.map((o) => [o, rows.filter((r) => r.outcome === o).length])) as Record<BulkRowOutcome, number>;
  return ok({ format: file.value.kind, sheet: grid.sheet, rows, counts, updates });
}
