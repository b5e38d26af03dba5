/**
 * The plan the preview shows, as a reactive controller: the host's records
 * listed, the phone validator loaded only when a phone field is mapped, the
 * config resolved (the host's, else the one saved for the connection, else the
 * preset's defaults), `planSync` run, its rows indexed once per plan (a few
 * numbers per bucket, nothing per entry: `buildPlanRows`), and the
 * "new / changed since the last retrieval" marks added after the first rows
 * are on screen (the snapshot diff reads every record twice).
 */
import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { defaultSyncConfig, syncConfigSchema, type SyncConfig, type SyncConfigInput } from '../../core/config.js';
import type { HostAdapter, HostSchema } from '../../core/host.js';
import { loadPhoneValidator } from '../../core/phone.js';
import type { SyncPlan } from '../../core/plan-types.js';
import { buildPlanRows, configNeedsPhone, markSince, type PlanRows } from '../../core/plan-view.js';
import { isPresetId, presets } from '../../core/presets.js';
import { diffSnapshots, type Snapshot, type SnapshotDiff, type SnapshotKey } from '../../core/snapshot.js';
import { snapshotStore } from '../base/snapshot-controller.js';

type PlanSync = typeof import('../../core/plan.js').planSync;

/** The planner (matching, mapping, filters) loads with the first plan, not with the element; later plans use it at once. */
let planner: PlanSync | undefined;
const loadPlanner = (): Promise<PlanSync> => import('../../core/plan.js').then((m) => (planner = m.planSync));

export interface PlanSource {
  readonly snapshot: Snapshot | null;
  readonly previous: Snapshot | null;
  readonly host: HostAdapter | undefined;
  readonly config: SyncConfigInput | undefined;
  readonly schema: HostSchema | undefined;
  readonly key: SnapshotKey | null;
  /** Bumped after a sync so the host's records are listed again. */
  readonly version: number;
}

export interface PlanValue {
  readonly plan: SyncPlan;
  readonly config: SyncConfig;
  readonly schema: HostSchema | undefined;
}

export class PlanController {
  /** The current plan and its rows; replaced (never mutated) when a new plan arrives. */
  value: PlanValue | null = null;
  rows: PlanRows | null = null;
  private markedWith: readonly unknown[] = [];

  /** The planning task (its `value` is read by `bench/browser/preview.ts`). */
  readonly planTask: Task<readonly unknown[], PlanValue | null>;
  private readonly diffTask: Task<readonly unknown[], SnapshotDiff | null>;

  constructor(host: ReactiveControllerHost, private readonly source: () => PlanSource) {
    this.planTask = new Task(host, {
      args: () => { const s = this.source(); return [s.snapshot, s.host, s.config, s.schema, s.version]; },
      task: async (_args, { signal }) => this.compute(signal),
    });
    this.diffTask = new Task(host, {
      args: () => { const s = this.source(); return [s.snapshot, s.previous]; },
      task: async () => {
        const { snapshot, previous } = this.source();
        if (!snapshot || !previous) return null;
        await new Promise((resolve) => setTimeout(resolve, 0));
        return diffSnapshots(previous, snapshot);
      },
    });
  }

  get failed(): boolean {
    return this.planTask.status === TaskStatus.ERROR;
  }

  /**
   * Call from `willUpdate`: takes a new plan (returns true when it changed)
   * and applies the since-marks once they are known (returns true then too).
   */
  derive(): { planChanged: boolean; marksChanged: boolean } {
    const value = this.planTask.value ?? null;
    const planChanged = value !== this.value;
    if (planChanged) {
      this.value = value;
      this.rows = value ? buildPlanRows(value.plan) : null;
    }
    const diff = this.diffTask.value ?? null;
    let marksChanged = false;
    if (this.rows && diff && (this.markedWith[0] !== this.rows || this.markedWith[1] !== diff)) {
      this.markedWith = [this.rows, diff];
      markSince(this.rows, diff);
      marksChanged = true;
    }
    return { planChanged, marksChanged };
  }

  private async compute(signal: AbortSignal): Promise<PlanValue | null> {
    const { snapshot, host, config: input, schema: schemaInput } = this.source();
    if (!snapshot || !host) return null;
    const config = await this.resolveConfig(input, snapshot);
    const schema = schemaInput ?? (isPresetId(config.target) ? presets[config.target].schema : undefined);
    const [hostRecords, phone, planSync] = await Promise.all([
      host.listRecords({ signal }),
      schema && configNeedsPhone(config, schema) ? loadPhoneValidator() : Promise.resolve(undefined),
      planner ?? loadPlanner(),
    ]);
    signal.throwIfAborted();
    const plan = planSync(snapshot.records, hostRecords, config, { ...(schema ? { schema } : {}), ...(phone ? { phone } : {}) });
    return { plan, config, schema };
  }

  private async resolveConfig(input: SyncConfigInput | undefined, snapshot: Snapshot): Promise<SyncConfig> {
    if (input !== undefined) return syncConfigSchema.parse(input);
    const { key, schema } = this.source();
    if (key) {
      const saved = await (await snapshotStore()).getConfig(key, syncConfigSchema);
      if (saved.ok && saved.value) return saved.value;
    }
    return defaultSyncConfig(schema && isPresetId(schema.id) ? schema.id : 'stakeholder', snapshot.catalog);
  }
}
