/** The one way a provider's standard catalog declares its fields: a factory bound to the endpoint they come from. */
import type { FieldDef, FieldType, Sensitivity } from '../model.js';

export type CatalogField = (id: string, label: string, type: FieldType, sensitivity?: Sensitivity, options?: readonly string[]) => FieldDef;

export function catalogFieldsFrom(endpoint: string): CatalogField {
  return (id, label, type, sensitivity = 'standard', options) =>
    ({ id, label, type, endpoint, sensitivity, custom: false, ...(options ? { options: [...options] } : {}) });
}
