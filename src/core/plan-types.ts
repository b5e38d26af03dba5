/**
 * The shape of a sync plan: what `planSync` returns, what the preview shows,
 * and what a host adapter applies. Plain serialisable data.
 */
import type { FieldValue } from './model.js';
import type { MatchTier } from './matching.js';
import type { Issue } from './result.js';

export const PLAN_BUCKETS = ['create', 'update', 'unchanged', 'leavers', 'conflicts', 'invalid', 'excluded'] as const;
export type PlanBucket = (typeof PLAN_BUCKETS)[number];

/**
 * Pseudo host fields in `changes`: the HRIS id stored on the host record (the
 * first matching tier next time), its group and its tags (leaver policies).
 */
export const HRIS_ID_FIELD = '$hrisId';
export const GROUP_FIELD = '$group';
export const TAGS_FIELD = '$tags';

export interface FieldChange {
  readonly field: string;
  readonly before: FieldValue;
  readonly after: FieldValue;
}

export type PlanAction = 'create' | 'update' | 'none';

export interface PlanEntry {
  readonly hrisId: string;
  /** The matched host record, or null (create, or no match). */
  readonly hostId: string | null;
  /** The person's name as the HRIS has it, else the identifier, else the HRIS id. */
  readonly displayName: string;
  /** The identifier value as typed in the HRIS. */
  readonly identifier: string | null;
  readonly matchedBy: MatchTier | null;
  /** What applying the plan does with this entry. */
  readonly action: PlanAction;
  /** For creates every value (before = null); for updates only what differs. */
  readonly changes: readonly FieldChange[];
  /** Why the entry is in its bucket (conflict, invalid, leaver) as issue codes. */
  readonly reasons: readonly Issue[];
  /** Non-fatal findings: values left out because they did not fit the host field. */
  readonly warnings: readonly Issue[];
  /** Index of the "Sync if" rule that excluded the record, for the excluded bucket. */
  readonly excludedBy: number | null;
}

/** Every code a plan entry's `reasons` and `warnings` can carry (phone codes: `PHONE_ISSUE_CODES`). */
export const PLAN_REASON_CODES = [
  'duplicate_hris_id', 'duplicate_identifier', 'duplicate_name', 'host_duplicate_hris_id', 'host_linked_to_other', 'ambiguous_match',
  'identifier_missing', 'identifier_invalid', 'required_missing', 'leaver_inactive', 'leaver_terminated', 'value_unconvertible',
] as const;
export type PlanReasonCode = (typeof PLAN_REASON_CODES)[number];

export type PossibleMatchKind = 'name_swapped' | 'name_similar';

/** A host record whose name matches only loosely: offered to confirm, never applied. */
export interface PossibleMatch {
  readonly hrisId: string;
  /** The HRIS person's name as the plan's entries show it (`PlanEntry.displayName`). */
  readonly displayName: string;
  readonly hostId: string;
  readonly kind: PossibleMatchKind;
}

export interface SyncPlan {
  /**
   * Hash of the plan itself — every entry of every bucket, the possible
   * matches, the totals — and the config, schema and date it was planned with
   * (`plan-hash.ts`): two plannings that come to the same plan share it, and
   * any change of input that changes the plan changes it. Identifies this plan
   * from preview to apply; its values may differ between versions of hris-kit
   * for the same plan. Computed the first time it is read (confirming a sync
   * reads it; showing the plan or selecting from it does not), then kept: an
   * enumerable getter on the plans `planSync` and `selectFromPlan` return, so
   * copying, cloning or serializing a plan reads it too.
   */
  readonly hash: string;
  /** For a selection of a plan: the hash of the plan it was selected from, and that plan's root. */
  readonly parentHash: string | null;
  readonly rootHash: string;
  /** HRIS ids kept by `selectFromPlan`, sorted; null for a full plan. */
  readonly selection: readonly string[] | null;
  readonly schemaId: string;
  /** The calendar date leavers were judged against. */
  readonly today: string;
  readonly totals: {
    /** HRIS records given to the planner. */
    readonly pulled: number;
    /** Records that pass the "Sync if" rules. */
    readonly matching: number;
    readonly hostRecords: number;
  };
  readonly create: readonly PlanEntry[];
  readonly update: readonly PlanEntry[];
  readonly unchanged: readonly PlanEntry[];
  /** Inactive, or termination date passed; `action` follows the leaver policy. */
  readonly leavers: readonly PlanEntry[];
  readonly conflicts: readonly PlanEntry[];
  readonly invalid: readonly PlanEntry[];
  readonly excluded: readonly PlanEntry[];
  readonly possibleMatches: readonly PossibleMatch[];
}
