/** Small helpers every translation file uses to put issue parameters into sentences. */
import type { IssueParam } from '../core/result.js';

/** A parameter as text, or the fallback when it is missing or empty. */
export const s = (value: IssueParam | undefined, fallback = ''): string =>
  value === undefined || value === null || value === '' ? fallback : String(value);

/**
 * The HR system's own words (`vendorMessage`), quoted by `quote`, or nothing.
 * Rendered as text by the elements, never as markup.
 */
export const said = (params: Readonly<Record<string, IssueParam | undefined>>, quote: (text: string) => string): string => {
  const text = s(params['vendorMessage']).trim().replace(/[.。!\s]+$/u, '');
  return text === '' ? '' : quote(text);
};
