/**
 * Reading Personio v1 attribute values. Each attribute normally comes wrapped
 * as `{label, value, type, universal_id}` (salary also with `currency`); older
 * tenants send `{label, value}` only, and a value may also arrive bare. Nested
 * objects (`{type, attributes:{id, name}}`) stand for offices, departments,
 * teams, cost centers and the supervisor (whose `id` is itself wrapped).
 */
import type { FieldType, FieldValue, Sensitivity } from '../model.js';
import { foldForMatch, specialCategoryOf } from '../sensitive.js';
import { amount, idText, isObject, isoDate, text } from './coercions.js';

export interface Attribute {
  readonly value: unknown;
  readonly label?: string;
  /** Personio's attribute type, lower-cased: standard, date, integer, decimal, list, link, tags, multiline. */
  readonly type?: string;
  readonly universalId?: string;
  readonly currency?: string;
}

/** A wrapper is an object with a `value` key that is not itself a nested entity. */
function isWrapper(raw: unknown): raw is Record<string, unknown> {
  return isObject(raw) && 'value' in raw && !('attributes' in raw);
}

/** The value of an attribute, wrapped or bare: `unwrap(raw).value` without building the wrapper. */
export function wrappedValue(raw: unknown): unknown {
  return isWrapper(raw) ? raw.value : raw;
}

export function unwrap(raw: unknown): Attribute {
  if (!isWrapper(raw)) return { value: raw };
  // Built in place (no spread of temporary objects): this runs for every attribute of every employee.
  const out: { -readonly [K in keyof Attribute]: Attribute[K] } = { value: raw.value };
  const label = text(raw.label);
  if (label) out.label = label;
  const type = text(raw.type)?.toLowerCase();
  if (type) out.type = type;
  const universalId = text(raw.universal_id);
  if (universalId) out.universalId = universalId;
  const currency = text(raw.currency);
  if (currency) out.currency = currency.toUpperCase();
  return out;
}

/** The attributes of a nested entity: `{type, attributes:{…}}` or a plain `{id, name}`. */
function entityAttributes(value: Record<string, unknown>): Record<string, unknown> {
  return isObject(value.attributes) ? value.attributes : value;
}

/** Id of a nested entity (the supervisor's id is wrapped, an office's is bare). */
export function entityId(value: unknown): string | null {
  if (!isObject(value)) return idText(value);
  return idText(unwrap(entityAttributes(value).id).value);
}

/** Display name of a nested entity: its `name`, else "first last", else its email, else its id. */
export function entityName(value: unknown): string | null {
  if (!isObject(value)) return text(value);
  const attrs = entityAttributes(value);
  const name = text(unwrap(attrs.name).value);
  if (name) return name;
  const full = [text(unwrap(attrs.first_name).value), text(unwrap(attrs.last_name).value)].filter(Boolean).join(' ');
  return full || text(unwrap(attrs.email).value) || entityId(value);
}

/** Catalog type of a custom attribute from its Personio type, or from the value when the wrapper has none. */
export function customType(attribute: Attribute): FieldType {
  switch (attribute.type) {
    case 'date': return 'date';
    case 'integer':
    case 'decimal': return 'number';
    case 'list': return 'enum';
    case 'tags': return 'list';
    case 'link': return 'url';
    case 'standard':
    case 'multiline': return Array.isArray(attribute.value) ? 'list' : 'string';
    default:
      if (Array.isArray(attribute.value)) return 'list';
      if (typeof attribute.value === 'number') return 'number';
      if (typeof attribute.value === 'boolean') return 'boolean';
      return typeof attribute.value === 'string' && /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(attribute.value) ? 'date' : 'string';
  }
}

/** What `toFieldValue` returns for a value that was present but unreadable as the type (the field's value is then null). */
export const INVALID: unique symbol = Symbol('invalid');

/** A field value for the catalog type, or `INVALID` (no object per call: this runs for every attribute of every employee). */
export function toFieldValue(value: unknown, type: FieldType): FieldValue | typeof INVALID {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'date':
      return isoDate(value) ?? INVALID;
    case 'number':
    case 'money':
      return amount(value) ?? INVALID;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      return INVALID;
    case 'list': {
      const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
      return items.map(entityName).filter((s): s is string => s !== null);
    }
    default:
      if (Array.isArray(value)) return value.map(entityName).filter((s): s is string => s !== null);
      if (typeof value === 'boolean') return String(value);
      return entityName(value);
  }
}

/** Canonical roles a tenant-specific `dynamic_*` attribute can play. */
export type Role = 'birthDate' | 'personalEmail' | 'mobilePhone' | 'employeeNumber';

const ROLE_BY_UNIVERSAL_ID: Readonly<Record<string, Role>> = {
  date_of_birth: 'birthDate', birthday: 'birthDate', birth_date: 'birthDate',
  private_email: 'personalEmail', personal_email: 'personalEmail',
  mobile_phone: 'mobilePhone', phone_mobile: 'mobilePhone', mobile: 'mobilePhone',
  employee_number: 'employeeNumber', employee_id: 'employeeNumber', personnel_number: 'employeeNumber',
};

/** Folded labels (EN/DE/FR) that identify a role when `universal_id` does not. */
const ROLE_LABELS: readonly [Role, readonly string[]][] = [
  ['birthDate', ['birthday', 'date of birth', 'birth date', 'birthdate', 'geburtstag', 'geburtsdatum', 'date de naissance']],
  ['personalEmail', ['private email', 'personal email', 'private e mail', 'personal e mail', 'e mail privat', 'email privat', 'private e mail adresse', 'privat e mail', 'e mail personnel', 'email personnel', 'adresse e mail personnelle']],
  ['mobilePhone', ['mobile', 'mobile phone', 'mobile number', 'mobile phone number', 'cell phone', 'handy', 'handynummer', 'mobilnummer', 'mobiltelefon', 'mobilfunknummer', 'telephone portable', 'portable', 'numero de portable']],
  ['employeeNumber', ['employee number', 'employee no', 'employee id', 'personnel number', 'personalnummer', 'mitarbeiternummer', 'matricule', 'numero d employe', 'numero de matricule']],
];

/**
 * Both lookups below depend only on an attribute's `universal_id` and label,
 * which repeat on every employee of a page: memoized per (universal_id, label)
 * so a 100,000-person tenant folds each label once, not once per person.
 */
const roleMemo = new Map<string, Map<string, { role: Role; strong: boolean } | null>>();
const specialIdMemo = new Map<string, boolean>();
const MEMO_LIMIT = 10_000;
let roleMemoSize = 0;

/** The role of an attribute by its `universal_id` first, then by its label. `strong` = matched by `universal_id`. */
export function roleOf(attribute: Attribute): { role: Role; strong: boolean } | null {
  // Keyed by universal_id, then by label: no key text is built per attribute and person.
  const id = attribute.universalId ?? '';
  let byLabel = roleMemo.get(id);
  const label = attribute.label ?? '';
  const known = byLabel?.get(label);
  if (known !== undefined) return known;
  const role = findRole(attribute);
  if (roleMemoSize < MEMO_LIMIT) {
    if (byLabel === undefined) roleMemo.set(id, (byLabel = new Map()));
    byLabel.set(label, role);
    roleMemoSize += 1;
  }
  return role;
}

function findRole(attribute: Attribute): { role: Role; strong: boolean } | null {
  const byId = attribute.universalId ? ROLE_BY_UNIVERSAL_ID[attribute.universalId.toLowerCase()] : undefined;
  if (byId) return { role: byId, strong: true };
  if (!attribute.label) return null;
  const folded = foldForMatch(attribute.label);
  for (const [role, labels] of ROLE_LABELS) if (labels.includes(folded)) return { role, strong: false };
  return null;
}

/** Sensitivity Personio itself implies: a special `universal_id` (e.g. `iban`), or a personal role. */
export function declaredSensitivity(attribute: Attribute, role: Role | null): Sensitivity | undefined {
  if (attribute.universalId && isSpecialUniversalId(attribute.universalId)) return 'special';
  if (role === 'birthDate' || role === 'personalEmail') return 'personal';
  return undefined;
}

function isSpecialUniversalId(id: string): boolean {
  let special = specialIdMemo.get(id);
  if (special === undefined) {
    special = specialCategoryOf({ id }) !== null;
    if (specialIdMemo.size < MEMO_LIMIT) specialIdMemo.set(id, special);
  }
  return special;
}
