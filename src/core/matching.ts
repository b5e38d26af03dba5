/**
 * Matching keys and the host-side index. The seeds' hierarchy is (1) the HRIS
 * id stored on a host record by an earlier sync, (2) the configured
 * identifier, (3) the exact full name. Keys compare after Unicode NFC, trimming
 * and lower-casing — nothing looser: a name equal only after looser folding
 * (accents, `ß`/`ss`, punctuation, word order as in "Doe, Jane") is a
 * *possible* match to confirm, never applied.
 */
import type { HostRecord, HostSchema } from './host.js';
import type { FieldValue } from './model.js';
import { fullName, type NameFormat } from './sources.js';

export const MATCH_TIERS = ['hrisId', 'identifier', 'name'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/** The strict key: NFC, surrounding whitespace trimmed, lower case. Null for empty text. */
export function strictKey(value: FieldValue | undefined): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const key = value.normalize('NFC').trim().toLowerCase();
  return key === '' ? null : key;
}

/**
 * The loose key: diacritics and invisible format characters removed, `ß` as
 * `ss`, punctuation as spaces, words sorted — so "Doe, Jane", "jane  doe" and
 * "Jané Doe" meet. Only ever used to *suggest* a match.
 */
export function looseKey(value: string | null): string | null {
  if (value === null) return null;
  const words = value
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort();
  return words.length === 0 ? null : words.join(' ');
}

/** Name keys of an HRIS person as the host would hold it. */
export interface NameKeys {
  /** Strict key in the configured format (single field) or `first\u0000last` (split fields). */
  readonly strict: string | null;
  /** Strict key of the other arrangement ("Doe, Jane" for "Jane Doe"; first/last swapped). */
  readonly swapped: string | null;
}

const SEP = '\u0000';

export function personNameKeys(first: string | null, last: string | null, schema: HostSchema, format: NameFormat): NameKeys {
  if (schema.name.kind === 'single') {
    const name = fullName({ firstName: first, lastName: last }, format);
    const other = fullName({ firstName: first, lastName: last }, format === 'first-last' ? 'last-first' : 'first-last');
    return { strict: strictKey(name), swapped: other === name ? null : strictKey(other) };
  }
  const f = strictKey(first);
  const l = strictKey(last);
  if (f === null && l === null) return { strict: null, swapped: null };
  return { strict: `${f ?? ''}${SEP}${l ?? ''}`, swapped: `${l ?? ''}${SEP}${f ?? ''}` };
}

/** The loose key of a person's name; computed only for records left without a match. */
export function personLooseKey(first: string | null, last: string | null): string | null {
  return looseKey(`${first ?? ''} ${last ?? ''}`);
}

/** The display name a host record holds, as typed. */
export function hostDisplayName(record: HostRecord, schema: HostSchema): string | null {
  if (schema.name.kind === 'single') {
    const v = record.values[schema.name.field];
    return typeof v === 'string' && v.trim() !== '' ? v : null;
  }
  const parts = [record.values[schema.name.first], record.values[schema.name.last]].filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return parts.length > 0 ? parts.join(' ') : null;
}

function hostNameKey(record: HostRecord, schema: HostSchema): string | null {
  if (schema.name.kind === 'single') return strictKey(record.values[schema.name.field]);
  const f = strictKey(record.values[schema.name.first]);
  const l = strictKey(record.values[schema.name.last]);
  return f === null && l === null ? null : `${f ?? ''}${SEP}${l ?? ''}`;
}

export interface HostIndex {
  readonly byHrisId: ReadonlyMap<string, readonly HostRecord[]>;
  readonly byIdentifier: ReadonlyMap<string, readonly HostRecord[]>;
  /** Only records with neither an HRIS id nor an identifier: the name tier never overrides either. */
  readonly byName: ReadonlyMap<string, readonly HostRecord[]>;
  readonly byLooseName: ReadonlyMap<string, readonly HostRecord[]>;
}

function add(map: Map<string, HostRecord[]>, key: string | null, record: HostRecord): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(record);
  else map.set(key, [record]);
}

/** One pass over the host records. `identifierField` is the host field holding the configured identifier. */
export function indexHostRecords(records: readonly HostRecord[], schema: HostSchema, identifierField: string | null): HostIndex {
  const byHrisId = new Map<string, HostRecord[]>();
  const byIdentifier = new Map<string, HostRecord[]>();
  const byName = new Map<string, HostRecord[]>();
  const byLooseName = new Map<string, HostRecord[]>();
  for (const record of records) {
    const hrisId = record.hrisId?.trim() || null;
    add(byHrisId, hrisId, record);
    const identifier = identifierField === null ? null : strictKey(record.values[identifierField]);
    add(byIdentifier, identifier, record);
    if (hrisId === null && identifier === null) {
      add(byName, hostNameKey(record, schema), record);
      add(byLooseName, looseKey(hostDisplayName(record, schema)), record);
    }
  }
  return { byHrisId, byIdentifier, byName, byLooseName };
}
