/**
 * How HiBob's people are read: `POST /v1/people/search` has no pagination
 * (one call answers every match in one `employees` array) and HiBob's own
 * advice for large companies is to batch on the client by id. So a run first
 * lists every id with a search asking for `root.id` only (cheap: about 60
 * bytes a person, read alongside the field metadata), then reads the full
 * profiles with searches filtered by batches of those ids.
 *
 * The filter, as HiBob's "People read API contract" and the search reference
 * (apidocs.hibob.com/docs/people-read-api-contract, /reference/post_people-search)
 * state it: `filters: [{ fieldPath: 'root.id', operator: 'equals', values: [...] }]`
 * returns every employee whose id is in `values`; only `root.id` and
 * `root.email` with `equals` are supported, at most one filter object, an
 * empty `filters` or any other field path is a 400; at most 400 field ids.
 */
import { idText, isObject, text } from './coercions.js';
import { valueAt } from './hibob-values.js';
import { HIBOB_REQUESTED_FIELDS } from './hibob-catalog.js';
import type { Batch, PrepareOptions, RawData, RequestOverride } from './types.js';

/** Bob accepts at most 400 field ids in one search. */
const MAX_FIELDS = 400;

/**
 * Ids per filtered search. HiBob allows 50 searches a minute. 1,000 ids a batch
 * read 10,000 people in 10 searches (11 with the id listing), so two full runs,
 * their retries and another integration's calls fit in one minute; larger
 * tenants get bigger batches so a run stays near 10 searches, up to 2,500 ids,
 * whose filter (a Bob id is 19 digits: 22 bytes quoted, with its comma) stays
 * under the reference proxy's 64 KiB request body limit. 100,000 people then
 * take 40 searches plus the listing: still one minute's allowance.
 */
export const HIBOB_BATCH = { min: 1000, max: 2500, searches: 10 } as const;

/** The search that lists every id, leavers included: what the batches are built from. */
export const HIBOB_ID_LISTING = { fields: ['root.id'], showInactive: true } as const;

/** The standard field ids plus every custom field (`<category>.custom.<field>`) the field metadata lists. */
export function requestedFields(earlier: RawData): string[] {
  const ids = new Set(HIBOB_REQUESTED_FIELDS);
  for (const entry of earlier.fields ?? []) {
    const id = isObject(entry) ? text(entry.id) : null;
    if (id && /^[^.]+\.custom\.[^.]+$/.test(id) && ids.size < MAX_FIELDS) ids.add(id);
  }
  return [...ids];
}

/** `root.id` of each listed item (nested `id` or the slash key `/root/id`), read as `normalize` reads it; once each, in listing order. */
export function listedIds(items: readonly unknown[]): string[] {
  const ids = new Set<string>();
  for (const item of items) {
    const id = idText(valueAt(item, 'root.id'));
    if (id !== null) ids.add(id);
  }
  return [...ids];
}

/** The full-profile body, filtered by `ids` when given. */
export function searchBody(fields: readonly string[], ids?: readonly string[]): Record<string, unknown> {
  return {
    fields,
    showInactive: true,
    humanReadable: 'APPEND',
    ...(ids ? { filters: [{ fieldPath: 'root.id', operator: 'equals', values: ids }] } : {}),
  };
}

/** Ids per batch for a tenant of `count` people. */
export function batchSize(count: number): number {
  return Math.min(HIBOB_BATCH.max, Math.max(HIBOB_BATCH.min, Math.ceil(count / HIBOB_BATCH.searches)));
}

/**
 * The people searches once the field metadata and the id listing are in. A
 * tenant that fits one batch (or a listing that came back empty) is read with
 * one unfiltered search, exactly as before batching: no request is added to
 * the run's chain, since the listing went out alongside the metadata. Larger
 * tenants get one search per batch, each naming its ids, so a person listed but
 * not sent back (deleted meanwhile) makes the run PARTIAL instead of silently
 * smaller.
 */
export function peopleSearches(earlier: RawData, options: PrepareOptions = {}): RequestOverride {
  const fields = requestedFields(earlier);
  const ids = listedIds(earlier.ids ?? []);
  // A credential check reads the first listed people only (an empty listing: the unfiltered search, empty too).
  if (options.sample !== undefined) return { body: searchBody(fields, ids.length > 0 ? ids.slice(0, options.sample) : undefined) };
  const size = batchSize(ids.length);
  if (ids.length <= size) return { body: searchBody(fields) };
  const batches: Batch[] = [];
  for (let start = 0; start < ids.length; start += size) {
    const values = ids.slice(start, start + size);
    batches.push({ body: searchBody(fields, values), items: values.length });
  }
  return { body: searchBody(fields), batches };
}
