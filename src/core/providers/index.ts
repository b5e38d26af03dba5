/** The provider registry: one module per vendor, looked up by id. */
import type { ProviderId } from '../model.js';
import type { ProviderDefinition } from './types.js';
import { personio } from './personio.js';
import { bamboohr } from './bamboohr.js';
import { hibob } from './hibob.js';
import { humaans } from './humaans.js';
import { lucca } from './lucca.js';

export const providers: Readonly<Record<ProviderId, ProviderDefinition>> = { personio, bamboohr, hibob, humaans, lucca };

export function getProvider(id: ProviderId): ProviderDefinition {
  return providers[id];
}

export type * from './types.js';
