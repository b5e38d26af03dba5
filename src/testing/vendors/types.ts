/** What the router needs from each mock vendor module. */
import type { ProviderId } from '../../core/model.js';
import type { ShapeFaults } from '../faults.js';
import type { Population } from '../generator.js';
import type { RateDecision } from '../rate-limit.js';

export interface VendorContext {
  readonly shape: ShapeFaults;
  /** Mock clock, ms since the epoch. */
  readonly now: number;
}

export interface VendorCredentials {
  /** Full read access. */
  readonly valid: Readonly<Record<string, string>>;
  /** Works, but some fields are silently missing from every record (see `limitedFields`). */
  readonly limited: Readonly<Record<string, string>>;
  /** Personio only: works, but cannot read a required attribute (`email`), for the connect step's "missing attributes" path. */
  readonly missingRequired?: Readonly<Record<string, string>>;
}

export interface VendorMock {
  readonly id: ProviderId;
  /** Whether this module serves the URL (by host, and path prefix where hosts are shared). */
  handles(url: URL): boolean;
  /** The page a list request asks for (from 0), null for other requests. */
  pageOf(url: URL, method: string): number | null;
  handle(request: Request, url: URL, context: VendorContext): Promise<Response>;
  /** The vendor's own id for a generated person. */
  idOf(index: number): string;
  readonly credentials: VendorCredentials;
  /** Vendor field names the limited credential cannot read. */
  readonly limitedFields: readonly string[];
  /** The vendor's answer once its documented rate limit is exceeded. */
  rateLimited(decision: RateDecision, now: number): Response;
}

export type VendorFactory = (population: Population) => VendorMock;
