/**
 * A small, fast, synchronous, non-cryptographic hash for identifying a sync
 * plan (`plan-hash.ts`). Two independent 32-bit FNV-1a lanes (different offset
 * bases, the second lane also mixing each unit's position) give a 64-bit
 * digest; it runs the same in Node and the browser.
 *
 * Values are fed straight into the lanes, with no text built on the way: a
 * type tag (one 16-bit unit), then a number's IEEE 754 bits, an array's
 * length and items; a string is one step holding its tag and length, then
 * its code units two to a 32-bit step. Every step is one multiply per lane,
 * so a string costs half a step per character. An object feeds its member
 * count and the sums of one sub-hash per member (key and value hashed on
 * their own), so equal objects hash equally whatever their key order without
 * sorting their keys; `undefined` members are skipped, as in JSON.
 *
 * Not for security: anyone can build collisions. It only tells "the plan the
 * user previewed" apart from "a plan computed from different data". Its values
 * are not stable across versions of this library; nothing stores one to
 * compare with a hash computed later.
 */

const FNV_PRIME = 0x01000193;
const SEED_A = 0x811c9dc5;
const SEED_B = 0x050c5d1f;
const GOLDEN = 0x9e3779b1;

// Type tags. Every value starts with one and carries its own length, so no two different values feed the same units.
const STRING = 1;
const NUMBER = 2;
const TRUE = 3;
const FALSE = 4;
const UNDEFINED = 5;
const NULL = 6;
const ARRAY = 7;
const OBJECT = 8;
const OTHER = 9;
// 10 and 11 are unused.
/** A string too long for its length to share the tag's step (2^28 code units or more): tag, then the length. */
const LONG_STRING = 12;
/** Below this length a string's tag and length are one step: the length shifted past the tag's 4 bits. */
const SHORT_LIMIT = 0x10000000;

const hasOwn = Object.prototype.hasOwnProperty;
const float = new Float64Array(1);
const floatWords = new Uint32Array(float.buffer);

export class Hasher {
  // The two lanes and the count of steps fed. Plain fields: V8 keeps a number field's box and updates it in place,
  // and the hot loops below work on locals.
  private a = SEED_A | 0;
  private b = SEED_B | 0;
  private n = 0;

  /** Feeds a string's UTF-16 code units as they are, untagged: `update('ab').update('c')` equals `update('abc')`. */
  update(text: string): this {
    for (let i = 0; i < text.length; i++) this.step(text.charCodeAt(i));
    return this;
  }

  /** Feeds one string as a value: tagged, with its length, so a sequence of strings cannot be re-split. */
  string(text: string): this {
    this.text(text);
    return this;
  }

  /** Feeds any JSON-like value. */
  value(value: unknown): this {
    if (typeof value === 'string') this.text(value);
    else if (value === null) this.step(NULL);
    else if (typeof value === 'object') {
      if (Array.isArray(value)) {
        this.step(ARRAY);
        this.step(value.length);
        for (let i = 0; i < value.length; i++) this.value(value[i]);
      } else this.object(value as Record<string, unknown>);
    } else if (typeof value === 'number') this.number(value);
    else if (typeof value === 'boolean') this.step(value ? TRUE : FALSE);
    else this.step(value === undefined ? UNDEFINED : OTHER);
    return this;
  }

  /** 16 lowercase hex digits. */
  digest(): string {
    // A final avalanche so short inputs differing in one unit spread over all bits.
    return hex(avalanche(this.a ^ this.n)) + hex(avalanche(this.b ^ Math.imul(this.n, GOLDEN)));
  }

  /** One step: a 16-bit unit (a tag, or one code unit of `update`) or a 32-bit word (a length, a count, half a number). */
  private step(c: number): void {
    const n = this.n;
    this.a = Math.imul(this.a ^ c, FNV_PRIME);
    this.b = Math.imul(this.b ^ (c + (n & 0xff)), FNV_PRIME);
    this.n = (n + 1) | 0;
  }

  /**
   * A tagged string: its tag and length (one step; no other value's first
   * step has the string tag in its low 4 bits), then its code units two to a
   * step (the first in the low half); an odd last unit is a step of its own.
   * The length says how many steps follow, so no two strings feed the same
   * steps.
   */
  private text(text: string): void {
    const length = text.length;
    if (length < SHORT_LIMIT) this.step((length << 4) | STRING);
    else {
      this.step(LONG_STRING);
      this.step(length);
    }
    let a = this.a;
    let b = this.b;
    let n = this.n;
    let i = 0;
    for (; i + 1 < length; i += 2) {
      const w = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
      a = Math.imul(a ^ w, FNV_PRIME);
      b = Math.imul(b ^ (w + (n & 0xff)), FNV_PRIME);
      n = (n + 1) | 0;
    }
    if (i < length) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, FNV_PRIME);
      b = Math.imul(b ^ (c + (n & 0xff)), FNV_PRIME);
      n = (n + 1) | 0;
    }
    this.a = a;
    this.b = b;
    this.n = n;
  }

  /** A number's IEEE 754 bits, low word first; every NaN as one. */
  private number(value: number): void {
    this.step(NUMBER);
    if (Number.isNaN(value)) {
      this.step(0x7ff80000);
      this.step(0);
    } else {
      float[0] = value;
      this.step(floatWords[0]! | 0);
      this.step(floatWords[1]! | 0);
    }
  }

  /** Order-free: each member (key, value) is hashed from fresh lanes and the results summed, then the sums fed. */
  private object(object: Record<string, unknown>): void {
    const { a, b, n } = this;
    let sumA = 0;
    let sumB = 0;
    let count = 0;
    for (const key in object) {
      if (!hasOwn.call(object, key)) continue;
      const member = object[key];
      if (member === undefined) continue;
      this.a = SEED_A | 0;
      this.b = SEED_B | 0;
      this.n = 0;
      this.text(key);
      this.value(member);
      sumA = (sumA + avalanche(this.a ^ this.n)) | 0;
      sumB = (sumB + avalanche(this.b ^ Math.imul(this.n, GOLDEN))) | 0;
      count++;
    }
    this.a = a;
    this.b = b;
    this.n = n;
    this.step(OBJECT);
    this.step(count);
    this.step(sumA);
    this.step(sumB);
  }
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** Hash of one value, fed as `Hasher.value` does. */
export function hashValue(value: unknown): string {
  return new Hasher().value(value).digest();
}
