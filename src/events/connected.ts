import type { ProviderId } from '../core/model.js';

/**
 * What `<hris-connect>` remembers about a connection, and all it remembers: no
 * secret ever. The host stores it and passes it back in through the
 * `connection` property.
 */
export interface HrisConnection {
  /** The proxy's connection id. */
  readonly id: string;
  readonly provider: ProviderId;
  /** ISO 8601 instant the proxy validated the credentials. */
  readonly connectedAt: string;
  /** ISO 8601 instant of the last successful retrieval, if any. */
  readonly lastRetrievedAt?: string | null;
  /** Catalog field ids the credential could read when it was validated. */
  readonly readable: readonly string[];
}

export interface HrisConnectedDetail {
  readonly connection: HrisConnection;
  /** Set on a reconnect: the connection this one replaces. */
  readonly previousConnectionId: string | null;
}

/** Fired when credentials were validated by the proxy and a connection exists. */
export class HrisConnectedEvent extends Event {
  static readonly eventName = 'hris-connected';
  readonly detail: HrisConnectedDetail;
  constructor(detail: HrisConnectedDetail) {
    super(HrisConnectedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hris-connected': HrisConnectedEvent;
  }
}
