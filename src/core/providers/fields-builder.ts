/**
 * Builds each record's `fields` object for the normalization pipeline. A
 * vendor sends every person's fields in the same order, so the object built
 * for the previous layout serves as a template: a spread copy of it is one
 * allocation of the right size with the right hidden class, which then only
 * takes the new values; a fresh object grown key by key reallocates its
 * property store several times per record. A record whose kept fields differ
 * (ids or order) is built key by key, and its layout becomes the template.
 * Providers' drafts use it too, with their own value type.
 */
import type { FieldValue } from '../model.js';

export class FieldsBuilder<V = FieldValue> {
  private templateKeys: string[] = [];
  private template: Record<string, V> = {};
  private readonly ids: string[] = [];
  private readonly values: V[] = [];
  private count = 0;
  private sameLayout = true;

  /** Starts a record. */
  begin(): void {
    this.count = 0;
    this.sameLayout = true;
  }

  /** The next kept field, in the draft's order. */
  add(id: string, value: V): void {
    const i = this.count;
    if (this.sameLayout && this.templateKeys[i] !== id) this.sameLayout = false;
    this.ids[i] = id;
    this.values[i] = value;
    this.count = i + 1;
  }

  /** The record's fields: exactly the ids added, in that order, with their values. */
  build(): Record<string, V> {
    const { ids, values, count } = this;
    if (this.sameLayout && count === this.templateKeys.length) {
      const fields = this.copyOfTemplate();
      for (let i = 0; i < count; i += 1) fields[ids[i]!] = values[i]!;
      return fields;
    }
    const fields: Record<string, V> = {};
    for (let i = 0; i < count; i += 1) fields[ids[i]!] = values[i]!;
    // An object given more than a dozen properties by computed keys is left as a dictionary (slow to read, and a
    // loop over records that meets one such object reads all of them the slow way); its spread copy is a fast object.
    // The template is a private copy: a caller changing a record's fields cannot change the next record's keys.
    this.template = { ...fields };
    this.templateKeys = Object.keys(this.template);
    return this.copyOfTemplate();
  }

  /** A copy of the template; one place in the code, so every record of a layout gets the same shape. */
  private copyOfTemplate(): Record<string, V> {
    return { ...this.template };
  }
}
