export interface HrisSyncCompleteDetail {
  readonly planHash: string;
  /** ISO 8601 instant the run finished. */
  readonly finishedAt: string;
  readonly created: number;
  readonly updated: number;
  readonly failed: number;
  readonly skipped: number;
  /** Per-record outcomes of this run (set by `<hris-sync-preview>`). */
  readonly results?: readonly HrisSyncRecordOutcome[];
}

/** One record's outcome, as plain data. */
export interface HrisSyncRecordOutcome {
  readonly hrisId: string;
  readonly ok: boolean;
  readonly action: 'create' | 'update';
  readonly hostId: string | null;
  /** The issue code when it failed. */
  readonly code: string | null;
}

/** Fired when the host adapter has applied a plan (some records may have failed). */
export class HrisSyncCompleteEvent extends Event {
  static readonly eventName = 'hris-sync-complete';
  readonly detail: HrisSyncCompleteDetail;
  constructor(detail: HrisSyncCompleteDetail) {
    super(HrisSyncCompleteEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hris-sync-complete': HrisSyncCompleteEvent;
  }
}
