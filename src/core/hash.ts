/**
 * A small, fast, synchronous, non-cryptographic hash for identifying a sync
 * plan by its inputs. Two independent 32-bit FNV-1a lanes (different offset
 * bases, the second lane also mixing each unit's position) give a 64-bit
 * digest; it runs the same in Node and the browser.
 *
 * Values are fed straight into the lanes as 16-bit units, with no text built
 * on the way: a type tag, then a string's length and code units, a number's
 * IEEE 754 bits, an array's length and items. An object feeds its member
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
/** A member `members` found absent (or undefined). */
const ABSENT = 10;
const MEMBERS = 11;

const hasOwn = Object.prototype.hasOwnProperty;
const float = new Float64Array(1);
const floatWords = new Uint32Array(float.buffer);

export class Hasher {
  /** The two lanes and the count of units fed; a typed array so updates never box a number. */
  private readonly s = new Int32Array([SEED_A, SEED_B, 0]);

  /** Feeds a string's UTF-16 code units as they are, untagged: `update('ab').update('c')` equals `update('abc')`. */
  update(text: string): this {
    mixText(this.s, text, false);
    return this;
  }

  /** Feeds one string as a value: tagged, with its length, so a sequence of strings cannot be re-split. */
  string(text: string): this {
    mixText(this.s, text, true);
    return this;
  }

  /** Feeds any JSON-like value. */
  value(value: unknown): this {
    const s = this.s;
    switch (typeof value) {
      case 'string':
        mixText(s, value, true);
        return this;
      case 'number':
        unit(s, NUMBER);
        if (Number.isNaN(value)) {
          word(s, 0x7ff80000); // one NaN, whatever its bits
          word(s, 0);
        } else {
          float[0] = value;
          word(s, floatWords[0]!);
          word(s, floatWords[1]!);
        }
        return this;
      case 'boolean':
        unit(s, value ? TRUE : FALSE);
        return this;
      case 'undefined':
        unit(s, UNDEFINED);
        return this;
      case 'object':
        if (value === null) {
          unit(s, NULL);
          return this;
        }
        if (Array.isArray(value)) {
          unit(s, ARRAY);
          word(s, value.length);
          for (let i = 0; i < value.length; i++) this.value(value[i]);
          return this;
        }
        return this.object(value as Record<string, unknown>);
      default:
        unit(s, OTHER);
        return this;
    }
  }

  /**
   * Feeds the members of an object whose keys the caller knows, in the
   * caller's order: for each key its value, or a mark when it is absent or
   * undefined. Cheaper than `value` for objects of a known shape (no
   * per-member sub-hash); the keys themselves are not fed.
   */
  members(object: Readonly<Record<string, unknown>>, keys: readonly string[]): this {
    const s = this.s;
    unit(s, MEMBERS);
    word(s, keys.length);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const member = hasOwn.call(object, key) ? object[key] : undefined;
      if (member === undefined) unit(s, ABSENT);
      else this.value(member);
    }
    return this;
  }

  /** 16 lowercase hex digits. */
  digest(): string {
    // A final avalanche so short inputs differing in one unit spread over all bits.
    return hex(laneA(this.s)) + hex(laneB(this.s));
  }

  /** Order-free: each member (key, value) is hashed from fresh lanes and the results summed, then the sums fed. */
  private object(object: Record<string, unknown>): this {
    const s = this.s;
    const a = s[0]!;
    const b = s[1]!;
    const n = s[2]!;
    let sumA = 0;
    let sumB = 0;
    let count = 0;
    for (const key in object) {
      if (!hasOwn.call(object, key)) continue;
      const member = object[key];
      if (member === undefined) continue;
      s[0] = SEED_A;
      s[1] = SEED_B;
      s[2] = 0;
      mixText(s, key, true);
      this.value(member);
      sumA = (sumA + laneA(s)) | 0;
      sumB = (sumB + laneB(s)) | 0;
      count++;
    }
    s[0] = a;
    s[1] = b;
    s[2] = n;
    unit(s, OBJECT);
    word(s, count);
    word(s, sumA);
    word(s, sumB);
    return this;
  }
}

/** A string's code units, after a tag and its length when `tagged`; the lanes kept in locals meanwhile. */
function mixText(s: Int32Array, text: string, tagged: boolean): void {
  const length = text.length;
  if (tagged) {
    unit(s, STRING);
    word(s, length);
  }
  let a = s[0]!;
  let b = s[1]!;
  let n = s[2]!;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ (c + (n & 0xff)), FNV_PRIME);
    n++;
  }
  s[0] = a;
  s[1] = b;
  s[2] = n;
}

/** One 16-bit unit, like one code unit of `update`. */
function unit(s: Int32Array, c: number): void {
  s[0] = Math.imul(s[0]! ^ c, FNV_PRIME);
  s[1] = Math.imul(s[1]! ^ (c + (s[2]! & 0xff)), FNV_PRIME);
  s[2] = s[2]! + 1;
}

/** A 32-bit word as two units, low half first. */
function word(s: Int32Array, w: number): void {
  unit(s, w & 0xffff);
  unit(s, (w >>> 16) & 0xffff);
}

function laneA(s: Int32Array): number {
  return avalanche(s[0]! ^ s[2]!);
}

function laneB(s: Int32Array): number {
  return avalanche(s[1]! ^ Math.imul(s[2]!, GOLDEN));
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
