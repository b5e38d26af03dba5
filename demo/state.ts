/**
 * What the demo host keeps between page loads, the way a real host keeps it on
 * its backend: the connection `hris-connected` carried (no secret in it), the
 * sync configuration per preset, and the page's own switches. Here it is
 * `localStorage`; the widget's snapshot cache is its own IndexedDB database.
 */
import { syncConfigSchema, type SyncConfig } from '../src/core/config.js';
import { isPresetId, type PresetId } from '../src/core/presets.js';
import type { HrisConnection } from '../src/events/connected.js';
import { PROVIDER_IDS, type ProviderId } from '../src/core/model.js';

export const LOOKS = ['ledger', 'harbor'] as const;
export type Look = (typeof LOOKS)[number];
export const LANGS = ['en', 'de', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export interface PageState {
  readonly preset: PresetId;
  readonly look: Look;
  readonly lang: Lang;
}

const KEY = 'hris-kit-demo';
const key = (name: string) => `${KEY}:${name}`;

function read(name: string): unknown {
  try {
    const text = localStorage.getItem(key(name));
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function write(name: string, value: unknown): void {
  try {
    if (value === null || value === undefined) localStorage.removeItem(key(name));
    else localStorage.setItem(key(name), JSON.stringify(value));
  } catch {
    // Storage full or blocked: the demo keeps working for this page load.
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadConnection(): HrisConnection | undefined {
  const v = read('connection');
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.connectedAt !== 'string') return undefined;
  if (!(PROVIDER_IDS as readonly unknown[]).includes(v.provider) || !Array.isArray(v.readable)) return undefined;
  return {
    id: v.id,
    provider: v.provider as ProviderId,
    connectedAt: v.connectedAt,
    lastRetrievedAt: typeof v.lastRetrievedAt === 'string' ? v.lastRetrievedAt : null,
    readable: v.readable.filter((r): r is string => typeof r === 'string'),
  };
}

export function saveConnection(connection: HrisConnection | undefined): void {
  write('connection', connection ?? null);
}

export function loadConfig(preset: PresetId): SyncConfig | undefined {
  const parsed = syncConfigSchema.safeParse(read(`config:${preset}`));
  return parsed.success && parsed.data.target === preset ? parsed.data : undefined;
}

export function saveConfig(preset: PresetId, config: unknown): void {
  write(`config:${preset}`, config);
}

export function loadPage(): PageState {
  const v = read('page');
  const o = isObject(v) ? v : {};
  return {
    preset: typeof o.preset === 'string' && isPresetId(o.preset) ? o.preset : 'stakeholder',
    look: (LOOKS as readonly unknown[]).includes(o.look) ? (o.look as Look) : 'ledger',
    lang: (LANGS as readonly unknown[]).includes(o.lang) ? (o.lang as Lang) : 'en',
  };
}

export function savePage(page: PageState): void {
  write('page', page);
}

/** The tenant size the host records were seeded for (a new size seeds them again). */
export function loadSeededSize(): number | null {
  const v = read('seeded-size');
  return typeof v === 'number' ? v : null;
}

export function saveSeededSize(size: number | null): void {
  write('seeded-size', size);
}
