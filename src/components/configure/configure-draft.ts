/**
 * Where `<hris-configure>`'s draft comes from and where it goes: the config
 * read for a (tenant, connection), the draft the form starts from (the host's
 * config, else the saved one, else the preset's defaults), the input its view
 * is derived from, and saving. Loaded with the connected screens
 * (`configure-parts.ts`).
 */
import { defaultSyncConfig, syncConfigSchema, type SyncConfig, type SyncConfigInput } from '../../core/config.js';
import { presetFromAttribute } from '../../core/config-view.js';
import type { HostSchema } from '../../core/host.js';
import { isPresetId, presets, type PresetId } from '../../core/presets.js';
import { getProviderInfo } from '../../core/providers/info.js';
import { issue, type Result } from '../../core/result.js';
import type { Snapshot, SnapshotKey } from '../../core/snapshot.js';
import type { HrisConnection } from '../../events/connected.js';
import { snapshotStore } from '../base/snapshot-controller.js';
import type { ViewInput } from './configure-view.js';

/** What the element's properties say about the draft. */
export interface DraftSource {
  /** The host's config (`config` property), which wins over the saved one. */
  readonly config?: SyncConfigInput | undefined;
  readonly schema?: HostSchema | undefined;
  /** The `preset` attribute. */
  readonly preset: string;
}

/** The preset in use: the `preset` attribute, else the config's target, else the stakeholder preset. */
export function presetIn(preset: string, config?: { target?: string }): PresetId {
  const named = presetFromAttribute(preset);
  if (named) return named;
  return config?.target && isPresetId(config.target) ? config.target : 'stakeholder';
}

/** The config saved for `key`, or null when there is none or it cannot be read. */
export async function readStoredConfig(key: SnapshotKey): Promise<SyncConfig | null> {
  const got = await (await snapshotStore()).getConfig(key, syncConfigSchema);
  return got.ok ? got.value : null;
}

/** Persists `config` for `key`; a store that cannot be opened is `storage_unavailable`. */
export async function storeConfig(key: SnapshotKey, config: SyncConfig): Promise<Result<unknown>> {
  try {
    return await (await snapshotStore()).saveConfig(key, config);
  } catch {
    return { ok: false, issues: [issue('storage_unavailable')] };
  }
}

/**
 * The draft the form starts from: the host's config, else the one saved for
 * this connection, else the preset's defaults. `unreadable` is set when the
 * host's config did not parse (the defaults are shown instead).
 */
export function startingDraft(source: DraftSource, stored: SyncConfig | null, snapshot: Snapshot | null): { draft: SyncConfig; unreadable: boolean } {
  let unreadable = false;
  if (source.config !== undefined) {
    const parsed = syncConfigSchema.safeParse(source.config);
    if (parsed.success) return { draft: parsed.data, unreadable };
    unreadable = true;
  } else if (stored) return { draft: stored, unreadable };
  const { schema } = source;
  if (schema && !isPresetId(schema.id)) return { draft: syncConfigSchema.parse({ target: schema.id }), unreadable };
  const preset = schema && isPresetId(schema.id) ? schema.id : presetIn(source.preset);
  return { draft: defaultSyncConfig(preset, snapshot?.catalog ?? []), unreadable };
}

/** What the view is derived from; the provider's catalog stands in until there is a snapshot. */
export function viewInput(
  source: DraftSource,
  draft: SyncConfig,
  snapshot: Snapshot | null,
  connection: HrisConnection | undefined,
  sourceLabels: Readonly<Record<string, string>>,
): ViewInput {
  const info = connection ? getProviderInfo(connection.provider) : undefined;
  return {
    draft,
    schema: source.schema ?? presets[presetIn(source.preset, draft)].schema,
    catalog: snapshot?.catalog ?? info?.standardFields ?? [],
    readable: snapshot?.readable ?? (connection?.readable.length ? connection.readable : null),
    dropped: snapshot?.dropped.fields ?? [],
    records: snapshot?.records ?? [],
    providerLabel: info?.label ?? '',
    sourceLabels,
  };
}
