/**
 * Test doubles for retrieval: a virtual clock, a scripted vendor behind a
 * `ProxyClient`, and a small provider that runs the real normalization
 * pipeline (zod per record, quarantine, duplicate merge).
 */
import type { Clock } from '../../src/core/retry.js';
import type { ForwardRequest, ProxyClient } from '../../src/core/proxy-client.js';
import type { FieldDef } from '../../src/core/model.js';
import type { NormalizeContext, ProviderDefinition, ResourceSpec } from '../../src/core/providers/types.js';
import { runPipeline, type DraftResult, type PipelineSetup } from '../../src/core/providers/shared.js';
import { fail, issue, ok } from '../../src/core/result.js';
import { z } from 'zod/mini';

/** Time advances only when someone sleeps; every sleep is recorded. */
export class VirtualClock implements Clock {
  time = Date.UTC(2026, 0, 15, 9, 0, 0);
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    const until = this.time + ms;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) { reject(signal.reason); return; }
      setTimeout(() => {
        if (signal?.aborted) { reject(signal.reason); return; }
        this.time = Math.max(this.time, until);
        resolve();
      }, 0);
    });
  }
}

export interface Person { id: number; first_name: string; last_name: string; email: string }

export const people = (n: number): Person[] =>
  Array.from({ length: n }, (_, i) => ({ id: i + 1, first_name: `First${i + 1}`, last_name: `Last${i + 1}`, email: `p${i + 1}@example.com` }));

export interface Call { path: string; offset: number; limit: number; index: number }

/** What the vendor does with one call: a response, a hang (never answers), or a network failure. */
export type Reply = Response | 'hang' | 'network-error';

export const json = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...init });

/** A Humaans-style list endpoint (`$limit`/`$skip`, `{ total, data }`), with a hook to inject faults per call. */
export class ScriptedVendor implements ProxyClient {
  readonly calls: Call[] = [];
  inFlight = 0;
  maxInFlight = 0;

  constructor(
    public data: Record<string, unknown[]>,
    private readonly fault: (call: Call) => Reply | null = () => null,
    private readonly withTotal = true,
  ) {}

  connect(): never { throw new Error('not used'); }
  status(): never { throw new Error('not used'); }
  disconnect(): never { throw new Error('not used'); }

  async forward(_id: string, request: ForwardRequest, options: { signal?: AbortSignal } = {}): Promise<Response> {
    const q = request.query ?? {};
    const call: Call = { path: request.path, offset: Number(q['$skip'] ?? 0), limit: Number(q['$limit'] ?? 1000), index: this.calls.length };
    this.calls.push(call);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await new Promise((r) => setTimeout(r, 1));
      const reply = this.fault(call);
      if (reply === 'hang') {
        return await new Promise<Response>((_, reject) => options.signal?.addEventListener('abort', () => reject(options.signal?.reason), { once: true }));
      }
      if (reply === 'network-error') throw new TypeError('Failed to fetch');
      if (reply) return reply;
      const all = this.data[request.path] ?? [];
      const slice = all.slice(call.offset, call.offset + call.limit);
      return json(this.withTotal ? { total: all.length, limit: call.limit, skip: call.offset, data: slice } : { data: slice });
    } finally {
      this.inFlight -= 1;
    }
  }
}

const envelope = z.object({ data: z.array(z.unknown()), total: z.optional(z.int().check(z.nonnegative())) });

export function listResource(name: string, path: string, pageSize: number, extra: Partial<ResourceSpec> = {}): ResourceSpec {
  return {
    name,
    method: 'GET',
    path,
    pagination: { kind: 'offset', limitParam: '$limit', offsetParam: '$skip', pageSize },
    extract(body) {
      const parsed = envelope.safeParse(body);
      return parsed.success ? ok({ items: parsed.data.data, total: parsed.data.total ?? null }) : fail(issue('unexpected_envelope'));
    },
    ...extra,
  };
}

const personSchema = z.object({ id: z.union([z.number(), z.string()]), first_name: z.string(), last_name: z.string(), email: z.string() });

/** One `Person` → a draft; anything else is quarantined. */
function fakeDraft(item: unknown): DraftResult {
  const p = personSchema.safeParse(item);
  if (!p.success) return { ok: false, hrisId: null, reason: issue('invalid_person') };
  return { ok: true, draft: { hrisId: String(p.data.id), core: { firstName: p.data.first_name, lastName: p.data.last_name, workEmail: p.data.email }, fields: { email: { value: p.data.email } } } };
}

const FAKE_FIELDS: FieldDef[] = [{ id: 'email', label: 'Email', type: 'email', endpoint: 'GET /people', sensitivity: 'standard', custom: false }];

/** The fake provider's pipeline, all but the items: its `normalize` and the streaming tests' stream share it. */
export function fakePipelineSetup(context: NormalizeContext): PipelineSetup {
  return { provider: 'humaans', standardFields: FAKE_FIELDS, sensitiveFieldIds: [], customEndpoint: 'GET /people', toDraft: fakeDraft, context };
}

/** A provider over `ScriptedVendor` data: resource 0 is the people list, later ones are extra (ignored by normalize). */
export function fakeProvider(resources: ResourceSpec[], ratePerMinute?: number): ProviderDefinition {
  return {
    id: 'humaans',
    label: 'Fake',
    credentials: { schema: z.record(z.string(), z.string()), fields: [], instructions: [] },
    dataTypes: ['identity'],
    required: [],
    standardFields: FAKE_FIELDS,
    sensitiveFieldIds: [],
    vendor: { baseUrl: () => 'https://vendor.test', allow: [], ...(ratePerMinute ? { ratePerMinute } : {}) },
    resources,
    normalize(raw, context) {
      const first = resources[0]!.name;
      return runPipeline({ ...fakePipelineSetup(context), items: [{ resource: first, list: raw[first] ?? [] }] });
    },
  };
}
