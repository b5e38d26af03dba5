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

/** A wrapper is an object with a `value` key that is not itself a nested entity. */
export function isWrapper(raw: unknown): raw is Record<string, unknown> {
  return isObject(raw) && 'value' in raw && !('attributes' in raw);
}

/** The value of an attribute, wrapped or bare. */
export function wrappedValue(raw: unknown): unknown {
  return isWrapper(raw) ? raw.value : raw;
}

/** The currency of a wrapped amount (salaries), upper-cased, or undefined. */
export function wrappedCurrency(raw: unknown): string | undefined {
  const currency = isWrapper(raw) ? text(raw.currency) : null;
  return currency ? currency.toUpperCase() : undefined;
}

/** Personio's type of a wrapped attribute, lower-cased (standard, date, integer, decimal, list, link, tags, multiline), or null. */
export function wrappedType(raw: unknown): string | null {
  const type = isWrapper(raw) ? text(raw.type) : null;
  return type ? type.toLowerCase() : null;
}

/** The attributes of a nested entity: `{type, attributes:{…}}` or a plain `{id, name}`. */
function entityAttributes(value: Record<string, unknown>): Record<string, unknown> {
  return isObject(value.attributes) ? value.attributes : value;
}

/** Id of a nested entity (the supervisor's id is wrapped, an office's is bare). */
export function entityId(value: unknown): string | null {
  if (!isObject(value)) return idText(value);
  return idText(wrappedValue(entityAttributes(value).id));
}

/** Display name of a nested entity: its `name`, else "first last", else its email, else its id. */
export function entityName(value: unknown): string | null {
  if (!isObject(value)) return text(value);
  const attrs = entityAttributes(value);
  const name = text(wrappedValue(attrs.name));
  if (name) return name;
  const first = text(wrappedValue(attrs.first_name));
  const last = text(wrappedValue(attrs.last_name));
  const full = first && last ? `${first} ${last}` : first ?? last;
  return full || text(wrappedValue(attrs.email)) || entityId(value);
}

/** Catalog type of a custom attribute from its Personio type (`wrappedType`), or from the value when the wrapper has none. */
export function customType(personioType: string | null, value: unknown): FieldType {
  switch (personioType) {
    case 'date': return 'date';
    case 'integer':
    case 'decimal': return 'number';
    case 'list': return 'enum';
    case 'tags': return 'list';
    case 'link': return 'url';
    case 'standard':
    case 'multiline': return Array.isArray(value) ? 'list' : 'string';
    default:
      if (Array.isArray(value)) return 'list';
      if (typeof value === 'number') return 'number';
      if (typeof value === 'boolean') return 'boolean';
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(value) ? 'date' : 'string';
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
    case 'list':
      if (Array.isArray(value)) return entityNames(value);
      return typeof value === 'string' ? entityNames(value.split(',')) : entityNames([value]);
    default:
      if (Array.isArray(value)) return entityNames(value);
      if (typeof value === 'boolean') return String(value);
      return entityName(value);
  }
}

/** The display names of a list's entries, entries without one left out. */
function entityNames(items: readonly unknown[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < items.length; i += 1) {
    const name = entityName(items[i]);
    if (name !== null) names.push(name);
  }
  return names;
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

/** The role of an attribute (its `universal_id` and label as read by `text`) by its `universal_id` first, then by its label. `strong` = matched by `universal_id`. */
export function roleOf(universalId: string | null, label: string | null): { role: Role; strong: boolean } | null {
  // Keyed by universal_id, then by label: no key text is built per attribute and person.
  let byLabel = roleMemo.get(universalId ?? '');
  const known = byLabel?.get(label ?? '');
  if (known !== undefined) return known;
  const role = findRole(universalId, label);
  if (roleMemoSize < MEMO_LIMIT) {
    if (byLabel === undefined) roleMemo.set(universalId ?? '', (byLabel = new Map()));
    byLabel.set(label ?? '', role);
    roleMemoSize += 1;
  }
  return role;
}

function findRole(universalId: string | null, label: string | null): { role: Role; strong: boolean } | null {
  const byId = universalId ? ROLE_BY_UNIVERSAL_ID[universalId.toLowerCase()] : undefined;
  if (byId) return { role: byId, strong: true };
  if (!label) return null;
  const folded = foldForMatch(label);
  for (const [role, labels] of ROLE_LABELS) if (labels.includes(folded)) return { role, strong: false };
  return null;
}

/** Sensitivity Personio itself implies: a special `universal_id` (e.g. `iban`), or a personal role. */
export function declaredSensitivity(universalId: string | null, role: Role | null): Sensitivity | undefined {
  if (universalId && isSpecialUniversalId(universalId)) return 'special';
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
