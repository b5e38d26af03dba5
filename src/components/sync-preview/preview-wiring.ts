/**
 * `<hris-sync-preview>`'s controllers, created together once the element has
 * a connection (with the connected screens' chunk, `preview-parts.ts`): the
 * snapshot (each retrieval announced, fired as `hris-retrieved` and added to
 * the run history), the sync (each run's results announced), and the plan
 * computed from the snapshot, the host's records and the config.
 */
import type { ReactiveControllerHost } from 'lit';
import type { SyncConfigInput } from '../../core/config.js';
import type { HostAdapter, HostSchema } from '../../core/host.js';
import type { ProxyClient } from '../../core/proxy-client.js';
import type { SnapshotKey } from '../../core/snapshot.js';
import type { HrisConnection } from '../../events/connected.js';
import { HrisRetrievedEvent } from '../../events/retrieved.js';
import type { Formatter } from '../../translations/index.js';
import { SnapshotController } from '../base/snapshot-controller.js';
import { SyncController } from '../base/sync-controller.js';
import { PlanController } from './preview-plan.js';

/** What the controllers read from the element (its public properties); they add themselves to it. */
export interface PreviewHost extends ReactiveControllerHost, EventTarget {
  readonly tenant: string;
  readonly connection?: HrisConnection | undefined;
  readonly host?: HostAdapter | undefined;
  readonly config?: SyncConfigInput | undefined;
  readonly schema?: HostSchema | undefined;
}

/** The element's private side the controllers need, as callbacks. */
export interface PreviewHooks {
  readonly client: () => ProxyClient | undefined;
  readonly key: () => SnapshotKey | null;
  /** Bumped after a sync, so the host's records are listed (and the plan computed) again. */
  readonly version: () => number;
  readonly fmt: () => Formatter;
  readonly announce: (text: string) => void;
  /** A sync reached the host (its results are announced already). */
  readonly applied: () => void;
}

export interface PreviewControllers {
  readonly snapshots: SnapshotController;
  readonly sync: SyncController;
  readonly planned: PlanController;
}

export function startControllers(element: PreviewHost, hooks: PreviewHooks): PreviewControllers {
  const snapshots = new SnapshotController(element, {
    source: () => ({ tenant: element.tenant, connection: element.connection, client: hooks.client() }),
    autoRefresh: true,
    onRetrieved: (outcome, stored) => {
      // Every retrieval is in the run history, the ones that failed too.
      void sync.loadHistory(true);
      if (!stored) return;
      const fmt = hooks.fmt();
      hooks.announce(fmt.t.syncPreview.retrievedAnnouncement(fmt.number(stored.recordCount)));
      element.dispatchEvent(new HrisRetrievedEvent({
        connectionId: stored.connectionId, provider: stored.provider, retrievedAt: stored.retrievedAt,
        total: stored.recordCount, quarantined: stored.quarantine.length, partial: outcome.status !== 'COMPLETE',
      }));
    },
  });
  const sync = new SyncController(element, {
    source: () => ({ host: element.host, key: hooks.key() }),
    target: element,
    onApplied: () => {
      const r = sync.results;
      const fmt = hooks.fmt();
      hooks.announce(fmt.t.syncPreview.resultsSummary(
        fmt.number(r.filter((x) => x.ok && x.action === 'create').length),
        fmt.number(r.filter((x) => x.ok && x.action === 'update').length),
        fmt.number(r.filter((x) => !x.ok).length),
      ));
      hooks.applied();
    },
  });
  const planned = new PlanController(element, () => ({
    snapshot: snapshots.snapshot, previous: snapshots.previous, host: element.host, config: element.config,
    schema: element.schema, key: hooks.key(), version: hooks.version(),
  }));
  return { snapshots, sync, planned };
}
