/**
 * What the widget needs of a provider before any data is read (picker,
 * credential form, instructions, standard catalog), without the vendor's
 * retrieval plan and normalization. `loadProvider` brings the full definition
 * when a retrieval starts; `providers` in `index.ts` is the same registry, loaded
 * eagerly, for code that runs retrievals right away (Node jobs, the proxy).
 */
import type { ProviderId } from '../model.js';
import { bamboohrInfo } from './bamboohr-catalog.js';
import { hibobInfo } from './hibob-catalog.js';
import { humaansInfo } from './humaans-catalog.js';
import { luccaInfo } from './lucca-catalog.js';
import { personioInfo } from './personio-catalog.js';
import type { ProviderDefinition, ProviderInfo } from './types.js';

export const providerInfos: Readonly<Record<ProviderId, ProviderInfo>> = {
  personio: personioInfo, bamboohr: bamboohrInfo, hibob: hibobInfo, humaans: humaansInfo, lucca: luccaInfo,
};

export function getProviderInfo(id: ProviderId): ProviderInfo {
  return providerInfos[id];
}

/** The full definition (retrieval plan, normalization), loaded on first use. */
export async function loadProvider(id: ProviderId): Promise<ProviderDefinition> {
  const { getProvider } = await import('./index.js');
  return getProvider(id);
}
