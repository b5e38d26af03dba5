/**
 * Locale registry: English is bundled; German and French load on first use
 * (`import()`), so a host that never shows them never downloads them. A host
 * can register another locale, and can override any string per element
 * through a deep-partial `TranslationOverrides` object.
 */
import en, { type Translation } from './en.js';

export type { Translation, IssueParams, IssueSentence, IssueTranslation, ProviderTexts } from './en.js';
export { createFormatter, type Formatter } from './format.js';

/** Every key optional, all the way down; functions and arrays are replaced whole. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/** Host overrides for any string of a locale. */
export type TranslationOverrides = DeepPartial<Translation>;

type Loader = () => Promise<Translation>;

const loaders = new Map<string, Loader>([
  ['en', async () => en],
  ['de', async () => (await import('./de.js')).default],
  ['fr', async () => (await import('./fr.js')).default],
]);
const loaded = new Map<string, Translation>([['en', en]]);
const inflight = new Map<string, Promise<Translation>>();

/** Registers (or replaces) a locale, e.g. `registerTranslation('es', () => import('./my-es.js').then((m) => m.default))`. */
export function registerTranslation(code: string, translation: Translation | Loader): void {
  const key = code.toLowerCase();
  loaded.delete(key);
  inflight.delete(key);
  if (typeof translation === 'function') loaders.set(key, translation);
  else {
    loaders.set(key, async () => translation);
    loaded.set(key, translation);
  }
}

/** A valid BCP 47 tag for `Intl`, or `en` when the tag is malformed. */
export function canonicalLang(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim() || 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The registered locale a language tag uses: `de-CH` → `de`, `pt-BR` → `en` when Portuguese is not registered. */
export function resolveLocale(tag: string): string {
  const canonical = canonicalLang(tag).toLowerCase();
  if (loaders.has(canonical)) return canonical;
  const base = canonical.split('-')[0] ?? 'en';
  return loaders.has(base) ? base : 'en';
}

/** The translation already in memory for a tag, if any (no loading). */
export function peekTranslation(tag: string): Translation | undefined {
  return loaded.get(resolveLocale(tag));
}

/** Loads the translation for a tag; a locale that fails to load falls back to English. */
export function loadTranslation(tag: string): Promise<Translation> {
  const code = resolveLocale(tag);
  const ready = loaded.get(code);
  if (ready) return Promise.resolve(ready);
  let pending = inflight.get(code);
  if (!pending) {
    const loader = loaders.get(code) ?? (async () => en);
    pending = loader().then(
      (t) => {
        loaded.set(code, t);
        inflight.delete(code);
        return t;
      },
      () => {
        inflight.delete(code);
        return en;
      },
    );
    inflight.set(code, pending);
  }
  return pending;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** `base` with `overrides` laid over it; only keys that exist in `base` (or under `providers`) are taken. */
export function mergeTranslation(base: Translation, overrides: TranslationOverrides | undefined): Translation {
  if (!overrides) return base;
  return mergeInto(base as unknown as Record<string, unknown>, overrides as Record<string, unknown>, true) as unknown as Translation;
}

function mergeInto(base: Record<string, unknown>, over: Record<string, unknown>, top: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(over)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = over[key];
    if (value === undefined) continue;
    const current = base[key];
    const open = top && key === 'providers';
    if (!(key in base) && !open) continue;
    if (open && isPlainObject(value)) out[key] = mergeProviders(current, value);
    else if (isPlainObject(value) && isPlainObject(current)) out[key] = mergeInto(current, value, false);
    else if (current === undefined || typeof value === typeof current || (typeof current === 'function' && typeof value === 'string')) {
      // A plain string may stand in for a function: `{ connect: { connecting: 'Please wait' } }`.
      out[key] = typeof current === 'function' && typeof value === 'string' ? () => value : value;
    }
  }
  return out;
}

function mergeProviders(current: unknown, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(isPlainObject(current) ? current : {}) };
  for (const [id, texts] of Object.entries(value)) {
    if (id === '__proto__' || id === 'constructor' || id === 'prototype' || !isPlainObject(texts)) continue;
    const prev = out[id];
    out[id] = { ...(isPlainObject(prev) ? prev : {}), ...texts };
  }
  return out;
}
