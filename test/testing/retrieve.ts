/**
 * A plain retrieval over the mock, following a provider's own resource specs
 * (paths, queries, bodies, pagination, envelopes) — independent of the core's
 * retrieval engine, so the integration test checks the mock against the
 * provider modules directly.
 */
import type { ProviderId } from '../../src/core/model.js';
import { getProvider } from '../../src/core/providers/index.js';
import type { RawData, ResourceSpec } from '../../src/core/providers/types.js';
import type { MockVendors } from '../../src/testing/index.js';
import { authHeaders, type Access } from './helpers.js';

function urlFor(base: string, spec: ResourceSpec, paging: Record<string, string>): string {
  const url = new URL(base + spec.path);
  for (const [key, value] of Object.entries(spec.query ?? {})) {
    for (const v of typeof value === 'string' ? [value] : value) url.searchParams.append(key, v);
  }
  for (const [key, value] of Object.entries(paging)) url.searchParams.set(key, value);
  return url.toString();
}

export async function retrieveAll(mock: MockVendors, vendor: ProviderId, access: Access = 'valid'): Promise<{ raw: RawData; failures: string[] }> {
  const provider = getProvider(vendor);
  const credentials = mock.credentials[vendor][access];
  const base = provider.vendor.baseUrl(credentials);
  const headers = await authHeaders(mock, vendor, access);
  const raw: Record<string, unknown[]> = {};
  const failures: string[] = [];
  for (const spec of provider.resources) {
    const items: unknown[] = [];
    const p = spec.pagination;
    for (let offset = 0, guard = 0; guard < 10_000; guard++) {
      const paging = p.kind === 'offset' ? { [p.limitParam]: String(p.pageSize), [p.offsetParam]: String(offset) }
        : p.kind === 'paging-param' ? { [p.param]: `${offset},${p.pageSize}` } : {};
      const response = await mock.fetch(new Request(urlFor(base, spec, paging), {
        method: spec.method,
        headers: { ...headers, ...(spec.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
        ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
      }));
      if (!response.ok) {
        failures.push(`${spec.name}: ${response.status}`);
        break;
      }
      const page = spec.extract(await response.json());
      if (!page.ok) {
        failures.push(`${spec.name}: ${page.issues.map((i) => i.code).join(',')}`);
        break;
      }
      items.push(...page.value.items);
      // Batches are built from other resources by the engine; read plainly, the resource is its one unfiltered request.
      if (p.kind === 'none' || p.kind === 'batches' || page.value.items.length < p.pageSize) break;
      offset += p.pageSize;
    }
    raw[spec.name] = items;
  }
  return { raw, failures };
}
