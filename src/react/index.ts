/**
 * `hris-kit/react`: React components for the hris-kit elements, made with
 * `@lit/react`. Properties are typed from the element classes (`connection`,
 * `config`, `host`, `proxy`, `schema`, `strings` …) and every event has an
 * `onHris…` prop with its typed event. Importing this module registers the
 * tags (in a browser; on a server it only exports the components).
 *
 * ```tsx
 * import { HrisConnect } from 'hris-kit/react';
 * <HrisConnect proxy="/api/hris" tenant={account.id} connection={stored}
 *   onHrisConnected={(e) => save(e.detail.connection)} />
 * ```
 *
 * React is an optional peer dependency: only this entry point needs it.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { HrisConfigure as HrisConfigureElement } from '../components/configure/configure.js';
import { HrisConnect as HrisConnectElement } from '../components/connect/connect.js';
import { HrisSyncPreview as HrisSyncPreviewElement } from '../components/sync-preview/sync-preview.js';
import type { SyncConfig } from '../core/config.js';
import type { HrisConfigChangeEvent } from '../events/config-change.js';
import type { HrisConnectedEvent } from '../events/connected.js';
import type { HrisDisconnectedEvent } from '../events/disconnected.js';
import type { HrisErrorEvent } from '../events/error.js';
import type { HrisRequestSyncEvent } from '../events/request-sync.js';
import type { HrisRetrievedEvent } from '../events/retrieved.js';
import type { HrisSyncCompleteEvent } from '../events/sync-complete.js';

if (typeof customElements !== 'undefined') {
  HrisConnectElement.define('hris-connect');
  HrisConfigureElement.define('hris-configure');
  HrisSyncPreviewElement.define('hris-sync-preview');
}

const onError = 'hris-error' as EventName<HrisErrorEvent>;
/** `detail.config` is the whole new configuration, typed as the core's `SyncConfig`. */
const onConfigChange = 'hris-config-change' as EventName<HrisConfigChangeEvent<SyncConfig>>;

/** `<hris-connect>`: `onHrisConnected`, `onHrisDisconnected`, `onHrisConfigChange`, `onHrisError`. */
export const HrisConnect = createComponent({
  tagName: 'hris-connect',
  elementClass: HrisConnectElement,
  react: React,
  displayName: 'HrisConnect',
  events: {
    onHrisConnected: 'hris-connected' as EventName<HrisConnectedEvent>,
    onHrisDisconnected: 'hris-disconnected' as EventName<HrisDisconnectedEvent>,
    onHrisConfigChange: onConfigChange,
    onHrisError: onError,
  },
});

/** `<hris-configure>`: `onHrisConfigChange`, `onHrisError`. */
export const HrisConfigure = createComponent({
  tagName: 'hris-configure',
  elementClass: HrisConfigureElement,
  react: React,
  displayName: 'HrisConfigure',
  events: {
    onHrisConfigChange: onConfigChange,
    onHrisError: onError,
  },
});

/**
 * `<hris-sync-preview>`: `onHrisRetrieved`, `onHrisRequestSync` (call `e.preventDefault()` to hold the
 * sync, then `ref.current.confirmSync()` or `cancelSync()`), `onHrisSyncComplete`.
 */
export const HrisSyncPreview = createComponent({
  tagName: 'hris-sync-preview',
  elementClass: HrisSyncPreviewElement,
  react: React,
  displayName: 'HrisSyncPreview',
  events: {
    onHrisRetrieved: 'hris-retrieved' as EventName<HrisRetrievedEvent>,
    onHrisRequestSync: 'hris-request-sync' as EventName<HrisRequestSyncEvent>,
    onHrisSyncComplete: 'hris-sync-complete' as EventName<HrisSyncCompleteEvent>,
  },
});
