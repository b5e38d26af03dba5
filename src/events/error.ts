import type { IssueParam } from '../core/result.js';

export interface HrisErrorDetail {
  /** Issue code from the core or the proxy (`wrong_credentials`, `vendor_unavailable` …). */
  readonly code: string;
  readonly params: Readonly<Record<string, IssueParam>>;
  /** What the element was doing: `connect`, `disconnect`, `retrieve`, `sync` … */
  readonly operation: string;
}

/** Fired whenever an element shows an error to the user; carries the code, never a secret. */
export class HrisErrorEvent extends Event {
  static readonly eventName = 'hris-error';
  readonly detail: HrisErrorDetail;
  constructor(detail: HrisErrorDetail) {
    super(HrisErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hris-error': HrisErrorEvent;
  }
}
