/**
 * Each provider's name, apart from its catalog: the connect picker shows the
 * names before anything else of a provider is needed. The catalogs take their
 * `label` from here.
 */
import type { ProviderId } from '../model.js';

export const PROVIDER_LABELS: Readonly<Record<ProviderId, string>> = {
  personio: 'Personio', bamboohr: 'BambooHR', hibob: 'HiBob', humaans: 'Humaans', lucca: 'Lucca',
};
