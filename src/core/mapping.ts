/**
 * Mapping: an HRIS record → the values of a host record. The config's
 * mappings plus the derived ones (identifier, primary email, display name)
 * are compiled once into readers and converters, then run per record with no
 * cloning. A value that cannot become the host field's type is left out with a
 * warning; a phone number without a country code makes the record invalid.
 */
import type { SyncConfig } from './config.js';
import type { HostSchema } from './host.js';
import type { EmployeeRecord, FieldType, FieldValue } from './model.js';
import { NONE } from './none.js';
import type { PhoneIssueCode, PhoneValidator } from './phone.js';
import { amount, isoDate } from './providers/coercions.js';
import { issue, type Issue } from './result.js';
import { mustDrop } from './sensitive.js';
import { FIELDS_PREFIX, fullName, sourceReader, type RecordLookup, type SourceReader } from './sources.js';

export interface CompiledMapping {
  readonly target: string;
  readonly type: FieldType;
  readonly source: string;
  readonly read: SourceReader;
  /** `config`: from `config.mappings`; the others are filled by the sync itself. */
  readonly origin: 'config' | 'identifier' | 'primaryEmail';
}

export interface CompiledMapper {
  readonly mappings: readonly CompiledMapping[];
  /** Host fields written for every matched or created record, in order. */
  readonly targets: readonly string[];
  readonly identifierTarget: string | null;
  readonly identifierRead: SourceReader;
  readonly usesPhone: boolean;
}

export interface MapperOptions {
  readonly phone?: PhoneValidator;
  /** Special-category catalog field ids the host allowed in code. */
  readonly allowSensitive?: ReadonlySet<string>;
}

const NO_SENSITIVE: ReadonlySet<string> = new Set();

/**
 * Compiles the effective mappings. Throws on programming errors only: an
 * unknown host field or source, a special-category source the host did not
 * allow, or a phone field mapped without a phone validator.
 */
export function compileMapper(config: SyncConfig, schema: HostSchema, lookup: RecordLookup, options: MapperOptions = {}): CompiledMapper {
  const types = new Map(schema.fields.map((f) => [f.id, f.type]));
  const allow = options.allowSensitive ?? NO_SENSITIVE;
  const out: CompiledMapping[] = [];
  const seen = new Set<string>();
  const push = (source: string, target: string, origin: CompiledMapping['origin']) => {
    if (seen.has(target)) return;
    const type = types.get(target);
    if (type === undefined) throw new Error(`hris-kit: host schema "${schema.id}" has no field "${target}" (mapped from "${source}"); validate the config with validateConfig() first.`);
    if (source.startsWith(FIELDS_PREFIX) && mustDrop({ id: source.slice(FIELDS_PREFIX.length) }, { explicit: NO_SENSITIVE, allow })) {
      throw new Error(`hris-kit: "${source}" is special-category data and cannot be mapped unless the host allows it in code.`);
    }
    const read = sourceReader(source, lookup);
    if (read === null) throw new Error(`hris-kit: unknown source "${source}" mapped to "${target}".`);
    seen.add(target);
    out.push({ target, type, source, read, origin });
  };
  const identifierTarget = schema.identifier[config.identifier] ?? null;
  if (identifierTarget !== null) push(config.identifier, identifierTarget, 'identifier');
  if (schema.primaryEmail !== null) push(config.primaryEmail, schema.primaryEmail, 'primaryEmail');
  const names = new Set(schema.name.kind === 'single' ? [schema.name.field] : [schema.name.first, schema.name.last]);
  for (const m of config.mappings) if (!names.has(m.target)) push(m.source, m.target, 'config');

  const usesPhone = out.some((m) => m.type === 'phone');
  if (usesPhone && !options.phone) {
    throw new Error('hris-kit: the config maps a phone field but no phone validator was passed; call `await loadPhoneValidator()` and pass it as `options.phone`.');
  }
  const identifierRead = sourceReader(config.identifier, lookup)!;
  return { mappings: out, targets: [...names, ...out.map((m) => m.target)], identifierTarget, identifierRead, usesPhone };
}

export interface MappedValues {
  /** Host field id → value; fields without a value are absent. */
  readonly values: Record<string, FieldValue>;
  /** Reasons that make the record invalid (bad phone). */
  readonly errors: Issue[];
  /** Values left out because they did not fit the host field type. */
  readonly warnings: Issue[];
}

/** What `mapSlots` returns: the planner's form of `MappedValues`. */
export interface MappedSlots {
  /** The values by position in `CompiledMapper.targets`, undefined where absent: read without a key lookup. */
  readonly byTarget: readonly (FieldValue | undefined)[];
  /** Shared and frozen when empty (most records): the planner keeps them on its entries as they are. */
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/** Maps one record; name fields per the schema and name format. */
export function mapRecord(record: EmployeeRecord, mapper: CompiledMapper, schema: HostSchema, config: SyncConfig, phone?: PhoneValidator): MappedValues {
  const { byTarget, errors, warnings } = mapSlots(record, mapper, schema, config, phone, fullName(record, config.nameFormat));
  const values: Record<string, FieldValue> = {};
  mapper.targets.forEach((target, i) => {
    const value = byTarget[i];
    if (value !== undefined) values[target] = value;
  });
  return { values, errors: [...errors], warnings: [...warnings] };
}

/**
 * `mapRecord` for the planner: the values by target position, no object keyed
 * by field, no array for issues a record does not have. `name` is the record's
 * `fullName` in the config's format, which the planner has already.
 */
export function mapSlots(record: EmployeeRecord, mapper: CompiledMapper, schema: HostSchema, config: SyncConfig, phone: PhoneValidator | undefined, name: string | null): MappedSlots {
  const byTarget = new Array<FieldValue | undefined>(mapper.targets.length).fill(undefined);
  let errors: Issue[] | null = null;
  let warnings: Issue[] | null = null;
  // `targets` starts with the name fields (one, or two unless first and last name share a field), then one per mapping.
  if (schema.name.kind === 'single') {
    if (name !== null) byTarget[0] = name;
  } else {
    const first = record.firstName?.trim();
    const last = record.lastName?.trim();
    if (first) byTarget[0] = first;
    if (last) byTarget[schema.name.last === schema.name.first ? 0 : 1] = last;
  }
  let slot = mapper.targets.length - mapper.mappings.length;
  for (const m of mapper.mappings) {
    const raw = m.read(record);
    if (raw !== undefined && raw !== null && raw !== '') {
      if (m.type === 'phone') {
        const check = phone!(String(raw));
        if (check.ok) byTarget[slot] = check.e164;
        else (errors ??= []).push(issue(check.code satisfies PhoneIssueCode, { field: m.target }));
      } else {
        const converted = convert(raw, m.type);
        if (converted === null) (warnings ??= []).push(issue('value_unconvertible', { field: m.target, type: m.type }));
        else byTarget[slot] = converted;
      }
    }
    slot += 1;
  }
  return { byTarget, errors: errors ?? NONE, warnings: warnings ?? NONE };
}

/** A value in the shape a host field of `type` holds, or null when it cannot be. */
export function convert(value: FieldValue, type: FieldType): FieldValue {
  switch (type) {
    case 'number':
    case 'money':
      return typeof value === 'number' ? value : amount(value);
    case 'date':
      return isoDate(value);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
      return null;
    case 'list':
      if (Array.isArray(value)) return value.length > 0 ? value : null;
      return typeof value === 'string' ? [value.trim()] : null;
    default: {
      if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : null;
      const text = String(value).trim();
      return text === '' ? null : text;
    }
  }
}
