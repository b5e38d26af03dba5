/**
 * What `<hris-configure>` shows, derived once per change of the draft, the
 * snapshot or the schema (in `willUpdate`), from the core's pure functions;
 * and the labels that turn issue parameters into words.
 */
import { validateConfig, type SyncConfig } from '../../core/config.js';
import {
  countedRules, distinctValues, evaluateRules, exampleValues, notMappable, offeredSources, recordLookup,
  type NotMappable, type RuleEvaluator, type ValueCount,
} from '../../core/config-view.js';
import type { HostField, HostSchema } from '../../core/host.js';
import type { EmployeeRecord, FieldDef } from '../../core/model.js';
import type { Issue, Result } from '../../core/result.js';
import { sourceFields, type RecordLookup, type SourceField } from '../../core/sources.js';
import type { Translation } from '../../translations/index.js';

export interface ViewInput {
  readonly draft: SyncConfig;
  readonly schema: HostSchema;
  readonly catalog: readonly FieldDef[];
  readonly readable: readonly string[] | null;
  readonly dropped: readonly { readonly id: string; readonly label: string }[];
  readonly records: readonly EmployeeRecord[];
  /** The provider's name, for the group of its own fields. */
  readonly providerLabel: string;
  /** Labels of the canonical sources in the element's language. */
  readonly sourceLabels: Readonly<Record<string, string>>;
}

export interface ConfigureView {
  readonly input: ViewInput;
  /** Sources the user may pick (readable, not special). */
  readonly sources: readonly SourceField[];
  /** Every source by path (unreadable ones too), for labels. */
  readonly known: ReadonlyMap<string, SourceField>;
  readonly hostFields: ReadonlyMap<string, HostField>;
  readonly validation: Result<SyncConfig>;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
  readonly counted: readonly number[];
  readonly rules: RuleEvaluator;
  readonly notMappable: readonly NotMappable[];
  examples(path: string): readonly string[];
  values(path: string): readonly ValueCount[];
}

/** Everything the templates read, computed from the core. */
export function deriveView(input: ViewInput): ConfigureView {
  const { draft, schema, catalog, readable, dropped, records } = input;
  const localize = (s: SourceField): SourceField => (s.catalog ? s : { ...s, label: input.sourceLabels[s.path] ?? s.label });
  const sources = offeredSources({ catalog, readable, dropped }).map(localize);
  const known = new Map(sourceFields(catalog).map((s) => [s.path, localize(s)]));
  const validation = validateConfig(draft, catalog, schema, readable === null ? {} : { readable });
  const errors = validation.ok ? [] : validation.issues.filter((i) => i.code !== 'mapping_source_unreadable');
  const warnings = validation.issues.filter((i) => i.code === 'mapping_source_unreadable');
  const counted = countedRules(draft.conditions, errors);
  const lookup: RecordLookup = recordLookup(records);
  const exampleCache = new Map<string, readonly string[]>();
  const valueCache = new Map<string, readonly ValueCount[]>();
  return {
    input,
    sources,
    known,
    hostFields: new Map(schema.fields.map((f) => [f.id, f])),
    validation,
    errors,
    warnings,
    counted,
    rules: evaluateRules(records, draft.conditions, counted),
    notMappable: notMappable({ catalog, readable, dropped }),
    examples(path) {
      let found = exampleCache.get(path);
      if (!found) exampleCache.set(path, (found = exampleValues(records, path, 3, lookup)));
      return found;
    },
    values(path) {
      let found = valueCache.get(path);
      if (!found) valueCache.set(path, (found = distinctValues(records, path, 25, lookup)));
      return found;
    },
  };
}

/** A source's label: known source, dropped field, or the path itself. */
export function sourceLabel(view: ConfigureView, path: string): string {
  const known = view.known.get(path);
  if (known) return known.label;
  const id = path.startsWith('fields.') ? path.slice('fields.'.length) : path;
  return view.input.dropped.find((d) => d.id === id)?.label ?? path;
}

export function isDropped(view: ConfigureView, path: string): boolean {
  return path.startsWith('fields.') && view.input.dropped.some((d) => d.id === path.slice('fields.'.length));
}

/** The sentence for one of `validateConfig`'s issues, parameters turned into labels. */
export function problemText(t: Translation, view: ConfigureView, issue: Issue): string {
  const c = t.configure;
  const p = { ...(issue.params ?? {}) };
  // A dropped special-category field is not in the catalog: say why, rather than "unknown".
  const named = p['source'] ?? p['field'];
  if ((issue.code === 'mapping_source_unknown' || issue.code === 'condition_field_unknown') && typeof named === 'string' && isDropped(view, named)) {
    issue = { ...issue, code: issue.code === 'mapping_source_unknown' ? 'mapping_source_sensitive' : 'condition_field_sensitive' };
  }
  for (const key of ['source', 'field'] as const) if (typeof p[key] === 'string') p[key] = sourceLabel(view, p[key]);
  if (typeof p['target'] === 'string') p['target'] = view.hostFields.get(p['target'])?.label ?? p['target'];
  if (typeof p['operator'] === 'string' && p['operator'] in c.operators) p['operator'] = c.operators[p['operator'] as keyof typeof c.operators];
  for (const key of ['type', 'sourceType', 'targetType'] as const) {
    const v = p[key];
    if (typeof v === 'string' && v in c.types) p[key] = c.types[v as keyof typeof c.types];
  }
  if (typeof p['identifier'] === 'string' && p['identifier'] in c.identifiers) p['identifier'] = c.identifiers[p['identifier'] as keyof typeof c.identifiers];
  const own = Object.prototype.hasOwnProperty.call(c.problems, issue.code) ? c.problems[issue.code as keyof typeof c.problems] : undefined;
  return (own ?? c.problems.config_invalid)(p);
}
