/**
 * Detail of `hris-config-change`: the whole new configuration, as plain
 * serialisable data the host can store and pass back in through `config`.
 * `C` is the core's `SyncConfig`; it defaults to an opaque record so this module
 * does not depend on the configuration schema.
 */
export interface HrisConfigChangeDetail<C = Readonly<Record<string, unknown>>> {
  readonly config: C;
  /** Which element changed it. */
  readonly source: 'connect' | 'configure';
}

/** Fired when the user changed the sync configuration (mappings, identifier, rules …). */
export class HrisConfigChangeEvent<C = Readonly<Record<string, unknown>>> extends Event {
  static readonly eventName = 'hris-config-change';
  readonly detail: HrisConfigChangeDetail<C>;
  constructor(detail: HrisConfigChangeDetail<C>) {
    super(HrisConfigChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hris-config-change': HrisConfigChangeEvent;
  }
}
