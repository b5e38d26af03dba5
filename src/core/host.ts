/**
 * The host side of a sync: the fields the host's own records have (its target
 * schema), what one of its records looks like, and the adapter through which
 * the widget lists them and applies a plan. Everything here is plain data or
 * an interface a host implements; no host specifics.
 */
import { z } from 'zod/mini';
import { FIELD_TYPES, fieldValueSchema, type FieldType } from './model.js';
import type { SyncPlan } from './plan-types.js';

/** The canonical identifiers a host record can be matched by (Ledgy's "Stakeholder identifier"). */
export const IDENTIFIER_KINDS = ['workEmail', 'employeeNumber', 'personalEmail'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export const hostFieldSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string(),
  type: z.enum(FIELD_TYPES),
  /** A record cannot be created without a value here. */
  required: z.boolean(),
  /** Offered as "additional field to import", unmapped by default (Ledgy: manager, mobile phone, pay rate). */
  optional: z._default(z.boolean(), false),
});
export type HostField = z.infer<typeof hostFieldSchema>;

/** Where the display name lives: one field (`Jane Doe` / `Doe, Jane`), or first and last apart. */
export const nameFieldsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single'), field: z.string().check(z.minLength(1)) }),
  z.object({ kind: z.literal('split'), first: z.string().check(z.minLength(1)), last: z.string().check(z.minLength(1)) }),
]);
export type NameFields = z.infer<typeof nameFieldsSchema>;

export const hostSchemaSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string(),
  fields: z.array(hostFieldSchema).check(z.minLength(1)),
  name: nameFieldsSchema,
  /** For each identifier kind the host supports, the host field that stores it. */
  identifier: z.partialRecord(z.enum(IDENTIFIER_KINDS), z.string().check(z.minLength(1))),
  /** The host's primary email field, filled from `SyncConfig.primaryEmail`. */
  primaryEmail: z.nullable(z.string().check(z.minLength(1))),
});
export type HostSchema = z.infer<typeof hostSchemaSchema>;

/** One of the host's existing records, as `HostAdapter.listRecords` returns it. */
export const hostRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The HRIS id stored on the record by an earlier sync (first matching tier). */
  hrisId: z.nullable(z.string()),
  values: z.record(z.string(), fieldValueSchema),
  group: z.optional(z.nullable(z.string())),
  tags: z.optional(z.array(z.string())),
});
export type HostRecord = z.infer<typeof hostRecordSchema>;

/** The result of applying one plan entry. */
export type ApplyRecordResult =
  | { readonly hrisId: string; readonly ok: true; readonly hostId: string; readonly action: 'create' | 'update' }
  | {
      readonly hrisId: string;
      readonly ok: false;
      readonly hostId: string | null;
      readonly action: 'create' | 'update';
      /** An issue code for the translation layer, e.g. `host_validation_failed`, `host_unavailable`. */
      readonly code: string;
      /** Whether trying again may help (network, lock) as opposed to a rejected value. */
      readonly retryable: boolean;
    };

export interface ApplyResult {
  /** Hash of the plan that was applied; equal to the previewed plan's hash. */
  readonly planHash: string;
  readonly idempotencyKey: string;
  readonly results: readonly ApplyRecordResult[];
}

export interface ApplyProgress {
  readonly done: number;
  readonly total: number;
}

export interface ApplyOptions {
  readonly signal: AbortSignal;
  /** Stable across retries of the same plan, so a repeated call never creates twice. */
  readonly idempotencyKey: string;
  readonly onProgress?: (progress: ApplyProgress) => void;
}

/**
 * What the host implements. `apply` applies exactly the plan it receives —
 * its creates, its updates and its actionable leavers, nothing recomputed —
 * and reports a result per entry, so "Retry failed" can re-apply only those.
 */
export interface HostAdapter {
  listRecords(options: { readonly signal?: AbortSignal }): Promise<HostRecord[]>;
  apply(plan: SyncPlan, options: ApplyOptions): Promise<ApplyResult>;
}

/** Whether a host field of this type can hold a value of a source of that type. */
export function typeFits(source: FieldType, target: FieldType): boolean {
  if (source === target) return true;
  switch (target) {
    case 'string':
      return source !== 'list';
    case 'email':
    case 'phone':
    case 'url':
    case 'enum':
    case 'reference':
      return source === 'string';
    case 'number':
      return source === 'money';
    case 'list':
      return source === 'string' || source === 'enum';
    default:
      return false;
  }
}
