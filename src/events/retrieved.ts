import type { ProviderId } from '../core/model.js';

export interface HrisRetrievedDetail {
  readonly connectionId: string;
  readonly provider: ProviderId;
  /** ISO 8601 instant the snapshot was taken. */
  readonly retrievedAt: string;
  /** Records in the snapshot. */
  readonly total: number;
  /** Records set aside with a reason. */
  readonly quarantined: number;
  /** True when an optional resource failed; the snapshot is still usable. */
  readonly partial: boolean;
}

/** Fired when a retrieval stored a new snapshot. */
export class HrisRetrievedEvent extends Event {
  static readonly eventName = 'hris-retrieved';
  readonly detail: HrisRetrievedDetail;
  constructor(detail: HrisRetrievedDetail) {
    super(HrisRetrievedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hris-retrieved': HrisRetrievedEvent;
  }
}
