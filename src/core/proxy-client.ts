/**
 * The widget never talks to a vendor: it talks to the host's proxy, which
 * holds the credentials. `ProxyClient` is that seam. The elements accept either
 * a base URL (wrapped by `createProxyClient`) or any object with these methods,
 * so a host can add its own auth headers or route calls its own way.
 *
 * HTTP contract of the reference proxy (`hris-kit/proxy`), relative to its base URL:
 * - `POST   /connections`            body `{ provider, credentials }` → 201 `{ connection }`
 * - `GET    /connections/:id`        → 200 `{ connection }`
 * - `DELETE /connections/:id`        → 204
 * - `GET|POST /connections/:id/vendor/<vendor path>?<query>` → the vendor's response, forwarded
 * - errors: `{ error: { code, params? } }` with a 4xx/5xx status; codes are listed in `PROXY_ERROR_CODES`.
 */
import { z } from 'zod/mini';
import { PROVIDER_IDS, type ProviderId } from './model.js';
import type { Result } from './result.js';

export const PROXY_ERROR_CODES = [
  'invalid_request', // body or credentials failed validation (params.field names which)
  'unknown_provider',
  'wrong_credentials', // the vendor refused them (params.vendorStatus, params.vendorMessage)
  'missing_permissions', // credential works but cannot read required fields (params.fields: comma list)
  'vendor_unavailable', // vendor 5xx, timeout, network
  'vendor_rate_limited', // 429 from the vendor while validating
  'not_found', // no such connection
  'endpoint_not_allowed', // forward outside the provider allow-list
  'origin_not_allowed',
  'payload_too_large',
  'proxy_unreachable', // client side: the proxy itself could not be reached
  'proxy_error', // client side: the proxy answered with something that is not its contract
] as const;
export type ProxyErrorCode = (typeof PROXY_ERROR_CODES)[number];

export const connectionInfoSchema = z.object({
  id: z.string().check(z.minLength(1)),
  provider: z.enum(PROVIDER_IDS),
  createdAt: z.string(),
  /** Catalog field ids the credential could read when it was validated. */
  readable: z.array(z.string()),
  /** Required field ids the credential cannot read. */
  missingRequired: z.array(z.string()),
});
export type ConnectionInfo = z.infer<typeof connectionInfoSchema>;

export interface ForwardRequest {
  readonly method: 'GET' | 'POST';
  /** Vendor path, starting with `/`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | readonly string[]>>;
  readonly body?: unknown;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

export interface ProxyClient {
  connect(provider: ProviderId, credentials: Readonly<Record<string, string>>, options?: CallOptions): Promise<Result<ConnectionInfo>>;
  status(connectionId: string, options?: CallOptions): Promise<Result<ConnectionInfo>>;
  disconnect(connectionId: string, options?: CallOptions): Promise<Result<null>>;
  /** Forwards one read; resolves with the vendor's response as the proxy relayed it, rejects only on network failure or abort. */
  forward(connectionId: string, request: ForwardRequest, options?: CallOptions): Promise<Response>;
}
