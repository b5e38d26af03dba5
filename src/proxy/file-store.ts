/// <reference types="node" />
/**
 * A `ConnectionStore` in one file, encrypted at rest: AES-256-GCM (WebCrypto)
 * under a 32-byte key from the environment (`HRIS_PROXY_KEY`, base64), a
 * fresh random 96-bit IV on every write, and atomic replacement (temp file +
 * rename), so a crash mid-write leaves the previous file intact. The whole
 * store is one ciphertext: no credential, connection id or provider is in
 * the clear. A wrong key is a clear error, never an empty store.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod/mini';
import { storedConnectionSchema, type ConnectionStore, type StoredConnection } from './stores.js';

export type ProxyStoreErrorCode = 'missing_key' | 'invalid_key' | 'wrong_key' | 'corrupt';

export class ProxyStoreError extends Error {
  constructor(readonly code: ProxyStoreErrorCode, message: string) {
    super(message);
    this.name = 'ProxyStoreError';
  }
}

export interface FileStoreOptions {
  /** File holding the encrypted store; created on first write. */
  readonly path: string;
  /** 32 bytes, as base64 (what `HRIS_PROXY_KEY` holds) or raw bytes. */
  readonly key: string | Uint8Array;
}

const FORMAT = 'hris-kit-proxy-store';
const VERSION = 1;
/** Binds the ciphertext to this format: a blob from elsewhere does not decrypt as a store. */
const AAD = new TextEncoder().encode(`${FORMAT}:v${VERSION}`);

const envelopeSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  iv: z.string(),
  data: z.string(),
});
const contentSchema = z.object({ connections: z.array(storedConnectionSchema) });

/** Decodes a base64 key and checks it is exactly 32 bytes. */
export function decodeKey(key: string | Uint8Array): Uint8Array {
  if (key instanceof Uint8Array) {
    if (key.byteLength !== 32) throw new ProxyStoreError('invalid_key', `The proxy store key must be 32 bytes, got ${key.byteLength}.`);
    return key;
  }
  const trimmed = key.trim();
  const bytes = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || bytes.byteLength !== 32) {
    throw new ProxyStoreError('invalid_key', 'The proxy store key must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`).');
  }
  return new Uint8Array(bytes);
}

/** The key from `HRIS_PROXY_KEY` (or another variable); a clear error when it is missing. */
export function keyFromEnv(env: Readonly<Record<string, string | undefined>> = process.env, name = 'HRIS_PROXY_KEY'): Uint8Array {
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new ProxyStoreError('missing_key', `${name} is not set: generate one with \`openssl rand -base64 32\`.`);
  }
  return decodeKey(value);
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export function createFileStore(options: FileStoreOptions): ConnectionStore {
  const rawKey = decodeKey(options.key);
  const keyPromise = crypto.subtle.importKey('raw', new Uint8Array(rawKey), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  let cache: Promise<Map<string, StoredConnection>> | undefined;
  /** Writes run one after another so no update is lost. */
  let queue: Promise<unknown> = Promise.resolve();

  async function load(): Promise<Map<string, StoredConnection>> {
    let text: string;
    try {
      text = await readFile(options.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
    let envelope: z.infer<typeof envelopeSchema>;
    try {
      envelope = envelopeSchema.parse(JSON.parse(text));
    } catch {
      throw new ProxyStoreError('corrupt', `${options.path} is not an hris-kit proxy store.`);
    }
    let plain: ArrayBuffer;
    try {
      plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: new Uint8Array(Buffer.from(envelope.iv, 'base64')), additionalData: AAD },
        await keyPromise,
        new Uint8Array(Buffer.from(envelope.data, 'base64')),
      );
    } catch {
      throw new ProxyStoreError('wrong_key', `Cannot decrypt ${options.path}: HRIS_PROXY_KEY is not the key it was written with (or the file was altered).`);
    }
    const content = contentSchema.safeParse(JSON.parse(new TextDecoder().decode(plain)));
    if (!content.success) throw new ProxyStoreError('corrupt', `${options.path} decrypted but does not hold connections.`);
    return new Map(content.data.connections.map((c) => [c.id, c]));
  }

  function connections(): Promise<Map<string, StoredConnection>> {
    cache ??= load().catch((error: unknown) => {
      cache = undefined;
      throw error;
    });
    return cache;
  }

  async function save(map: Map<string, StoredConnection>): Promise<void> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const plain = new TextEncoder().encode(JSON.stringify({ connections: [...map.values()] }));
    const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AAD }, await keyPromise, plain));
    const text = JSON.stringify({ format: FORMAT, version: VERSION, iv: b64(iv), data: b64(data) });
    await mkdir(dirname(options.path), { recursive: true });
    const temp = `${options.path}.${randomUUID()}.tmp`;
    try {
      await writeFile(temp, text, { mode: 0o600 });
      await rename(temp, options.path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  /** Applies `change` to a copy and commits it only once the file is written. */
  function mutate<T>(change: (next: Map<string, StoredConnection>) => T): Promise<T> {
    const run = queue.then(async () => {
      const current = await connections();
      const next = new Map(current);
      const result = change(next);
      await save(next);
      cache = Promise.resolve(next);
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return {
    async get(id) {
      await queue;
      const found = (await connections()).get(id);
      return found ? structuredClone(found) : undefined;
    },
    put(connection) {
      return mutate((next) => {
        next.set(connection.id, structuredClone(connection));
      });
    },
    async delete(id) {
      await queue;
      if (!(await connections()).has(id)) return false;
      return mutate((next) => next.delete(id));
    },
  };
}
