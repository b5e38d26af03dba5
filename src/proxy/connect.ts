/**
 * Validating new credentials with a real call: fetch one small page of the
 * provider's first required resource that holds people (HiBob's field
 * metadata and id listing are lookups; the people search is what proves the
 * credential reads people), normalize it, and report which catalog fields the credential can
 * read and which required ones it cannot.
 *
 * An empty tenant has no record to inspect, so what the credential can read
 * is unknown: the connection is still created, with `readable: []` and
 * `missingRequired: []` (a credential that reads records but none of the
 * required fields always names them, so the pair cannot be confused with a
 * real answer when the provider has required fields).
 */
import type { NormalizeResult, ProviderDefinition, ResourceSpec } from '../core/providers/types.js';
import { callVendor, secretsOf, type CallContext, type Connection } from './call.js';
import { failure, type ProxyFailure } from './http.js';
import { vendorUrl } from './paths.js';
import { vendorFailure } from './vendor.js';

export interface Readability {
  readonly readable: string[];
  readonly missingRequired: string[];
}

/** Query of the first page of `resource`, limited to `pageSize` items. */
export function firstPageQuery(resource: ResourceSpec, pageSize: number): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(resource.query ?? {})) {
    if (typeof value === 'string') query.append(name, value);
    else for (const v of value as readonly string[]) query.append(name, v);
  }
  const p = resource.pagination;
  if (p.kind === 'offset') {
    query.set(p.limitParam, String(Math.min(pageSize, p.pageSize)));
    query.set(p.offsetParam, '0');
  } else if (p.kind === 'paging-param') {
    query.set(p.param, `0,${Math.min(pageSize, p.pageSize)}`);
  }
  return query;
}

function readability(provider: ProviderDefinition, result: NormalizeResult): Readability {
  if (result.records.length === 0 && result.quarantine.length === 0) return { readable: [], missingRequired: [] };
  const readable = [...result.readable];
  const have = new Set(readable);
  return { readable, missingRequired: provider.required.filter((id) => !have.has(id)) };
}

export async function validate(
  ctx: CallContext & { readonly pageSize: number; readonly now: () => Date },
  connection: Connection,
  signal?: AbortSignal,
): Promise<Readability | ProxyFailure> {
  const { provider } = connection;
  const resource = provider.resources.find((r) => !r.optional && !r.lookup) ?? provider.resources[0];
  if (!resource) return { readable: [], missingRequired: [] };
  const url = vendorUrl(connection.baseUrl, resource.path, firstPageQuery(resource, ctx.pageSize));
  if (!(url instanceof URL)) return url;
  const body = resource.method === 'POST' ? JSON.stringify(resource.body ?? {}) : undefined;
  const response = await callVendor(ctx, connection, resource.method, url, body, signal);
  if (!(response instanceof Response)) return response;
  if (!response.ok) return vendorFailure(response, secretsOf(ctx, connection));
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return failure(502, 'vendor_unavailable', { reason: 'invalid_body', vendorStatus: response.status });
  }
  const page = resource.extract(json);
  if (!page.ok) return failure(502, 'vendor_unavailable', { reason: 'unexpected_envelope', vendorStatus: response.status });
  const raw = Object.fromEntries(provider.resources.map((r) => [r.name, r === resource ? page.value.items : []]));
  let result: NormalizeResult;
  try {
    result = provider.normalize(raw, { allowSensitive: new Set(), now: ctx.now() });
  } catch {
    return failure(502, 'vendor_unavailable', { reason: 'unexpected_envelope', vendorStatus: response.status });
  }
  return readability(provider, result);
}
