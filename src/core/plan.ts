/**
 * `planSync`: one pure, synchronous, deterministic function from (HRIS
 * records, host records, config) to the plan the preview shows and the host
 * adapter applies. Linear: Maps for every lookup, a handful of passes, no
 * per-record deep clone; the plan's hash is taken from the finished plan
 * (`plan-hash.ts`) when it is first read.
 *
 * Order of decisions for each record: "Sync if" rules (→ excluded), then
 * validity (identifier, phone → invalid), then matching — HRIS id on a host
 * record, then the identifier, then the exact name — where any ambiguity is a
 * conflict, never a merge; then leaver policy, create/update/unchanged.
 * Each bucket lists records in input order.
 */
import { syncConfigSchema, type SyncConfig, type SyncConfigInput } from './config.js';
import { compileConditions } from './filters.js';
import type { HostRecord, HostSchema } from './host.js';
import { compileMapper, mapSlots, type MappedSlots } from './mapping.js';
import { NONE } from './none.js';
import { indexHostRecords, personLooseKey, personNameKeys, strictKey, type MatchTier, type NameKeys } from './matching.js';
import type { EmployeeRecord } from './model.js';
import type { PhoneValidator } from './phone.js';
import { HRIS_ID_FIELD, type FieldChange, type PlanEntry, type PossibleMatch, type SyncPlan } from './plan-types.js';
import { leaverPolicyChanges, sameValue } from './plan-changes.js';
import { withHash } from './plan-hash.js';
import { isPresetId, presets } from './presets.js';
import { issue, type Issue } from './result.js';
import { fullName } from './sources.js';

export interface PlanOptions {
  /** The host's own schema; defaults to the preset named by `config.target`. */
  readonly schema?: HostSchema;
  /** Required when the config maps a phone field (`await loadPhoneValidator()`). */
  readonly phone?: PhoneValidator;
  /** `YYYY-MM-DD` to judge termination dates against; defaults to today (UTC). */
  readonly today?: string;
  /** Special-category catalog field ids the host allowed in code. */
  readonly allowSensitive?: Iterable<string>;
}

interface Candidate {
  readonly position: number;
  readonly displayName: string | null;
  readonly record: EmployeeRecord;
  readonly mapped: MappedSlots;
  readonly identifier: string;
  readonly idKey: string;
  readonly leaver: Issue | null;
  host: HostRecord | null;
  tier: MatchTier | null;
  conflict: Issue | null;
  conflictHostId: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const hasOwn = Object.prototype.hasOwnProperty;

function resolveSchema(config: SyncConfig, schema: HostSchema | undefined): HostSchema {
  if (schema) {
    if (schema.id !== config.target) throw new Error(`hris-kit: config targets "${config.target}" but the schema passed is "${schema.id}".`);
    return schema;
  }
  if (isPresetId(config.target)) return presets[config.target].schema;
  throw new Error(`hris-kit: no preset "${config.target}"; pass the host schema as options.schema.`);
}

export function planSync(records: readonly EmployeeRecord[], hostRecords: readonly HostRecord[], config: SyncConfig | SyncConfigInput, options: PlanOptions = {}): SyncPlan {
  const cfg = syncConfigSchema.parse(config);
  const schema = resolveSchema(cfg, options.schema);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`hris-kit: options.today must be YYYY-MM-DD, got "${today}".`);

  const byHrisId = new Map<string, EmployeeRecord>();
  const duplicateHrisIds = new Set<string>();
  for (const r of records) {
    if (byHrisId.has(r.hrisId)) duplicateHrisIds.add(r.hrisId);
    else byHrisId.set(r.hrisId, r);
  }
  const lookup = (id: string) => byHrisId.get(id);
  const test = compileConditions(cfg.conditions, lookup);
  const mapper = compileMapper(cfg, schema, lookup, { ...(options.phone ? { phone: options.phone } : {}), allowSensitive: new Set(options.allowSensitive ?? []) });
  const index = indexHostRecords(hostRecords, schema, mapper.identifierTarget);

  const excluded: PlanEntry[] = [];
  const invalid: PlanEntry[] = [];
  const candidates: Candidate[] = [];
  const conflictsFirst: PlanEntry[] = [];
  // Identifier keys seen once, and how many records share each key seen more than once (usually none): one lookup
  // per record in pass 1, none in pass 2 while no key is shared.
  const idSeen = new Set<string>();
  const idShared = new Map<string, number>();

  // Invalid records and conflicts are found in two passes; `position` restores input order.
  const position = new Map<PlanEntry, number>();
  const at = (e: PlanEntry, i: number) => { position.set(e, i); return e; };

  // Pass 1: rules, validity, keys.
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const displayName = fullName(record, cfg.nameFormat);
    const outcome = test(record);
    if (!outcome.matches) {
      excluded.push(entry(record, displayName, null, { excludedBy: outcome.rule }));
      continue;
    }
    const rawId = mapper.identifierRead(record);
    const identifier = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).trim() : '';
    if (duplicateHrisIds.has(record.hrisId)) {
      conflictsFirst.push(at(entry(record, displayName, identifier || null, { reasons: [issue('duplicate_hris_id', { hrisId: record.hrisId })] }), i));
      continue;
    }
    const mapped = mapSlots(record, mapper, schema, cfg, options.phone, displayName);
    const bad = identifier === '' ? issue('identifier_missing', { identifier: cfg.identifier })
      : cfg.identifier !== 'employeeNumber' && !EMAIL.test(identifier) ? issue('identifier_invalid', { identifier: cfg.identifier })
      : null;
    if (bad !== null || mapped.errors.length > 0) {
      const errors = bad === null ? [...mapped.errors] : [bad, ...mapped.errors];
      invalid.push(at(entry(record, displayName, identifier || null, { reasons: errors, warnings: mapped.warnings }), i));
      continue;
    }
    const idKey = strictKey(identifier)!;
    if (idSeen.has(idKey)) idShared.set(idKey, (idShared.get(idKey) ?? 1) + 1);
    else idSeen.add(idKey);
    const leaver = record.status === 'inactive' ? issue('leaver_inactive')
      : record.terminationDate !== null && record.terminationDate < today ? issue('leaver_terminated', { terminationDate: record.terminationDate })
      : null;
    candidates.push({
      position: i, displayName, record, mapped, identifier, idKey, leaver,
      host: null, tier: null, conflict: null, conflictHostId: null,
    });
  }

  const claimed = new Set<string>();
  const conflict = (c: Candidate, reason: Issue, hostId: string | null = null) => { c.conflict = reason; c.conflictHostId = hostId; };
  const match = (c: Candidate, host: HostRecord, tier: MatchTier) => { c.host = host; c.tier = tier; claimed.add(host.id); };

  // Pass 2: a shared identifier is a conflict for everyone sharing it; then tier 1, the HRIS id on a host record.
  for (const c of candidates) {
    const sharing = idShared.size === 0 ? undefined : idShared.get(c.idKey);
    if (sharing !== undefined) { conflict(c, issue('duplicate_identifier', { identifier: cfg.identifier, count: sharing })); continue; }
    const hosts = index.byHrisId.get(c.record.hrisId);
    if (!hosts) continue;
    if (hosts.length > 1) conflict(c, issue('host_duplicate_hris_id', { hostIds: hosts.map((h) => h.id).join(',') }));
    else match(c, hosts[0]!, 'hrisId');
  }
  // Pass 3: tier 2, the configured identifier.
  for (const c of candidates) {
    if (c.conflict || c.host) continue;
    // A host record another HRIS record claimed by its HRIS id holds a stale identifier: it is not a candidate.
    const hosts = unclaimed(index.byIdentifier.get(c.idKey), claimed);
    const host = hosts[0];
    if (!host) continue;
    if (hosts.length > 1) conflict(c, issue('ambiguous_match', { tier: 'identifier', hostIds: hosts.map((h) => h.id).join(',') }));
    else if (host.hrisId?.trim()) conflict(c, issue('host_linked_to_other', { hostId: host.id }), host.id);
    else match(c, host, 'identifier');
  }
  // Pass 4: tier 3, the exact full name, only against host records with neither HRIS id nor identifier.
  // Name keys only for the records still without a match (most are matched by now on a repeat sync).
  const open: { readonly c: Candidate; readonly names: NameKeys }[] = [];
  for (const c of candidates) if (!c.conflict && !c.host) open.push({ c, names: personNameKeys(c.record.firstName, c.record.lastName, schema, cfg.nameFormat) });
  const nameCount = new Map<string, number>();
  for (const { names } of open) if (names.strict !== null) nameCount.set(names.strict, (nameCount.get(names.strict) ?? 0) + 1);
  const possibleMatches: PossibleMatch[] = [];
  for (const { c, names } of open) {
    const hosts = names.strict === null ? NO_HOSTS : unclaimed(index.byName.get(names.strict), claimed);
    if (hosts.length === 0) { suggest(c, names, possibleMatches, index, claimed); continue; }
    if ((nameCount.get(names.strict!) ?? 0) > 1) conflict(c, issue('duplicate_name', { count: nameCount.get(names.strict!)! }));
    else if (hosts.length > 1) conflict(c, issue('ambiguous_match', { tier: 'name', hostIds: hosts.map((h) => h.id).join(',') }));
    else match(c, hosts[0]!, 'name');
  }

  // Pass 5: buckets.
  const create: PlanEntry[] = [];
  const update: PlanEntry[] = [];
  const unchanged: PlanEntry[] = [];
  const leavers: PlanEntry[] = [];
  const conflicts: PlanEntry[] = conflictsFirst;
  // Each required host field and its position among the mapper's targets (-1: nothing maps to it).
  const required = schema.fields.filter((f) => f.required).map((f) => ({ field: f.id, slot: mapper.targets.indexOf(f.id) }));
  // Emails and the identifier compare like match keys: a change of case alone is not an update.
  const caseless = new Set(mapper.mappings.filter((m) => m.type === 'email' || m.origin === 'identifier').map((m) => m.target));
  for (const c of candidates) {
    const { record, mapped, displayName } = c;
    if (c.conflict) {
      conflicts.push(at(entry(record, displayName, c.identifier, { hostId: c.conflictHostId, reasons: [c.conflict], warnings: mapped.warnings }), c.position));
      continue;
    }
    const leaverChanges: readonly FieldChange[] = c.leaver ? leaverPolicyChanges(cfg, c.host) : NONE;
    if (c.host) {
      const skip = c.leaver !== null && cfg.leavers.policy === 'skip';
      const found: readonly FieldChange[] = skip ? NONE : updateChanges(c, c.host, mapper.targets, caseless, schema, cfg);
      // One exact-size array the plan keeps (an array grown by push keeps spare room); the shared empty one when none.
      const changes = skip || found.length + leaverChanges.length === 0 ? NONE : found.concat(leaverChanges);
      const e = entry(record, displayName, c.identifier, {
        hostId: c.host.id, matchedBy: c.tier, action: changes.length > 0 ? 'update' : 'none', changes, reasons: c.leaver ? [c.leaver] : NONE, warnings: mapped.warnings,
      });
      (c.leaver ? leavers : changes.length > 0 ? update : unchanged).push(e);
      continue;
    }
    if (c.leaver && cfg.leavers.policy === 'skip') {
      leavers.push(entry(record, displayName, c.identifier, { reasons: [c.leaver], warnings: mapped.warnings }));
      continue;
    }
    const missing = required.filter((r) => r.slot < 0 || mapped.byTarget[r.slot] === undefined);
    if (missing.length > 0) {
      invalid.push(at(entry(record, displayName, c.identifier, { reasons: missing.map((r) => issue('required_missing', { field: r.field })), warnings: mapped.warnings }), c.position));
      continue;
    }
    const changes: FieldChange[] = [];
    const targets = mapper.targets;
    for (let t = 0; t < targets.length; t++) {
      const after = mapped.byTarget[t];
      if (after !== undefined) changes.push({ field: targets[t]!, before: null, after });
    }
    changes.push({ field: HRIS_ID_FIELD, before: null, after: record.hrisId }, ...leaverChanges);
    (c.leaver ? leavers : create).push(entry(record, displayName, c.identifier, { action: 'create', changes, reasons: c.leaver ? [c.leaver] : NONE, warnings: mapped.warnings }));
  }

  const inputOrder = (a: PlanEntry, b: PlanEntry) => position.get(a)! - position.get(b)!;
  invalid.sort(inputOrder);
  conflicts.sort(inputOrder);
  const body = {
    schemaId: schema.id, today,
    totals: { pulled: records.length, matching: records.length - excluded.length, hostRecords: hostRecords.length },
    create, update, unchanged, leavers, conflicts, invalid, excluded, possibleMatches,
  };
  return withHash({ config: cfg, schema }, body);
}

const NO_HOSTS: readonly HostRecord[] = [];

/** The host records no HRIS record claimed yet; the list itself when none is claimed (no copy per record). */
function unclaimed(hosts: readonly HostRecord[] | undefined, claimed: ReadonlySet<string>): readonly HostRecord[] {
  if (hosts === undefined) return NO_HOSTS;
  for (const h of hosts) if (claimed.has(h.id)) return hosts.filter((x) => !claimed.has(x.id));
  return hosts;
}

/** What a plan shows as a person's name: the name in the configured format, else the identifier, else the HRIS id. */
function shownName(record: EmployeeRecord, displayName: string | null, identifier: string | null): string {
  return displayName ?? identifier ?? record.hrisId;
}

/** An entry, every member in one order (one shape for all entries); what `parts` leaves out is null, none or empty. */
function entry(record: EmployeeRecord, displayName: string | null, identifier: string | null, parts: Partial<PlanEntry>): PlanEntry {
  return {
    hrisId: record.hrisId, hostId: parts.hostId ?? null, displayName: shownName(record, displayName, identifier), identifier,
    matchedBy: parts.matchedBy ?? null, action: parts.action ?? 'none', changes: parts.changes ?? NONE, reasons: parts.reasons ?? NONE,
    warnings: parts.warnings ?? NONE, excludedBy: parts.excludedBy ?? null,
  };
}

function updateChanges(c: Candidate, host: HostRecord, targets: readonly string[], caseless: ReadonlySet<string>, schema: HostSchema, cfg: SyncConfig): FieldChange[] {
  const changes: FieldChange[] = [];
  const singleName = schema.name.kind === 'single' ? schema.name.field : null;
  for (let t = 0; t < targets.length; t++) {
    const after = c.mapped.byTarget[t];
    if (after === undefined) continue; // no value in the HRIS never erases one in the host
    const target = targets[t]!;
    const before = hasOwn.call(host.values, target) ? host.values[target]! : null;
    if (sameValue(before, after)) continue;
    if (caseless.has(target) && strictKey(before) !== null && strictKey(before) === strictKey(after)) continue;
    if (target === singleName && typeof before === 'string') {
      const other = fullName(c.record, cfg.nameFormat === 'first-last' ? 'last-first' : 'first-last');
      if (other !== null && sameValue(before, other)) continue; // the same name in the other format
    }
    changes.push({ field: target, before, after });
  }
  if (!host.hrisId?.trim()) changes.push({ field: HRIS_ID_FIELD, before: host.hrisId ?? null, after: c.record.hrisId });
  return changes;
}

function suggest(c: Candidate, names: NameKeys, out: PossibleMatch[], index: ReturnType<typeof indexHostRecords>, claimed: ReadonlySet<string>): void {
  const seen = new Set<string>();
  const offer = (hostId: string, kind: PossibleMatch['kind']) => out.push({ hrisId: c.record.hrisId, displayName: shownName(c.record, c.displayName, c.identifier), hostId, kind });
  for (const h of names.swapped === null ? NO_HOSTS : (index.byName.get(names.swapped) ?? NO_HOSTS)) {
    if (claimed.has(h.id)) continue;
    seen.add(h.id);
    offer(h.id, 'name_swapped');
  }
  const loose = personLooseKey(c.record.firstName, c.record.lastName);
  for (const h of loose === null ? NO_HOSTS : (index.byLooseName.get(loose) ?? NO_HOSTS)) {
    if (!claimed.has(h.id) && !seen.has(h.id)) offer(h.id, 'name_similar');
  }
}
