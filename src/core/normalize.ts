/** `normalize`: a vendor's raw data → canonical records, through its provider module. */
import type { ProviderId } from './model.js';
import { getProvider } from './providers/index.js';
import type { NormalizeResult, RawData } from './providers/types.js';

export interface NormalizeOptions {
  /** Special-category field ids the host allows explicitly, in code. */
  readonly allowSensitive?: Iterable<string>;
  readonly now?: Date;
}

export function normalize(provider: ProviderId, raw: RawData, options: NormalizeOptions = {}): NormalizeResult {
  return getProvider(provider).normalize(raw, {
    allowSensitive: new Set(options.allowSensitive ?? []),
    now: options.now ?? new Date(),
  });
}
