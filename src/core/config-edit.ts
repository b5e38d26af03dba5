/**
 * Edits of a `SyncConfig`, as pure functions returning a new config: what the
 * configure screen does when the user picks an identifier, a mapping, a rule
 * field, operator or value. Each keeps the config parseable; whether it is
 * valid is `validateConfig`'s answer.
 */
import type { LeaverPolicy, LeaverPolicyKind, SyncConfig } from './config.js';
import { MAX_CONDITIONS, OPERATOR_ARITY, OPERATORS_BY_TYPE, type Operator } from './filters.js';
import type { IdentifierKind } from './host.js';
import type { FieldDef } from './model.js';
import { findSource, type NameFormat } from './sources.js';

type Rule = SyncConfig['conditions'][number];

export function setIdentifier(config: SyncConfig, identifier: IdentifierKind): SyncConfig {
  return { ...config, identifier };
}

export function setPrimaryEmail(config: SyncConfig, source: string): SyncConfig {
  return { ...config, primaryEmail: source };
}

export function setNameFormat(config: SyncConfig, nameFormat: NameFormat): SyncConfig {
  return { ...config, nameFormat };
}

/** Switches the leaver policy; `name` sets the tag or group (default: the current one, else `Leaver` / `Ex-employees`). */
export function setLeaverPolicy(config: SyncConfig, policy: LeaverPolicyKind, name?: string): SyncConfig {
  const current = config.leavers;
  let leavers: LeaverPolicy;
  if (policy === 'skip') leavers = { policy };
  else if (policy === 'tag') leavers = { policy, tag: name ?? (current.policy === 'tag' ? current.tag : 'Leaver') };
  else leavers = { policy, group: name ?? (current.policy === 'group' ? current.group : 'Ex-employees') };
  return { ...config, leavers };
}

/** Maps `target` from `source`, or unmaps it (`null`). The target keeps its place in the list. */
export function setMapping(config: SyncConfig, target: string, source: string | null): SyncConfig {
  const at = config.mappings.findIndex((m) => m.target === target);
  const mappings = config.mappings.filter((m, i) => m.target !== target || i === at);
  if (source === null) return { ...config, mappings: mappings.filter((m) => m.target !== target) };
  if (at === -1) return { ...config, mappings: [...mappings, { source, target }] };
  return { ...config, mappings: mappings.map((m) => (m.target === target ? { source, target } : m)) };
}

/** A new rule on `field` with its type's first operator and no value yet; ignored at the maximum. */
export function addCondition(config: SyncConfig, field: string, catalog: readonly FieldDef[]): SyncConfig {
  if (config.conditions.length >= MAX_CONDITIONS) return config;
  return { ...config, conditions: [...config.conditions, { field, operator: firstOperator(field, catalog), values: [] }] };
}

export function removeCondition(config: SyncConfig, index: number): SyncConfig {
  return { ...config, conditions: config.conditions.filter((_, i) => i !== index) };
}

/** Another field: the operator becomes that type's first one and the values are cleared. */
export function setConditionField(config: SyncConfig, index: number, field: string, catalog: readonly FieldDef[]): SyncConfig {
  return patchRule(config, index, () => ({ field, operator: firstOperator(field, catalog), values: [] }));
}

/** Another operator: values are kept as far as its arity allows. */
export function setConditionOperator(config: SyncConfig, index: number, operator: Operator): SyncConfig {
  return patchRule(config, index, (rule) => {
    const arity = OPERATOR_ARITY[operator];
    const values = arity === 'none' ? [] : arity === 'one' ? rule.values.slice(0, 1) : rule.values;
    return { ...rule, operator, values };
  });
}

/** Turns one OR-value on or off (an operator taking one value gets exactly that one). */
export function toggleConditionValue(config: SyncConfig, index: number, value: string, on: boolean): SyncConfig {
  return patchRule(config, index, (rule) => {
    const trimmed = value.trim();
    if (OPERATOR_ARITY[rule.operator] === 'one') return { ...rule, values: on && trimmed !== '' ? [trimmed] : [] };
    const rest = rule.values.filter((v) => v !== trimmed);
    return { ...rule, values: on && trimmed !== '' ? [...rest, trimmed] : rest };
  });
}

function patchRule(config: SyncConfig, index: number, patch: (rule: Rule) => Rule): SyncConfig {
  if (index < 0 || index >= config.conditions.length) return config;
  return { ...config, conditions: config.conditions.map((c, i) => (i === index ? patch(c) : c)) };
}

function firstOperator(field: string, catalog: readonly FieldDef[]): Operator {
  const type = findSource(field, catalog)?.type ?? 'string';
  return OPERATORS_BY_TYPE[type][0] ?? 'is';
}
