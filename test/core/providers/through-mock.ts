/**
 * Test helper: runs a provider's retrieval plan straight against the mock
 * vendors (no proxy, no retries) so a provider module can be checked against
 * the payloads the mocks serve. Auth is added the way each vendor expects.
 */
import type { ProviderDefinition, RawData } from '../../../src/core/providers/types.js';
import type { MockVendors } from '../../../src/testing/index.js';

function authorization(provider: ProviderDefinition, credentials: Readonly<Record<string, string>>): string {
  switch (provider.id) {
    case 'hibob': return `Basic ${btoa(`${credentials.serviceUserId}:${credentials.token}`)}`;
    case 'humaans': return `Bearer ${credentials.token}`;
    case 'lucca': return `lucca application=${credentials.apiKey}`;
    default: throw new Error(`no auth for ${provider.id} in this helper`);
  }
}

export async function retrieveFromMock(mock: MockVendors, provider: ProviderDefinition, credentials: Readonly<Record<string, string>>): Promise<RawData> {
  const base = provider.vendor.baseUrl(credentials);
  const raw: Record<string, unknown[]> = {};
  // Resources with `prepare` go last and see what the others returned, as in the core's retrieval.
  const ordered = [...provider.resources.filter((r) => !r.prepare), ...provider.resources.filter((r) => r.prepare)];
  for (const plain of ordered) {
    const { batches, ...override } = plain.prepare ? plain.prepare(raw) : {};
    const items: unknown[] = [];
    // A resource read in batches (HiBob's searches filtered by listed ids): one request per batch, in order.
    for (const batch of batches ?? [{}]) {
      const spec = { ...plain, ...override, ...batch };
      for (let offset = 0; ; ) {
        const url = new URL(spec.path, base);
        for (const [name, value] of Object.entries(spec.query ?? {})) {
          for (const v of typeof value === 'string' ? [value] : value) url.searchParams.append(name, v);
        }
        const p = spec.pagination;
        if (p.kind === 'offset') {
          url.searchParams.set(p.limitParam, String(p.pageSize));
          url.searchParams.set(p.offsetParam, String(offset));
        } else if (p.kind === 'paging-param') {
          url.searchParams.set(p.param, `${offset},${p.pageSize}`);
        }
        const response = await mock.fetch(url, {
          method: spec.method,
          headers: { authorization: authorization(provider, credentials), accept: 'application/json', 'content-type': 'application/json' },
          ...(spec.body !== undefined ? { body: JSON.stringify(spec.body) } : {}),
        });
        if (!response.ok) {
          if (spec.optional) break;
          throw new Error(`${spec.name}: HTTP ${response.status}`);
        }
        const page = spec.extract(await response.json());
        if (!page.ok) throw new Error(`${spec.name}: ${JSON.stringify(page.issues)}`);
        items.push(...page.value.items);
        if (p.kind === 'none' || p.kind === 'batches' || page.value.items.length < p.pageSize) break;
        offset += p.pageSize;
      }
    }
    raw[plain.name] = items;
  }
  return raw;
}
