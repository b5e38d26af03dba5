/**
 * `SyncConfig`: what to import and how, as a serialisable zod-validated
 * object the host can pass in, read back and store. `validateConfig` checks
 * it against the provider's catalog and the host schema and returns issue
 * codes (never text). Leaver policies skip, tag or move to a group — there is
 * deliberately no "delete".
 */
import { z } from 'zod/mini';
import { IDENTIFIER_KINDS, typeFits, type HostSchema } from './host.js';
import type { FieldDef } from './model.js';
import { presets, type PresetId } from './presets.js';
import { fail, issue, ok, type Issue, type Result } from './result.js';
import { foldForMatch, specialCategoryOf } from './sensitive.js';
import { MAX_CONDITIONS, OPERATOR_ARITY, OPERATORS, OPERATORS_BY_TYPE, type Condition } from './filters.js';
import { findSource, NAME_FORMATS, FIELDS_PREFIX, type SourceField } from './sources.js';

export const conditionSchema = z.object({
  field: z.string().check(z.minLength(1)),
  operator: z.enum(OPERATORS),
  values: z._default(z.readonly(z.array(z.string())), []),
});

export const mappingSchema = z.object({
  /** Source path: canonical (`payRate.amount`) or catalog (`fields.<id>`). */
  source: z.string().check(z.minLength(1)),
  /** Host field id. */
  target: z.string().check(z.minLength(1)),
});
export type Mapping = z.infer<typeof mappingSchema>;

export const LEAVER_POLICIES = ['skip', 'tag', 'group'] as const;
export type LeaverPolicyKind = (typeof LEAVER_POLICIES)[number];

export const leaverPolicySchema = z.discriminatedUnion('policy', [
  z.object({ policy: z.literal('skip') }),
  z.object({ policy: z.literal('tag'), tag: z._default(z.string().check(z.trim(), z.minLength(1)), 'Leaver') }),
  z.object({ policy: z.literal('group'), group: z._default(z.string().check(z.trim(), z.minLength(1)), 'Ex-employees') }),
]);
export type LeaverPolicy = z.infer<typeof leaverPolicySchema>;

export const syncConfigSchema = z.object({
  version: z._default(z.literal(1), 1),
  /** Host schema id: a preset id or the id of the host's own schema. */
  target: z.string().check(z.minLength(1)),
  /** Which HRIS value identifies a host record (Ledgy's "Stakeholder identifier"). */
  identifier: z._default(z.enum(IDENTIFIER_KINDS), 'workEmail'),
  /** Source path that fills the host's primary email field. */
  primaryEmail: z._default(z.string().check(z.minLength(1)), 'workEmail'),
  mappings: z._default(z.array(mappingSchema), []),
  conditions: z._default(z.array(conditionSchema).check(z.maxLength(MAX_CONDITIONS)), []),
  /** Name format for records the sync creates. */
  nameFormat: z._default(z.enum(NAME_FORMATS), 'first-last'),
  leavers: z._default(leaverPolicySchema, { policy: 'skip' }),
});
export type SyncConfig = z.infer<typeof syncConfigSchema>;
/** What a host may pass in: defaults filled by the schema. */
export type SyncConfigInput = z.input<typeof syncConfigSchema>;

/** The identifier kinds are canonical record paths too. */
const IDENTIFIER_SOURCE = { workEmail: 'workEmail', employeeNumber: 'employeeNumber', personalEmail: 'personalEmail' } as const;

/**
 * The preset's defaults. With a catalog, mappings to vendor-specific fields
 * (profile picture, LinkedIn…) resolve to the first catalog field whose id or
 * label matches, and are left out when none does.
 */
export function defaultSyncConfig(presetId: PresetId, catalog: readonly FieldDef[] = []): SyncConfig {
  const preset = presets[presetId];
  const mappings: Mapping[] = [];
  for (const d of preset.defaults) {
    if (!d.enabled) continue;
    const source = typeof d.from === 'string' ? d.from : resolveCatalogSource(d.from.catalog, catalog);
    if (source !== null) mappings.push({ source, target: d.target });
  }
  return syncConfigSchema.parse({ target: presetId, mappings });
}

/** The first catalog field whose folded id or label equals one of the names, as a `fields.<id>` path. */
export function resolveCatalogSource(names: readonly string[], catalog: readonly FieldDef[]): string | null {
  for (const name of names) {
    const wanted = foldForMatch(name);
    const hit = catalog.find((f) => foldForMatch(f.id) === wanted || foldForMatch(f.label) === wanted);
    if (hit) return FIELDS_PREFIX + hit.id;
  }
  return null;
}

/** Every issue code `validateConfig` returns. */
export const CONFIG_ISSUE_CODES = [
  'config_invalid', 'too_many_conditions', 'target_mismatch', 'identifier_unsupported',
  'primary_email_unknown', 'primary_email_not_email', 'primary_email_conflicts_identifier',
  'mapping_source_unknown', 'mapping_source_sensitive', 'mapping_source_unreadable', 'mapping_target_unknown',
  'mapping_target_reserved', 'mapping_target_duplicate', 'mapping_type_mismatch', 'required_field_unmapped',
  'condition_field_unknown', 'condition_field_sensitive', 'condition_field_unreadable', 'condition_operator_invalid',
  'condition_values_unexpected', 'condition_values_missing', 'condition_values_too_many', 'condition_value_invalid',
] as const;
export type ConfigIssueCode = (typeof CONFIG_ISSUE_CODES)[number];

export interface ValidateOptions {
  /** Catalog field ids the credential can read (`NormalizeResult.readable`); when given, unreadable fields are reported. */
  readonly readable?: readonly string[];
  /** Special-category field ids the host allowed in code. */
  readonly allowSensitive?: Iterable<string>;
}

/** Checks a config from anywhere (host, storage, UI) against the catalog and the host schema. */
export function validateConfig(config: unknown, catalog: readonly FieldDef[], schema: HostSchema, options: ValidateOptions = {}): Result<SyncConfig> {
  const parsed = syncConfigSchema.safeParse(config);
  if (!parsed.success) {
    return fail(...parsed.error.issues.map((i) =>
      i.code === 'too_big' && i.path[0] === 'conditions' && i.path.length === 1
        ? issue('too_many_conditions', { max: MAX_CONDITIONS }, ['conditions'])
        : issue('config_invalid', { detail: i.code }, i.path.filter((p): p is string | number => typeof p !== 'symbol'))));
  }
  const cfg = parsed.data;
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const byId = new Map(catalog.map((f) => [f.id, f]));
  const readable = options.readable ? new Set(options.readable) : null;
  const allowed = new Set(options.allowSensitive ?? []);
  const hostFields = new Map(schema.fields.map((f) => [f.id, f]));

  const isSensitive = (s: SourceField) => {
    if (!s.catalog) return false;
    const id = s.path.slice(FIELDS_PREFIX.length);
    return !allowed.has(id) && (s.sensitivity === 'special' || specialCategoryOf({ id, label: s.label }) !== null);
  };
  const unreadable = (s: SourceField) => s.catalog && readable !== null && !readable.has(s.path.slice(FIELDS_PREFIX.length));

  if (cfg.target !== schema.id) errors.push(issue('target_mismatch', { target: cfg.target, schema: schema.id }, ['target']));

  // Derived targets: identifier, primary email, name — filled by the sync itself.
  const derived = new Map<string, string>();
  const identifierTarget = schema.identifier[cfg.identifier];
  if (identifierTarget === undefined) errors.push(issue('identifier_unsupported', { identifier: cfg.identifier }, ['identifier']));
  else derived.set(identifierTarget, IDENTIFIER_SOURCE[cfg.identifier]);

  const primary = findSource(cfg.primaryEmail, byId);
  if (!primary) errors.push(issue('primary_email_unknown', { source: cfg.primaryEmail }, ['primaryEmail']));
  else if (primary.type !== 'email') errors.push(issue('primary_email_not_email', { source: cfg.primaryEmail }, ['primaryEmail']));
  else if (isSensitive(primary)) errors.push(issue('mapping_source_sensitive', { source: cfg.primaryEmail }, ['primaryEmail']));
  else if (schema.primaryEmail !== null) {
    const other = derived.get(schema.primaryEmail);
    if (other !== undefined && other !== cfg.primaryEmail) errors.push(issue('primary_email_conflicts_identifier', { target: schema.primaryEmail }, ['primaryEmail']));
    else derived.set(schema.primaryEmail, cfg.primaryEmail);
  }
  const names = new Set(schema.name.kind === 'single' ? [schema.name.field] : [schema.name.first, schema.name.last]);

  const seenTargets = new Set<string>();
  cfg.mappings.forEach((m, i) => {
    const path = ['mappings', i];
    const source = findSource(m.source, byId);
    const target = hostFields.get(m.target);
    if (!source) errors.push(issue('mapping_source_unknown', { source: m.source }, [...path, 'source']));
    else if (isSensitive(source)) errors.push(issue('mapping_source_sensitive', { source: m.source }, [...path, 'source']));
    else if (unreadable(source)) warnings.push(issue('mapping_source_unreadable', { source: m.source }, [...path, 'source']));
    if (!target) errors.push(issue('mapping_target_unknown', { target: m.target }, [...path, 'target']));
    else if (names.has(m.target) || (derived.has(m.target) && derived.get(m.target) !== m.source)) errors.push(issue('mapping_target_reserved', { target: m.target }, [...path, 'target']));
    else if (seenTargets.has(m.target)) errors.push(issue('mapping_target_duplicate', { target: m.target }, [...path, 'target']));
    else if (source && !typeFits(source.type, target.type)) {
      errors.push(issue('mapping_type_mismatch', { source: m.source, target: m.target, sourceType: source.type, targetType: target.type }, path));
    }
    seenTargets.add(m.target);
  });

  for (const f of schema.fields) {
    if (f.required && !names.has(f.id) && !derived.has(f.id) && !seenTargets.has(f.id)) errors.push(issue('required_field_unmapped', { target: f.id }, ['mappings']));
  }

  cfg.conditions.forEach((c, i) => errors.push(...checkCondition(c, i, byId, isSensitive, unreadable)));

  return errors.length > 0 ? fail(...errors, ...warnings) : ok(cfg, warnings);
}

function checkCondition(c: Condition, i: number, byId: ReadonlyMap<string, FieldDef>, isSensitive: (s: SourceField) => boolean, unreadable: (s: SourceField) => boolean): Issue[] {
  const path = ['conditions', i];
  const source = findSource(c.field, byId);
  if (!source) return [issue('condition_field_unknown', { field: c.field }, [...path, 'field'])];
  if (isSensitive(source)) return [issue('condition_field_sensitive', { field: c.field }, [...path, 'field'])];
  if (unreadable(source)) return [issue('condition_field_unreadable', { field: c.field }, [...path, 'field'])];
  if (!OPERATORS_BY_TYPE[source.type].includes(c.operator)) {
    return [issue('condition_operator_invalid', { field: c.field, operator: c.operator, type: source.type }, [...path, 'operator'])];
  }
  const arity = OPERATOR_ARITY[c.operator];
  const filled = c.values.filter((v) => v.trim() !== '');
  if (arity === 'none' && c.values.length > 0) return [issue('condition_values_unexpected', { operator: c.operator }, [...path, 'values'])];
  if (arity !== 'none' && filled.length === 0) return [issue('condition_values_missing', { operator: c.operator }, [...path, 'values'])];
  if (arity === 'one' && c.values.length > 1) return [issue('condition_values_too_many', { operator: c.operator, max: 1 }, [...path, 'values'])];
  const out: Issue[] = [];
  c.values.forEach((v, j) => {
    const bad = v.trim() === ''
      || (source.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v.trim()))
      || ((source.type === 'number' || source.type === 'money') && !Number.isFinite(Number(v)))
      || (source.type === 'boolean' && !['true', 'false'].includes(v.trim().toLowerCase()));
    if (bad) out.push(issue('condition_value_invalid', { field: c.field, type: source.type }, [...path, 'values', j]));
  });
  return out;
}
