/**
 * Expected failures are results, not exceptions. An issue is data — a stable
 * `code`, where it happened and the values involved — and never user-facing
 * text: the translation layer turns codes into sentences.
 */
export type IssueParam = string | number | boolean | null;

export interface Issue {
  readonly code: string;
  readonly path?: readonly (string | number)[];
  readonly params?: Readonly<Record<string, IssueParam>>;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

export const ok = <T>(value: T, issues: readonly Issue[] = []): Result<T> => ({ ok: true, value, issues });
export const fail = <T = never>(...issues: Issue[]): Result<T> => ({ ok: false, issues });
export const issue = (code: string, params?: Record<string, IssueParam>, path?: (string | number)[]): Issue =>
  ({ code, ...(params ? { params } : {}), ...(path ? { path } : {}) });
