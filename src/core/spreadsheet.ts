/**
 * Spreadsheet output shared by the bulk identifier sheet and the sync plan
 * export: the lazily loaded SheetJS module, formula neutralization, and
 * writers for xlsx and CSV that neutralize every text cell.
 *
 * SheetJS is the `@e965/xlsx` republish of 0.20.3 (the npm `xlsx` package
 * stops at 0.18.5, which has a prototype-pollution and a ReDoS advisory when
 * reading files). It is several hundred kB, so it is imported on first use.
 */
import type { FieldValue } from './model.js';

export type SheetJs = typeof import('@e965/xlsx');

let sheetJs: Promise<SheetJs> | undefined;

/**
 * Loads SheetJS once and caches the module; a failed load is not cached so a
 * later call can retry (e.g. after a network hiccup fetching the chunk).
 */
export function loadSheetJs(): Promise<SheetJs> {
  if (!sheetJs) {
    sheetJs = import('@e965/xlsx').catch((error: unknown) => {
      sheetJs = undefined;
      throw error;
    });
  }
  return sheetJs;
}

/**
 * First characters that make Excel, LibreOffice or Google Sheets read a cell
 * as a formula or split it (OWASP ASVS 5.0 1.2.10, WSTG 4.7.21): `= + - @`,
 * tab, CR, LF, NUL and the full-width `＝ ＋ － ＠`.
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n', '\0', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'] as const;

const TRIGGERS: ReadonlySet<string> = new Set(FORMULA_TRIGGERS);

/** Whether text starts with a trigger, possibly behind apostrophes (so that unneutralizing is exact). */
function needsPrefix(value: string): boolean {
  let i = 0;
  while (value[i] === "'") i += 1;
  return i < value.length && TRIGGERS.has(value[i]!);
}

/**
 * Prefixes `'` to text a spreadsheet could evaluate; other text is returned
 * as is. Text that already starts with apostrophes before a trigger gets one
 * more, so `unneutralizeCell` can tell the two apart.
 */
export function neutralizeCell(value: string): string {
  return needsPrefix(value) ? `'${value}` : value;
}

/**
 * Undoes `neutralizeCell` on text read back from a file this module wrote, so
 * an identifier like `-A17` survives export → edit → import. Only an
 * apostrophe that `neutralizeCell` would have added is removed.
 */
export function unneutralizeCell(value: string): string {
  return value[0] === "'" && needsPrefix(value.slice(1)) ? value.slice(1) : value;
}

/**
 * One output cell. Numbers and booleans stay typed (a real `-2` is a number,
 * not a formula); `text` forces a value to a text cell, formatted as text in
 * xlsx so what a user types there later keeps its leading zeros.
 */
export type SheetValue = FieldValue | undefined | { readonly text: string | null };

/** A sheet to write: a name and rows of cells, the first row being the header. */
export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly SheetValue[])[];
}

type OutCell =
  | { kind: 'blank'; asText: boolean }
  | { kind: 'text'; value: string; asText: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean };

function toOutCell(value: SheetValue): OutCell {
  if (value === null || value === undefined) return { kind: 'blank', asText: false };
  if (typeof value === 'object' && !Array.isArray(value)) {
    return value.text === null || value.text === ''
      ? { kind: 'blank', asText: true }
      : { kind: 'text', value: neutralizeCell(value.text), asText: true };
  }
  if (Array.isArray(value)) return value.length === 0 ? { kind: 'blank', asText: false } : { kind: 'text', value: neutralizeCell(value.join(', ')), asText: false };
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'blank', asText: false };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return value === '' ? { kind: 'blank', asText: false } : { kind: 'text', value: neutralizeCell(value), asText: false };
}

/** Excel's limits on sheet names: 31 characters, none of `: \ / ? * [ ]`, not blank. */
function safeSheetName(name: string, index: number, used: Set<string>): string {
  let base = name.replace(/[:\\/?*[\]]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  if (base === '') base = `Sheet${index + 1}`;
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Writes an xlsx workbook; every text cell is neutralized and stored as a string cell. */
export async function writeXlsx(sheets: readonly SheetData[]): Promise<Uint8Array> {
  const X = await loadSheetJs();
  const wb = X.utils.book_new();
  const used = new Set<string>();
  sheets.forEach((sheet, index) => {
    const data: Record<string, unknown>[][] = [];
    const widths: number[] = [];
    sheet.rows.forEach((row) => {
      const out: Record<string, unknown>[] = [];
      row.forEach((value, c) => {
        const cell = toOutCell(value);
        const shown = cell.kind === 'blank' ? '' : String(cell.value);
        widths[c] = Math.min(60, Math.max(widths[c] ?? 8, shown.length + 2));
        if (cell.kind === 'blank') out[c] = cell.asText ? { t: 's', v: '', z: '@' } : { t: 'z' };
        else if (cell.kind === 'text') out[c] = cell.asText ? { t: 's', v: cell.value, z: '@' } : { t: 's', v: cell.value };
        else if (cell.kind === 'number') out[c] = { t: 'n', v: cell.value };
        else out[c] = { t: 'b', v: cell.value };
      });
      data.push(out);
    });
    const columns = Math.max(1, ...sheet.rows.map((r) => r.length));
    const ws: Record<string, unknown> = {
      '!data': data,
      '!ref': X.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, sheet.rows.length - 1), c: columns - 1 } }),
      '!cols': Array.from({ length: columns }, (_, c) => ({ wch: widths[c] ?? 8 })),
    };
    X.utils.book_append_sheet(wb, ws as unknown as import('@e965/xlsx').WorkSheet, safeSheetName(sheet.name, index, used));
  });
  const out: unknown = X.write(wb, { type: 'array', bookType: 'xlsx', compression: true });
  return new Uint8Array(out as ArrayBuffer);
}

/** RFC 4180 quoting: a cell with the delimiter, a quote, CR or LF is quoted, quotes doubled. */
function csvField(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** `,` (default) or `;` (what Excel expects in locales with a decimal comma). */
  readonly delimiter?: ',' | ';';
  /** Prefix a UTF-8 byte order mark so Excel reads the file as UTF-8 (default true). */
  readonly bom?: boolean;
}

/**
 * Writes CSV text with CRLF line ends. Text cells are neutralized and then
 * quoted if needed, so a value like `a","=1+1` can neither start a new cell
 * nor be evaluated. Numbers are written in plain JavaScript notation.
 */
export function writeCsv(rows: readonly (readonly SheetValue[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const lines = rows.map((row) =>
    row
      .map((value) => {
        const cell = toOutCell(value);
        if (cell.kind === 'blank') return '';
        if (cell.kind === 'text') return csvField(cell.value, delimiter);
        if (cell.kind === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
        // A real number such as -2 is data: a spreadsheet reads it back as that same number.
        return String(cell.value);
      })
      .join(delimiter),
  );
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
