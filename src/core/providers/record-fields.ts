/**
 * Each record's `fields` as the normalization pipeline keeps them, and the
 * catalog facts they reveal. A field the sensitive-field policy drops is
 * counted and left out; the others are kept in the draft's order. The first
 * time a field id is seen decides everything about it (dropped or kept, its
 * catalog entry), so a later record pays one comparison per field when its
 * fields come in the previous record's order (one map lookup otherwise).
 *
 * A provider can feed a record's fields while it reads the raw item (the
 * `FieldSink` its `toDraft` is given), so the record's fields object is built
 * once, not as a draft first and copied. A draft that is then quarantined
 * leaves nothing behind: the first sights of a record only count once the
 * pipeline accepts its draft (`commit`), as they did when the pipeline read
 * the draft's fields itself.
 */
import type { FieldDef, FieldType, FieldValue, Sensitivity } from '../model.js';
import { mustDrop, specialCategoryOf, type SensitivePolicy } from '../sensitive.js';
import { FieldsBuilder } from './fields-builder.js';
import type { DroppedField } from './types.js';

/**
 * Where a provider's `toDraft` puts a record's fields, in the item's order; the
 * draft then carries `build()`'s result as its `fields`. A value is a record
 * value (a bare `FieldValue`); `__proto__` is never kept.
 */
export interface FieldSink {
  /** A field the provider knows nothing more about (a standard catalog field). */
  add(id: string, value: FieldValue): void;
  /**
   * A field with what the vendor says about it, as `DraftField` has it (label
   * for custom fields, type, declared sensitivity). Only read the first time
   * the id is seen.
   */
  addDescribed(id: string, value: FieldValue, label: string | undefined, type: FieldType | undefined, sensitivity: Sensitivity | undefined): void;
  /** The record's fields: the kept ones, in the order added. */
  build(): Record<string, FieldValue>;
}

interface Sight {
  readonly id: string;
  readonly value: FieldValue;
  readonly label: string | undefined;
  readonly type: FieldType | undefined;
  readonly sensitivity: Sensitivity | undefined;
}

export class RecordFields implements FieldSink {
  /** Custom fields found in the data, by id. */
  readonly discovered = new Map<string, FieldDef>();
  readonly droppedFields = new Map<string, DroppedField>();
  readonly readable = new Set<string>();
  /** Non-empty values dropped, over the accepted records. */
  droppedCount = 0;

  private readonly standard: ReadonlyMap<string, FieldDef>;
  private readonly decisions = new Map<string, boolean>();
  private readonly builder = new FieldsBuilder();
  /** The previous records' ids by position, with their decisions: `layoutDrops[i]` belongs to `layoutIds[i]`. */
  private readonly layoutIds: string[] = [];
  private readonly layoutDrops: boolean[] = [];
  private position = 0;
  /** First sights of the current record, applied by `commit`. */
  private readonly sights: Sight[] = [];
  private recordDropped = 0;
  private built: Record<string, FieldValue> | null = null;

  constructor(standardFields: readonly FieldDef[], private readonly policy: SensitivePolicy, private readonly endpoint: string) {
    this.standard = new Map(standardFields.map((f) => [f.id, f]));
  }

  /** Starts a record; what the previous one added without a `commit` is forgotten. */
  begin(): void {
    if (this.sights.length > 0) {
      // Decisions of a record never committed may be cached by position: forget the layout with them.
      this.sights.length = 0;
      this.layoutIds.length = 0;
      this.layoutDrops.length = 0;
    }
    this.builder.begin();
    this.position = 0;
    this.recordDropped = 0;
    this.built = null;
  }

  add(id: string, value: FieldValue): void {
    this.addDescribed(id, value, undefined, undefined, undefined);
  }

  addDescribed(id: string, value: FieldValue, label: string | undefined, type: FieldType | undefined, sensitivity: Sensitivity | undefined): void {
    // zod drops a `__proto__` record key silently; no vendor field is called that.
    if (id === '__proto__') return;
    const at = this.position;
    this.position = at + 1;
    let drop: boolean;
    if (this.layoutIds[at] === id) {
      drop = this.layoutDrops[at]!;
    } else {
      const known = this.decisions.get(id);
      if (known !== undefined) {
        drop = known;
      } else {
        drop = this.decide(id, label, sensitivity);
        this.sights.push({ id, value, label, type, sensitivity });
      }
      this.layoutIds[at] = id;
      this.layoutDrops[at] = drop;
    }
    if (!drop) this.builder.add(id, value);
    else if (value !== null && value !== '') this.recordDropped += 1;
  }

  build(): Record<string, FieldValue> {
    this.built = this.builder.build();
    return this.built;
  }

  /** Whether `fields` is what this sink built for the current record (the provider fed it). */
  isBuilt(fields: unknown): boolean {
    return this.built !== null && fields === this.built;
  }

  /** The current record counts: its first sights decide their fields, its dropped values are counted. */
  commit(): void {
    for (let i = 0; i < this.sights.length; i += 1) this.firstSight(this.sights[i]!);
    this.sights.length = 0;
    this.droppedCount += this.recordDropped;
    this.recordDropped = 0;
  }

  /** Whether a field is dropped (decided by its first sight, else now from its catalog entry). */
  drops(id: string, label: string | undefined): boolean {
    let decision = this.decisions.get(id);
    if (decision === undefined) {
      decision = this.decide(id, label, undefined);
      this.decisions.set(id, decision);
    }
    return decision;
  }

  /** The policy's decision for a field not decided yet: its catalog entry's label and sensitivity first, else the vendor's. */
  private decide(id: string, label: string | undefined, sensitivity: Sensitivity | undefined): boolean {
    const known = this.standard.get(id);
    return mustDrop({ id, label: known?.label ?? label ?? null, sensitivity: known?.sensitivity ?? sensitivity ?? 'standard' }, this.policy)
      || (label !== undefined && mustDrop({ id, label }, this.policy));
  }

  private firstSight(field: Sight): void {
    const { id, label } = field;
    let drop = this.decisions.get(id);
    if (drop === undefined) {
      drop = this.decide(id, label, field.sensitivity);
      this.decisions.set(id, drop);
    }
    if (drop) {
      this.droppedFields.set(id, { id, label: this.standard.get(id)?.label ?? label ?? id });
      return;
    }
    this.readable.add(id);
    if (!this.standard.has(id)) {
      this.discovered.set(id, {
        id, label: label ?? id, type: field.type ?? inferType(field.value), endpoint: this.endpoint,
        // Reaching here as special means the host allowed it explicitly: the catalog still says what it is.
        sensitivity: field.sensitivity ?? (specialCategoryOf({ id, label: label ?? null }) ? 'special' : 'standard'), custom: true,
      });
    }
  }
}

function inferType(value: FieldValue): FieldType {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return 'date';
  return 'string';
}
