/**
 * Reading an untrusted file into a grid of cells. The file is recognised by
 * its first bytes before anything parses it: a zip that holds a workbook
 * (xlsx, ods), an OLE compound file (xls), or text (CSV, parsed here rather
 * than by SheetJS so that every cell stays text). Anything else — a PDF, an
 * image, a zip of something else, HTML, random bytes — is rejected.
 */
import { fail, issue, ok, type Result } from './result.js';
import { loadSheetJs, type SheetJs } from './spreadsheet.js';

/** A cell as the importer sees it: blank, text, or a value that is not usable text (with a code). */
export type GridCell = { readonly kind: 'blank' } | { readonly kind: 'text'; readonly text: string } | { readonly kind: 'bad'; readonly code: string };

export interface GridRow {
  /** Row number as the spreadsheet application shows it (first row = 1). */
  readonly number: number;
  readonly cells: readonly GridCell[];
}

export interface Grid {
  /** Sheet name for workbooks, `null` for CSV. */
  readonly sheet: string | null;
  readonly rows: readonly GridRow[];
}

export type FileKind = 'xlsx' | 'ods' | 'xls' | 'csv';

export interface ReadLimits {
  readonly maxBytes: number;
  /** Data rows (after the header row). */
  readonly maxRows: number;
}

const BLANK: GridCell = { kind: 'blank' };

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

const KNOWN_OTHER: readonly (readonly [string, readonly number[]])[] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;

/**
 * Reads a zip's central directory without inflating anything: the entry names
 * (to tell a workbook from a zip of something else) and the total
 * uncompressed size (to refuse a zip bomb before SheetJS inflates it).
 */
export function zipDirectory(bytes: Uint8Array): { names: string[]; uncompressed: number } | null {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= from; at -= 1) {
    if (u32(bytes, at) !== 0x06054b50) continue;
    const count = u16(bytes, at + 10);
    let p = u32(bytes, at + 16);
    const names: string[] = [];
    let uncompressed = 0;
    for (let i = 0; i < count; i += 1) {
      if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return null;
      const size = u32(bytes, p + 24);
      uncompressed += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
      const nameLength = u16(bytes, p + 28);
      names.push(new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)));
      p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
    }
    return { names, uncompressed };
  }
  return null;
}

/** Text in the encodings spreadsheet applications write CSV in; `null` for binary data. */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  const controls = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(2, text.length / 100)) return null;
  return text.replace(/^\uFEFF/, '');
}

/** Picks `,`, `;` or tab: whichever occurs most (outside quotes) in the first non-blank line. */
export function detectDelimiter(text: string): string {
  const line = /[^\r\n]*[^\s][^\r\n]*/.exec(text)?.[0] ?? '';
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * RFC 4180 CSV (quoted cells, doubled quotes, CRLF/LF/CR line ends, line
 * breaks inside quotes). Stops after `maxRecords` records and says so, so a
 * huge file is never parsed whole.
 */
export function parseCsv(text: string, delimiter: string, maxRecords: number): { rows: string[][]; truncated: boolean } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRow = (): boolean => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
    return rows.length > maxRecords;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') quoted = false;
      else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) { row.push(field); field = ''; }
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      if (endRow()) return { rows: rows.slice(0, maxRecords), truncated: true };
    } else field += ch;
    i += 1;
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows.length > maxRecords ? { rows: rows.slice(0, maxRecords), truncated: true } : { rows, truncated: false };
}

type SheetCell = { t?: string; v?: unknown; w?: string; f?: string; z?: string | number };

/** A workbook cell as text: identifiers keep leading zeros and long numbers keep every digit. */
export function cellText(X: SheetJs, cell: SheetCell | undefined): GridCell {
  if (!cell || cell.t === 'z' || cell.t === undefined) return BLANK;
  if (typeof cell.f === 'string' && cell.f !== '') return { kind: 'bad', code: 'formula_cell' };
  switch (cell.t) {
    case 'e': return { kind: 'bad', code: 'error_cell' };
    case 'b': return { kind: 'bad', code: 'not_text' };
    case 'd': return { kind: 'bad', code: 'date_cell' };
    case 's': { const text = String(cell.v ?? ''); return text === '' ? BLANK : { kind: 'text', text }; }
    case 'n': {
      const v = cell.v;
      if (typeof v !== 'number' || !Number.isFinite(v)) return { kind: 'bad', code: 'not_text' };
      if (cell.z !== undefined && cell.z !== 'General' && Boolean(X.SSF.is_date(cell.z))) return { kind: 'bad', code: 'date_cell' };
      if (!Number.isInteger(v)) return { kind: 'text', text: String(v) };
      // Excel keeps 15 significant digits: a longer integer has already lost some.
      if (!Number.isSafeInteger(v) || Math.abs(v) >= 1e15) return { kind: 'bad', code: 'number_precision' };
      // A number formatted with leading zeros (`00123`) is shown that way; keep what the user sees.
      const shown = cell.w;
      return { kind: 'text', text: shown !== undefined && /^\d+$/.test(shown) && Number(shown) === v ? shown : String(v) };
    }
    default: return { kind: 'bad', code: 'not_text' };
  }
}

export interface ReadFile {
  readonly kind: FileKind;
  /** Candidate sheets in workbook order (hidden sheets left out); one grid for CSV. */
  readonly grids: readonly Grid[];
}

/** Checks size and kind, then parses with the row limit applied during parsing. */
export async function readSpreadsheet(bytes: Uint8Array, limits: ReadLimits): Promise<Result<ReadFile>> {
  if (bytes.length === 0) return fail(issue('empty_file'));
  if (bytes.length > limits.maxBytes) return fail(issue('file_too_large', { size: bytes.length, max: limits.maxBytes }));
  const other = KNOWN_OTHER.find(([, magic]) => startsWith(bytes, magic));
  if (other) return fail(issue('not_a_spreadsheet', { detected: other[0] }));
  const maxRecords = limits.maxRows + 1;
  if (startsWith(bytes, ZIP)) {
    const dir = zipDirectory(bytes);
    if (!dir) return fail(issue('not_a_spreadsheet', { detected: 'zip' }));
    const isXlsx = dir.names.includes('[Content_Types].xml') && dir.names.some((n) => n.startsWith('xl/'));
    const isOds = dir.names.includes('content.xml') && dir.names.includes('mimetype');
    if (!isXlsx && !isOds) return fail(issue('not_a_spreadsheet', { detected: 'zip' }));
    // Workbook XML compresses well (~10×); far beyond that is a zip bomb.
    const maxUncompressed = Math.max(limits.maxBytes * 40, 10_000_000);
    if (dir.uncompressed > maxUncompressed) return fail(issue('file_too_large', { size: dir.uncompressed, max: maxUncompressed, uncompressed: true }));
    return readWorkbook(bytes, isXlsx ? 'xlsx' : 'ods', maxRecords, limits.maxRows);
  }
  if (startsWith(bytes, OLE)) return readWorkbook(bytes, 'xls', maxRecords, limits.maxRows);
  const text = decodeText(bytes);
  if (text === null) return fail(issue('not_a_spreadsheet', { detected: 'binary' }));
  if (text.trim() === '') return fail(issue('empty_file'));
  if (/^\s*</.test(text)) return fail(issue('not_a_spreadsheet', { detected: 'markup' }));
  // Excel's `sep=;` first line names the delimiter; Excel hides that line, so rows count from the next one.
  const hint = /^sep=([,;\t|])\r?\n/i.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  const parsed = parseCsv(body, hint?.[1] ?? detectDelimiter(body), maxRecords);
  if (parsed.truncated) return fail(issue('too_many_rows', { max: limits.maxRows }));
  const rows = parsed.rows.map((cells, r) => ({ number: r + 1, cells: cells.map((t): GridCell => (t === '' ? BLANK : { kind: 'text', text: t })) }));
  return ok({ kind: 'csv', grids: [{ sheet: null, rows }] });
}

/**
 * Own properties only, so a sheet called `constructor` never resolves to a
 * function. SheetJS stores sheets with `Sheets[name] = ws`, which for a sheet
 * called `__proto__` replaces the prototype of that one object (not
 * `Object.prototype`); the sheet is then found there.
 */
type SheetObject = Record<string, unknown> & { '!ref': string };

function sheetByName(sheets: object, name: string): SheetObject | undefined {
  let ws: unknown = Object.getOwnPropertyDescriptor(sheets, name)?.value;
  if (ws === undefined && name === '__proto__') {
    const proto: unknown = Object.getPrototypeOf(sheets);
    if (proto !== Object.prototype) ws = proto;
  }
  return typeof ws === 'object' && ws !== null && typeof (ws as Record<string, unknown>)['!ref'] === 'string' ? (ws as SheetObject) : undefined;
}

async function readWorkbook(bytes: Uint8Array, kind: FileKind, maxRecords: number, maxRows: number): Promise<Result<ReadFile>> {
  const X = await loadSheetJs();
  let wb: import('@e965/xlsx').WorkBook;
  try {
    wb = X.read(bytes, { type: 'array', dense: true, cellFormula: true, cellHTML: false, cellNF: true, cellText: true, cellDates: false, sheetRows: maxRecords + 1 });
  } catch {
    return fail(issue('not_a_spreadsheet', { detected: kind }));
  }
  const names = Array.isArray(wb.SheetNames) ? wb.SheetNames : [];
  if (names.length === 0) return fail(issue('not_a_spreadsheet', { detected: kind }));
  const grids: Grid[] = [];
  for (const [index, name] of names.entries()) {
    if (wb.Workbook?.Sheets?.[index]?.Hidden) continue;
    const ws = sheetByName(wb.Sheets, name);
    if (!ws) continue;
    const range = X.utils.decode_range(typeof ws['!fullref'] === 'string' ? ws['!fullref'] : ws['!ref']);
    if (range.e.r + 1 > maxRecords) return fail(issue('too_many_rows', { rows: range.e.r, max: maxRows }));
    const data = Array.isArray(ws['!data']) ? (ws['!data'] as (SheetCell[] | undefined)[]) : [];
    const rows: GridRow[] = [];
    for (let r = 0; r <= range.e.r && r < data.length; r += 1) {
      const line = data[r] ?? [];
      rows.push({ number: r + 1, cells: Array.from({ length: line.length }, (_, c) => cellText(X, line[c])) });
    }
    grids.push({ sheet: name, rows });
  }
  return ok({ kind, grids });
}
