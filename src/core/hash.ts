/**
 * A small, fast, synchronous, non-cryptographic hash for identifying a sync
 * plan by its inputs. Two independent 32-bit FNV-1a lanes (different offset
 * bases, the second lane also mixing each code unit's position) give a 64-bit
 * digest; it runs the same in Node and the browser. Values are fed through a
 * canonical serialisation (object keys sorted, explicit type tags) so equal
 * inputs hash equally whatever their key order.
 *
 * Not for security: anyone can build collisions. It only tells "the plan the
 * user previewed" apart from "a plan computed from different data".
 */

const FNV_PRIME = 0x01000193;

export class Hasher {
  private a = 0x811c9dc5;
  private b = 0x050c5d1f;
  private n = 0;

  /** Feeds a string (UTF-16 code units). */
  update(text: string): this {
    let a = this.a;
    let b = this.b;
    let n = this.n;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, FNV_PRIME);
      b = Math.imul(b ^ (c + (n & 0xff)), FNV_PRIME);
      n++;
    }
    this.a = a;
    this.b = b;
    this.n = n;
    return this;
  }

  /** Feeds any JSON-like value through the canonical serialisation. */
  value(value: unknown): this {
    feed(this, value);
    return this;
  }

  /** 16 lowercase hex digits. */
  digest(): string {
    // A final avalanche so short inputs differing in one char spread over all bits.
    const a = avalanche(this.a ^ this.n);
    const b = avalanche(this.b ^ Math.imul(this.n, 0x9e3779b1));
    return hex(a) + hex(b);
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

/**
 * Canonical serialisation: type-tagged, keys sorted, `undefined` object
 * members skipped (as in JSON), so `{a:1,b:2}` and `{b:2,a:1}` feed the same.
 */
function feed(h: Hasher, value: unknown): void {
  switch (typeof value) {
    case 'string':
      h.update('s').update(String(value.length)).update(':').update(value);
      return;
    case 'number':
      h.update('n').update(String(value)).update(';');
      return;
    case 'boolean':
      h.update(value ? 'T' : 'F');
      return;
    case 'undefined':
      h.update('u');
      return;
    case 'object':
      if (value === null) {
        h.update('z');
        return;
      }
      if (Array.isArray(value)) {
        h.update('[');
        for (const item of value) feed(h, item);
        h.update(']');
        return;
      }
      {
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record).sort();
        h.update('{');
        for (const key of keys) {
          const member = record[key];
          if (member === undefined) continue;
          h.update(String(key.length)).update(':').update(key);
          feed(h, member);
        }
        h.update('}');
      }
      return;
    default:
      h.update('?');
  }
}

/** Hash of one value through the canonical serialisation. */
export function hashValue(value: unknown): string {
  return new Hasher().value(value).digest();
}
