/**
 * State of `<hris-connect>`'s optional "Map additional fields" step: which
 * vendor field fills each host target field, starting from the host's config
 * (or the preset's defaults). "Skip for now" keeps that config; "Finish setup"
 * fires `hris-config-change` with the new one when the user changed anything.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultSyncConfig, syncConfigSchema, type Mapping, type SyncConfig, type SyncConfigInput } from '../../core/config.js';
import { typeFits, type HostField, type HostSchema } from '../../core/host.js';
import type { FieldDef } from '../../core/model.js';
import { isPresetId, nameTargets, presets } from '../../core/presets.js';
import type { ProviderInfo } from '../../core/providers/types.js';
import { specialCategoryOf, foldForMatch } from '../../core/sensitive.js';
import { FIELDS_PREFIX, sourceFields } from '../../core/sources.js';
import { HrisConfigChangeEvent } from '../../events/config-change.js';
import type { MapView } from './connect-steps.js';

/** What the controller reads from its element. */
export interface MapHost extends ReactiveControllerHost, EventTarget {
  config?: SyncConfigInput;
  schema?: HostSchema;
}

/** One vendor field offered for a target: the source path and what the type-ahead shows. */
export interface MapSource extends FieldDef {
  /** `workEmail`, `payRate.amount`, `fields.<id>` … */
  readonly id: string;
}

export class MapFieldsController implements ReactiveController {
  private base: SyncConfig | undefined;
  private mapping: Record<string, string> = {};
  private unknown = new Set<string>();
  private sources: MapSource[] = [];

  constructor(private readonly host: MapHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The host schema in use: the element's `schema`, else the config's preset, else the stakeholder preset. */
  schema(): HostSchema {
    if (this.host.schema) return this.host.schema;
    const target = this.host.config?.target;
    return target && isPresetId(target) ? presets[target].schema : presets.stakeholder.schema;
  }

  /** Starts the step for a fresh connection: the config in force, the fields the credential can read. */
  reset(def: ProviderInfo, readable: readonly string[]): void {
    const schema = this.schema();
    const readableIds = new Set(readable);
    const catalog = def.standardFields.filter(
      (f) => f.sensitivity !== 'special' && specialCategoryOf(f) === null && (readableIds.size === 0 || readableIds.has(f.id)),
    );
    const parsed = this.host.config ? syncConfigSchema.safeParse(this.host.config) : undefined;
    this.base = parsed?.success
      ? parsed.data
      : isPresetId(schema.id)
        ? defaultSyncConfig(schema.id, catalog)
        : syncConfigSchema.parse({ target: schema.id });
    const recordEndpoint = mainEndpoint(def);
    this.sources = sourceFields(catalog)
      .filter((s) => s.sensitivity !== 'special')
      .map((s) => ({
        id: s.path,
        label: s.label,
        type: s.type,
        sensitivity: s.sensitivity,
        custom: s.custom,
        endpoint: s.catalog ? (catalog.find((f) => FIELDS_PREFIX + f.id === s.path)?.endpoint ?? recordEndpoint) : recordEndpoint,
      }));
    this.mapping = Object.fromEntries(this.base.mappings.map((m) => [m.target, m.source]));
    this.unknown = new Set();
    this.host.requestUpdate();
  }

  /** Target fields the user may map: everything but the name, identifier and primary email, which the sync fills. */
  targets(): HostField[] {
    const schema = this.schema();
    const reserved = new Set([...nameTargets(schema), ...Object.values(schema.identifier), ...(schema.primaryEmail ? [schema.primaryEmail] : [])]);
    return schema.fields.filter((f) => !reserved.has(f.id));
  }

  /** Sources whose type fits a target. */
  sourcesFor(target: HostField): MapSource[] {
    return this.sources.filter((s) => typeFits(s.type, target.type));
  }

  view(finish: () => void, skip: () => void): MapView {
    return {
      targets: this.targets(),
      sourcesFor: (target) => this.sourcesFor(target),
      mapping: this.mapping,
      unknown: this.unknown,
      change: (target, value) => this.change(target, value),
      skip,
      finish,
    };
  }

  /** The user typed or picked `value` for `target`: a source path, or a label typed in full. */
  change(targetId: string, value: string): void {
    const target = this.targets().find((f) => f.id === targetId);
    if (!target) return;
    const text = value.trim();
    const next = { ...this.mapping };
    const unknown = new Set(this.unknown);
    unknown.delete(targetId);
    if (text === '') delete next[targetId];
    else {
      const options = this.sourcesFor(target);
      const hit = options.find((s) => s.id === text) ?? options.find((s) => foldForMatch(s.label) === foldForMatch(text));
      if (hit) next[targetId] = hit.id;
      else unknown.add(targetId);
    }
    this.mapping = next;
    this.unknown = unknown;
    this.host.requestUpdate();
  }

  /** Whether the current choices can be saved. */
  get valid(): boolean {
    return this.unknown.size === 0;
  }

  /** The config with the user's mappings, or `undefined` when nothing changed. */
  result(): SyncConfig | undefined {
    if (!this.base) return undefined;
    const targets = new Set(this.targets().map((f) => f.id));
    const kept = this.base.mappings.filter((m) => !targets.has(m.target));
    const chosen: Mapping[] = this.targets().flatMap((f) => (this.mapping[f.id] ? [{ source: this.mapping[f.id]!, target: f.id }] : []));
    const mappings = [...kept, ...chosen];
    const same = (a: readonly Mapping[], b: readonly Mapping[]) =>
      a.length === b.length && a.every((m) => b.some((n) => n.source === m.source && n.target === m.target));
    return same(mappings, this.base.mappings) ? undefined : { ...this.base, mappings };
  }

  /** Fires `hris-config-change` when the user changed the mappings; returns the config in force. */
  commit(): SyncConfig | undefined {
    const config = this.result();
    if (config) {
      this.host.config = config;
      this.host.dispatchEvent(new HrisConfigChangeEvent<SyncConfig>({ config, source: 'connect' }));
    }
    return config ?? this.base;
  }
}

/** Where canonical values come from: the endpoint most of the provider's standard fields name. */
function mainEndpoint(def: ProviderInfo): string {
  const counts = new Map<string, number>();
  for (const f of def.standardFields) counts.set(f.endpoint, (counts.get(f.endpoint) ?? 0) + 1);
  let best = '';
  for (const [endpoint, n] of counts) if (n > (counts.get(best) ?? 0)) best = endpoint;
  return best;
}
