import type { ProviderId } from '../core/model.js';

export interface HrisDisconnectedDetail {
  readonly connectionId: string;
  readonly provider: ProviderId;
}

/** Fired once the proxy has removed a connection (and the credentials it held). */
export class HrisDisconnectedEvent extends Event {
  static readonly eventName = 'hris-disconnected';
  readonly detail: HrisDisconnectedDetail;
  constructor(detail: HrisDisconnectedDetail) {
    super(HrisDisconnectedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hris-disconnected': HrisDisconnectedEvent;
  }
}
