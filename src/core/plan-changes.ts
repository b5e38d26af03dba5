/**
 * The two value-level rules of a plan's changes: when a host value already
 * equals the HRIS value (`sameValue`), and what the leaver policy writes on a
 * leaver's host record (`leaverPolicyChanges`).
 */
import type { SyncConfig } from './config.js';
import type { HostRecord } from './host.js';
import type { FieldValue } from './model.js';
import { GROUP_FIELD, TAGS_FIELD, type FieldChange } from './plan-types.js';

/** Whether two values are the same for the host: equal, or equal text after NFC; numbers equal their decimal text. */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]!));
  }
  if (typeof a === 'string' && typeof b === 'string') return a.normalize('NFC') === b.normalize('NFC');
  return String(a) === String(b);
}

/** The tag or group change the leaver policy asks for, none when the host record already has it. */
export function leaverPolicyChanges(cfg: SyncConfig, host: HostRecord | null): FieldChange[] {
  const policy = cfg.leavers;
  if (policy.policy === 'tag') {
    const tags = host?.tags ?? [];
    return tags.includes(policy.tag) ? [] : [{ field: TAGS_FIELD, before: host ? [...tags] : null, after: [...tags, policy.tag] }];
  }
  if (policy.policy === 'group') {
    const group = host?.group ?? null;
    return group === policy.group ? [] : [{ field: GROUP_FIELD, before: group, after: policy.group }];
  }
  return [];
}
