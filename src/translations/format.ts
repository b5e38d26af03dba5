/**
 * The formatting layer elements use: the active translation, `Intl` dates,
 * numbers and lists for the element's language, and issue codes (from the core
 * and from the proxy) turned into a sentence plus a next step.
 */
import type { Issue, IssueParam } from '../core/result.js';
import type { IssueParams, IssueSentence, IssueTranslation, Translation } from './en.js';

export interface Formatter {
  /** The BCP 47 tag used for `Intl` (the element's resolved `lang`). */
  readonly lang: string;
  readonly t: Translation;
  /** A calendar date (`2024-03-01` or an instant) in the locale's medium style; `fallback` for empty or invalid input. */
  date(value: string | number | Date | null | undefined, fallback?: string): string;
  /** Date and time, short time style. */
  dateTime(value: string | number | Date | null | undefined, fallback?: string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** "a, b and c" in the locale. */
  list(items: readonly string[]): string;
  /** What happened and what to do next, for any issue code (unknown codes get a generic sentence). */
  issue(issue: Issue, extra?: Readonly<Record<string, IssueParam>>): IssueSentence;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toDate(value: string | number | Date): { date: Date; calendarOnly: boolean } | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value, calendarOnly: false };
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    // A calendar date has no time zone: format it as UTC so it never shifts by a day.
    const date = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? null : { date, calendarOnly: true };
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, calendarOnly: false };
}

export function createFormatter(lang: string, t: Translation): Formatter {
  const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
  const dateFormat = (key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    let f = cache.get(key) as Intl.DateTimeFormat | undefined;
    if (!f) cache.set(key, (f = new Intl.DateTimeFormat(lang, options)));
    return f;
  };
  const issues = t.issues as unknown as Readonly<Record<string, IssueTranslation | undefined>>;

  return {
    lang,
    t,
    date(value, fallback = '') {
      if (value === null || value === undefined || value === '') return fallback;
      const parsed = toDate(value);
      if (!parsed) return fallback;
      const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', ...(parsed.calendarOnly ? { timeZone: 'UTC' } : {}) };
      return dateFormat(parsed.calendarOnly ? 'date-utc' : 'date', options).format(parsed.date);
    },
    dateTime(value, fallback = '') {
      if (value === null || value === undefined || value === '') return fallback;
      const parsed = toDate(value);
      if (!parsed) return fallback;
      return dateFormat('dateTime', { dateStyle: 'medium', timeStyle: 'short' }).format(parsed.date);
    },
    number(value, options) {
      if (!options) {
        let f = cache.get('number') as Intl.NumberFormat | undefined;
        if (!f) cache.set('number', (f = new Intl.NumberFormat(lang)));
        return f.format(value);
      }
      return new Intl.NumberFormat(lang, options).format(value);
    },
    list(items) {
      return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
    },
    issue(issue, extra) {
      const params: IssueParams = { ...(issue.params ?? {}), ...(extra ?? {}), code: issue.code };
      const own = Object.prototype.hasOwnProperty.call(issues, issue.code) ? issues[issue.code] : undefined;
      return (own ?? t.issues.unknown)(params);
    },
  };
}
