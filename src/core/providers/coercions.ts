/**
 * The value coercions vendors need (text, ids, dates, amounts, pay periods),
 * shared by every provider through `shared.ts`.
 */
import { PAY_PERIODS, type PayPeriod } from '../model.js';

/** A trimmed non-empty string, or null. Numbers become their decimal text. */
export function text(value: unknown): string | null {
  if (typeof value === 'string') {
    const last = value.length - 1;
    if (last < 0) return null;
    // Printable ASCII at both ends (no whitespace there): the string is its own trimmed text, without a call to `trim`.
    const a = value.charCodeAt(0);
    const z = value.charCodeAt(last);
    if (a > 32 && a < 127 && z > 32 && z < 127) return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** An id as a string (vendors mix numbers and strings), or null. */
export function idText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : null;
  return text(value);
}

/**
 * A calendar date `YYYY-MM-DD` from the forms vendors send: ISO dates, ISO
 * date-times with offsets (the calendar date as written, not shifted to UTC),
 * `DD/MM/YYYY`, and BambooHR's `0000-00-00` for "none". Anything else is null.
 */
export function isoDate(value: unknown): string | null {
  const s = text(value);
  if (!s) return null;
  // `YYYY-MM-DD`, alone or before a time (`T` or a space), read without a regex or a `Date`.
  if (s.length === 10 || (s.length > 10 && (s.charCodeAt(10) === 84 || s.charCodeAt(10) === 32))) {
    const day = plainIsoDay(s);
    if (day !== undefined) return day === null || s.length === 10 ? day : s.slice(0, 10);
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (!m) {
    const dmy = /^(\d{2})[./](\d{2})[./](\d{4})$/.exec(s);
    if (dmy) m = [s, dmy[3]!, dmy[2]!, dmy[1]!] as unknown as RegExpExecArray;
  }
  if (!m) return null;
  const [, y, mo, d] = m;
  if (y === '0000' || mo === '00' || d === '00') return null;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Digits at `from`..`to` (exclusive) as a number, or -1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The common case of `isoDate`, without a regex match or a `Date`: a string
 * starting `YYYY-MM-DD` is itself when that is a real calendar day, else null
 * (years below 100 included: `Date.UTC` would read them as 19xx, so the
 * general path refuses them too). Undefined when the string has another shape.
 */
function plainIsoDay(s: string): string | null | undefined {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || m < 0 || d < 0) return undefined;
  if (y < 100 || m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && !leap ? 28 : DAYS_IN_MONTH[m - 1]!) ? s : null;
}

/** A finite number from a number or a numeric string (`"65000.00"`, `"1.234,50"` is not accepted). */
export function amount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const s = text(value);
  if (!s) return null;
  if (isPlainDecimal(s)) return Number(s);
  // Thousands separators (space or comma before three digits) out, then the same shape.
  const joined = s.replace(/[\s,](?=\d{3}\b)/g, '');
  return /^-?\d+(\.\d+)?$/.test(joined) ? Number(joined) : null;
}

/** Whether `s` is `-?\d+(\.\d+)?` (read without a regex: the common case of `amount`). */
function isPlainDecimal(s: string): boolean {
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i += 1;
  if (i === start) return false;
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== 46) return false;
  i += 1;
  const fraction = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i += 1;
  return i > fraction && i === s.length;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `"65000.00 USD"` → `{ amount: 65000, currency: 'USD' }`. */
export function moneyWithCurrency(value: unknown): { amount: number; currency: string | null } | null {
  const s = text(value);
  if (!s) return typeof value === 'number' ? { amount: value, currency: null } : null;
  const m = /^(-?[\d.,\s]+?)\s*([A-Za-z]{3})?$/.exec(s);
  if (!m) return null;
  const n = amount(m[1]);
  return n === null ? null : { amount: n, currency: m[2]?.toUpperCase() ?? null };
}

const PERIOD_WORDS: Record<string, PayPeriod> = {
  hour: 'hour', hourly: 'hour', hr: 'hour', stunde: 'hour', heure: 'hour',
  day: 'day', daily: 'day', daily_rate: 'day', tag: 'day', jour: 'day',
  week: 'week', weekly: 'week', woche: 'week', semaine: 'week',
  month: 'month', monthly: 'month', monat: 'month', mois: 'month', mensuel: 'month',
  quarter: 'quarter', quarterly: 'quarter',
  year: 'year', yearly: 'year', annual: 'year', annually: 'year', annum: 'year', jahr: 'year', an: 'year', annuel: 'year',
};

/** A pay period from vendor words (`Monthly`, `Hour`, `per annum`), or null. */
export function payPeriod(value: unknown): PayPeriod | null {
  const s = text(value)?.toLowerCase().replace(/^per\s+/, '').replace(/\s+/g, '_');
  if (!s) return null;
  if ((PAY_PERIODS as readonly string[]).includes(s)) return s as PayPeriod;
  return PERIOD_WORDS[s] ?? null;
}

/** Whether a value is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
