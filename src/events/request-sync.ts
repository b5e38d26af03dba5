export interface HrisRequestSyncDetail {
  /** Hash of the plan that will be applied: the preview and the outcome are the same plan. */
  readonly planHash: string;
  /** Record keys selected for this run (all planned changes when nothing was selected). */
  readonly recordKeys: readonly string[];
  readonly creates: number;
  readonly updates: number;
  readonly leavers: number;
  /** HRIS ids of the entries the run will apply (set by `<hris-sync-preview>`; same as `recordKeys`). */
  readonly hrisIds?: readonly string[];
  /** The numbers the confirmation stated (set by `<hris-sync-preview>`). */
  readonly counts?: { readonly creates: number; readonly updates: number; readonly leavers: number; readonly total: number };
  /** True when the run retries the failed records of an earlier run. */
  readonly retry?: boolean;
}

/**
 * Fired before a sync is applied. Cancelable: the host calls `preventDefault()`
 * to veto it (for example to re-authenticate the user first).
 */
export class HrisRequestSyncEvent extends Event {
  static readonly eventName = 'hris-request-sync';
  readonly detail: HrisRequestSyncDetail;
  constructor(detail: HrisRequestSyncDetail) {
    super(HrisRequestSyncEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hris-request-sync': HrisRequestSyncEvent;
  }
}
