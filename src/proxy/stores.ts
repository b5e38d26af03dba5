/**
 * Where the proxy keeps connections, credentials included. Pluggable: the
 * default keeps them in memory (lost on restart, fine for a demo or tests);
 * `createFileStore` (`hris-kit/proxy/node`) encrypts them at rest; a host can
 * back the same interface with its own database or secret manager.
 */
import { z } from 'zod/mini';
import { PROVIDER_IDS, type ProviderId } from '../core/model.js';

export interface StoredConnection {
  readonly id: string;
  readonly provider: ProviderId;
  readonly createdAt: string;
  /** The vendor credentials exactly as validated. Secret: never leaves the proxy. */
  readonly credentials: Readonly<Record<string, string>>;
  readonly readable: readonly string[];
  readonly missingRequired: readonly string[];
}

export interface ConnectionStore {
  get(id: string): Promise<StoredConnection | undefined>;
  put(connection: StoredConnection): Promise<void>;
  /** Resolves `false` when there was no such connection. */
  delete(id: string): Promise<boolean>;
}

/** Shape check for connections read back from storage (a trust boundary like any other). */
export const storedConnectionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  provider: z.enum(PROVIDER_IDS),
  createdAt: z.string(),
  credentials: z.record(z.string(), z.string()),
  readable: z.array(z.string()),
  missingRequired: z.array(z.string()),
});

/** Copies so a caller mutating what it passed in or got back cannot change the store. */
const copy = (c: StoredConnection): StoredConnection => ({
  ...c,
  credentials: { ...c.credentials },
  readable: [...c.readable],
  missingRequired: [...c.missingRequired],
});

export function createMemoryStore(): ConnectionStore {
  const connections = new Map<string, StoredConnection>();
  return {
    async get(id) {
      const found = connections.get(id);
      return found ? copy(found) : undefined;
    },
    async put(connection) {
      connections.set(connection.id, copy(connection));
    },
    async delete(id) {
      return connections.delete(id);
    },
  };
}
