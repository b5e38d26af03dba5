/**
 * A small seeded PRNG (mulberry32) and helpers. The mock vendors never call
 * `Math.random`: the same seed gives the same people and the same bytes.
 */

export type Rng = () => number;

/** mulberry32: a fast 32-bit generator; returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a few integers (for per-item generators that need no shared state). */
export function hash32(...parts: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** A 32-bit hash of a string (FNV-1a). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** An integer in [min, max]. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An opaque id like Humaans' `VMB1yzL5uL8VvNNCJc9rykJz`, derived from the parts. */
export function opaqueId(length: number, ...parts: readonly number[]): string {
  const rng = mulberry32(hash32(...parts));
  let id = '';
  for (let i = 0; i < length; i++) id += ALPHANUMERIC[Math.floor(rng() * ALPHANUMERIC.length)];
  return id;
}

/** Lower-case hex of the given length, derived from the parts (tokens). */
export function hexId(length: number, ...parts: readonly number[]): string {
  const rng = mulberry32(hash32(...parts));
  let id = '';
  for (let i = 0; i < length; i++) id += Math.floor(rng() * 16).toString(16);
  return id;
}
