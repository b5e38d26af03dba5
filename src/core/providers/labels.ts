/**
 * Each provider's name, apart from its catalog: the connect picker shows the
 * names before anything else of a provider is needed, without the model's
 * schemas. The catalogs take their `label` from here. Keys are in the order of
 * `PROVIDER_IDS` (a test holds them to it).
 */
import type { ProviderId } from '../model.js';

export const PROVIDER_LABELS: Readonly<Record<ProviderId, string>> = {
  personio: 'Personio', bamboohr: 'BambooHR', hibob: 'HiBob', humaans: 'Humaans', lucca: 'Lucca',
};

/** The providers in the picker's order (that of `PROVIDER_IDS`). */
export const PICKER_PROVIDERS = Object.keys(PROVIDER_LABELS) as readonly ProviderId[];

/** Whether a value (an attribute) names a provider. */
export const isProviderId = (value: string): value is ProviderId => Object.hasOwn(PROVIDER_LABELS, value);
