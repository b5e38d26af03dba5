/**
 * Validating new credentials with a real call: fetch one small page of the
 * provider's first required resource that holds people, normalize it, and
 * report which catalog fields the credential can read and which required ones
 * it cannot. A resource whose request depends on others (HiBob's people search
 * on its field metadata and id listing, BambooHR's report on its field
 * metadata) has those read first and is asked for a sample: HiBob then names
 * the first listed people instead of answering the whole tenant; BambooHR's
 * report cannot be limited, but it now names the account's custom fields.
 *
 * An empty tenant has no record to inspect, so what the credential can read
 * is unknown: the connection is still created, with `readable: []` and
 * `missingRequired: []` (a credential that reads records but none of the
 * required fields always names them, so the pair cannot be confused with a
 * real answer when the provider has required fields).
 */
import type { NormalizeResult, ProviderDefinition, RequestOverride, ResourceSpec } from '../core/providers/types.js';
import { callVendor, secretsOf, type CallContext, type Connection } from './call.js';
import { failure, type ProxyFailure } from './http.js';
import { vendorUrl } from './paths.js';
import { vendorFailure } from './vendor.js';

export interface Readability {
  readonly readable: string[];
  readonly missingRequired: string[];
}

/**
 * Query of the first page of `resource`, limited to `pageSize` items; `base`
 * replaces the resource's static query (a prepared request's, as in retrieval).
 */
export function firstPageQuery(resource: ResourceSpec, pageSize: number, base = resource.query): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(base ?? {})) {
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

/** The items of one request for `resource` (its first page, or the body given), or why it failed. */
async function readItems(
  ctx: CallContext & { readonly pageSize: number },
  connection: Connection,
  resource: ResourceSpec,
  override: RequestOverride,
  signal?: AbortSignal,
): Promise<readonly unknown[] | ProxyFailure> {
  const url = vendorUrl(connection.baseUrl, resource.path, firstPageQuery(resource, ctx.pageSize, override.query ?? resource.query));
  if (!(url instanceof URL)) return url;
  const body = resource.method === 'POST' ? JSON.stringify(override.body ?? resource.body ?? {}) : undefined;
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
  return page.value.items;
}

/** The vendor refused this one read (403, 404) rather than the credential (401), an outage or a rate limit. */
const notPermitted = (failed: ProxyFailure): boolean =>
  failed.code === 'wrong_credentials' && (failed.params?.['vendorStatus'] === 403 || failed.params?.['vendorStatus'] === 404);

const isFailure = (value: readonly unknown[] | ProxyFailure): value is ProxyFailure => !Array.isArray(value);

export async function validate(
  ctx: CallContext & { readonly pageSize: number; readonly now: () => Date },
  connection: Connection,
  signal?: AbortSignal,
): Promise<Readability | ProxyFailure> {
  const { provider } = connection;
  const resource = provider.resources.find((r) => !r.optional && !r.lookup) ?? provider.resources[0];
  if (!resource) return { readable: [], missingRequired: [] };
  const raw: Record<string, readonly unknown[]> = Object.fromEntries(provider.resources.map((r) => [r.name, []]));
  if (resource.prepare) {
    // What the request depends on is read first, one at a time (HiBob's firewall counts refused calls), required
    // ones first. Any failure stops the check, except an optional resource this credential may not read (403, 404).
    const earlier = provider.resources.filter((r) => r !== resource && !r.prepare);
    for (const spec of [...earlier.filter((r) => !r.optional), ...earlier.filter((r) => r.optional)]) {
      const items = await readItems(ctx, connection, spec, {}, signal);
      if (!isFailure(items)) raw[spec.name] = items;
      else if (!(spec.optional && notPermitted(items))) return items;
    }
  }
  const override = resource.prepare ? resource.prepare(raw, { sample: ctx.pageSize }) : {};
  const items = await readItems(ctx, connection, resource, override, signal);
  if (isFailure(items)) return items;
  raw[resource.name] = items;
  let result: NormalizeResult;
  try {
    result = provider.normalize(raw, { allowSensitive: new Set(), now: ctx.now() });
  } catch {
    return failure(502, 'vendor_unavailable', { reason: 'unexpected_envelope' });
  }
  return readability(provider, result);
}
