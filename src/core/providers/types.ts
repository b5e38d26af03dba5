/**
 * The seam every vendor module fills in. A provider declares how to ask for
 * credentials, what it reads, where its data lives (the retrieval plan the
 * core executes through the host's proxy, and the endpoints the proxy may
 * forward to), its field catalog, and how to turn the vendor's raw envelope
 * into canonical records without ever throwing on one odd record.
 */
import type { z } from 'zod/mini';
import type { EmployeeRecord, FieldDef, ProviderId, Quarantined } from '../model.js';
import type { Result } from '../result.js';

export const DATA_TYPES = ['identity', 'contact', 'employment', 'organization', 'compensation', 'custom'] as const;
export type DataType = (typeof DATA_TYPES)[number];

export interface CredentialField {
  /** Key in the credentials object the proxy receives. */
  readonly name: string;
  /** English label; translations may override it under `providers.<id>.fields.<name>`. */
  readonly label: string;
  /** `secret` fields are masked, never stored, and cleared once submitted. */
  readonly kind: 'text' | 'secret';
  readonly placeholder?: string;
  readonly help?: string;
  readonly autocomplete?: string;
}

export type Pagination =
  | { readonly kind: 'none' }
  /** `limit`/`offset` style query parameters (Personio, Humaans `$limit`/`$skip`). */
  | { readonly kind: 'offset'; readonly limitParam: string; readonly offsetParam: string; readonly pageSize: number }
  /** Lucca's single `paging=offset,limit` parameter. */
  | { readonly kind: 'paging-param'; readonly param: string; readonly pageSize: number }
  /**
   * One request per batch that `prepare` builds from what earlier resources returned (HiBob's search filtered by
   * batches of ids); read like pages with a known total, under the run's bound on requests in flight. Without
   * batches, one request.
   */
  | { readonly kind: 'batches' };

export interface Page {
  readonly items: readonly unknown[];
  /** Total number of items the vendor says exist, when it says so (not trusted blindly). */
  readonly total: number | null;
}

export interface ResourceSpec {
  /** Key of this resource in `RawData`. */
  readonly name: string;
  readonly method: 'GET' | 'POST';
  /** Path relative to the vendor base URL, starting with `/`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | readonly string[]>>;
  readonly body?: unknown;
  readonly pagination: Pagination;
  /** Pull the items (and total) out of one response body; an unexpected envelope is an issue. */
  extract(body: unknown): Result<Page>;
  /** Requests per minute the vendor allows on this endpoint, when documented. */
  readonly ratePerMinute?: number;
  /** Requests per second the vendor allows in a burst on this endpoint, when documented (Personio: 15). */
  readonly burstPerSecond?: number;
  /** A failed optional resource makes the retrieval PARTIAL instead of FAILED. */
  readonly optional?: boolean;
  /**
   * Read only to shape other requests (field metadata, HiBob's id listing): its items are not people, so they do
   * not count in progress, and it is never the resource whose records are checked against a total.
   */
  readonly lookup?: boolean;
  /**
   * A request that depends on what other resources returned (HiBob asks the
   * people search for the custom field ids its field metadata lists). Such a
   * resource is read after every resource without `prepare`, and not at all when a required one failed; the
   * returned `body`/`query` replace the static ones, and `batches` (for `batches` pagination) give its requests.
   * A failed resource gives what it read (none when it was one request).
   * With `sample`, one request for at most about that many people (the proxy's check of a new credential): a
   * provider that can name people (HiBob's filter by id) names the first listed ones; others ignore it.
   */
  prepare?(earlier: RawData, options?: PrepareOptions): RequestOverride;
}

export interface PrepareOptions {
  /** Ask for this many people in one request, not the whole tenant. */
  readonly sample?: number;
}

export interface RequestOverride {
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, string | readonly string[]>>;
  /** For `batches` pagination: the requests to make, each with its own body/query. */
  readonly batches?: readonly Batch[];
}

export interface Batch {
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, string | readonly string[]>>;
  /**
   * How many items this request asks for, when it names them (the ids of a filter): the resource's total is the
   * sum, and fewer items than that is `total_mismatch`, never silently fewer people.
   */
  readonly items?: number;
}

export interface EndpointRule {
  readonly method: 'GET' | 'POST';
  /** Exact path, or a pattern for paths with ids. Matched against the URL pathname only. */
  readonly path: string | RegExp;
}

/** Raw items per resource name, exactly as the vendor sent them. */
export type RawData = Readonly<Record<string, readonly unknown[]>>;

export interface NormalizeContext {
  /** Special-category field ids the host explicitly allowed in code. Nothing in data or config can add to it. */
  readonly allowSensitive: ReadonlySet<string>;
  /** "Today", for statuses derived from dates (Lucca contract end). */
  readonly now: Date;
}

export interface DroppedField {
  readonly id: string;
  readonly label: string;
}

export interface NormalizeResult {
  readonly records: EmployeeRecord[];
  readonly quarantine: Quarantined[];
  /** Standard fields plus custom attributes discovered in the data, special categories excluded. */
  readonly catalog: FieldDef[];
  /** Catalog field ids present (even if empty) on at least one record: what the credential can read. */
  readonly readable: readonly string[];
  /** Special-category fields removed from every record, and how many values were dropped. */
  readonly dropped: { readonly count: number; readonly fields: readonly DroppedField[] };
}

/**
 * Normalization fed a few items at a time, so that retrieval can normalize
 * each page while the next ones are on their way. Items must come in the
 * order of the resource's final list (quarantine reports an item's index in
 * it, and of two items with the same id the later one's values win): the
 * result is then exactly that of `normalize` on the whole lists.
 */
export interface NormalizeStream {
  /** The next items of `resource`, after those pushed before. */
  push(resource: string, items: readonly unknown[]): void;
  /** Everything pushed, normalized. */
  finish(): NormalizeResult;
}

/**
 * What a provider tells before any data is read: name, credential form,
 * instructions, data types and standard catalog. Elements load only this up
 * front; `vendor`, `resources` and `normalize` come with `ProviderDefinition`.
 */
export interface ProviderInfo<C extends z.ZodMiniType<Record<string, string>> = z.ZodMiniType<Record<string, string>>> {
  readonly id: ProviderId;
  readonly label: string;
  readonly credentials: {
    readonly schema: C;
    readonly fields: readonly CredentialField[];
    /** Step-by-step instructions to create the credential in the vendor, in English. */
    readonly instructions: readonly string[];
    /** Advice shown above the steps (e.g. BambooHR's read-only non-employee user). */
    readonly advice?: string;
  };
  readonly dataTypes: readonly DataType[];
  /** Catalog field ids a credential must be able to read (Personio: email, first name, last name). */
  readonly required: readonly string[];
  /** Standard catalog; custom attributes are discovered by `normalize`. */
  readonly standardFields: readonly FieldDef[];
  /** Field ids that are always special-category for this vendor. */
  readonly sensitiveFieldIds: readonly string[];
}

export interface ProviderDefinition<C extends z.ZodMiniType<Record<string, string>> = z.ZodMiniType<Record<string, string>>> extends ProviderInfo<C> {
  readonly vendor: {
    /** Vendor origin + base path for these credentials (BambooHR domain, Lucca tenant). */
    baseUrl(credentials: Readonly<Record<string, string>>): string;
    /** The only requests the proxy forwards. */
    readonly allow: readonly EndpointRule[];
    /** Requests per minute across the account, when documented. */
    readonly ratePerMinute?: number;
  };
  /** What to fetch, in order; the core's retrieval runs it through the proxy. */
  readonly resources: readonly ResourceSpec[];
  normalize(raw: RawData, context: NormalizeContext): NormalizeResult;
  /**
   * Normalization that can run while `resource` is read, when it needs only
   * the other resources' items (read before it: it is the only resource, or
   * it has `prepare`). `normalize` gives the same result on the same items.
   */
  readonly stream?: ProviderStream;
}

export interface ProviderStream {
  readonly resource: string;
  /** A stream for one run, given every other resource's items; retrieval opens it as the resource's read starts (`context.now` is then). */
  open(earlier: RawData, context: NormalizeContext): NormalizeStream;
}
