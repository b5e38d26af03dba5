/**
 * Reads every page of one resource. Without a vendor total, pages are read
 * in order until a short or empty page, the next few requested ahead (up to
 * the run's concurrency) so their latency overlaps; with a total, the first page
 * tells how many remain and those are read in parallel (bounded by the run's
 * semaphore and pacer). Batches a provider built from earlier resources (HiBob's
 * searches filtered by ids) are read the same way as pages with a total: all
 * of them, in parallel under the same bounds, the total being the items they
 * name. A page whose content was already seen means the vendor ignores the
 * offset or the filter (`offset_loop`); fewer items than the total is
 * `total_mismatch`. Neither is ever silent.
 */
import type { ForwardRequest } from './proxy-client.js';
import type { Batch, Pagination, ResourceSpec } from './providers/types.js';
import { issue, type Issue } from './result.js';
import type { Semaphore } from './rate-limit.js';
import { fetchPage, type PageFetch, type RunContext } from './fetch-page.js';

export type ResourceStatus = 'complete' | 'partial' | 'failed';

export interface ResourceReport {
  readonly name: string;
  readonly status: ResourceStatus;
  readonly optional: boolean;
  readonly pages: number;
  readonly items: number;
  /** What the vendor said exists, when it said so. */
  readonly total: number | null;
  /** Offset of the first page that could not be read, when one could not. */
  readonly failedAtOffset: number | null;
  readonly reasons: readonly Issue[];
}

export interface ResourceProgress {
  readonly resource: string;
  readonly pages: number;
  readonly records: number;
  readonly total: number | null;
}

export interface ResourceRead {
  readonly report: ResourceReport;
  readonly items: unknown[];
  /** A failure that must stop the whole run (abort, wrong credentials, spent budget). */
  readonly fatal: Issue | null;
}

/** 53-bit string hash (cyrb53), enough to tell two pages apart without keeping their text. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(h2 >>> 0).toString(36)}:${(h1 >>> 0).toString(36)}`;
}

type Paged = Extract<Pagination, { pageSize: number }>;

function pageRequest(spec: ResourceSpec, pagination: Paged, offset: number): ForwardRequest {
  const query = { ...spec.query };
  if (pagination.kind === 'offset') {
    query[pagination.limitParam] = String(pagination.pageSize);
    query[pagination.offsetParam] = String(offset);
  } else {
    query[pagination.param] = `${offset},${pagination.pageSize}`;
  }
  return { method: spec.method, path: spec.path, query, ...(spec.body !== undefined ? { body: spec.body } : {}) };
}

export interface ReadOptions {
  readonly onProgress: (progress: ResourceProgress) => void;
  /** The requests of a `batches` resource. */
  readonly batches?: readonly Batch[] | undefined;
  /**
   * Gets the resource's items while it is read, a few at a time: the pages
   * with no gap before them as they come, the rest once the read is over.
   * Over the whole read, exactly the final `items`, in order.
   */
  readonly onItems?: ((items: readonly unknown[]) => void) | undefined;
}

export async function readResource(run: RunContext, pool: Semaphore, spec: ResourceSpec, options: ReadOptions): Promise<ResourceRead> {
  const { onProgress, batches, onItems } = options;
  const pagination = spec.pagination;
  const reasons: Issue[] = [];
  const pages = new Map<number, readonly unknown[]>();
  /** Offsets of the pages read so far by cheap key; full content hashes computed on demand. */
  const seen = new Map<string, number[]>();
  const fullHashes = new Map<number, string>();
  const fullHashAt = (offset: number): string => {
    let h = fullHashes.get(offset);
    if (h === undefined) {
      h = hash(JSON.stringify(pages.get(offset) ?? []));
      fullHashes.set(offset, h);
    }
    return h;
  };
  const batchList = pagination.kind === 'batches' ? batches ?? [] : [];
  const batched = batchList.length > 0;
  let total: number | null = null;
  let fetched = 0;
  let records = 0;
  let fatal: Issue | null = null;
  let failedAtOffset: number | null = null;
  let step = pagination.kind === 'offset' || pagination.kind === 'paging-param' ? pagination.pageSize : 1;
  /** Offsets of the batches in list order, when batched; pages otherwise sit every `step` items. */
  const batchOffsets: number[] = [];
  /** The pages handed to `onItems` so far: the first `fedCount`, up to offset `fedTo`. */
  let fedCount = 0;
  let fedTo = -1;
  /** Pages are handed over only once `step` is known (a vendor may send fewer items a page than asked). */
  let feeding = false;
  const nextToFeed = (): number | undefined => (batched ? batchOffsets[fedCount] : fedCount === 0 ? 0 : fedTo + step);
  const feed = (): void => {
    if (!onItems || !feeding) return;
    for (let next = nextToFeed(); next !== undefined && pages.has(next); next = nextToFeed()) {
      onItems(pages.get(next)!);
      fedTo = next;
      fedCount += 1;
    }
  };

  /** One request; a run stopped while it waited for a slot reads nothing and reports nothing. */
  const send = (request: ForwardRequest, page: number, offset: number): Promise<PageFetch | null> =>
    pool.run(() => (run.signal.aborted ? Promise.resolve(null) : fetchPage(run, spec, request, { resource: spec.name, page, offset })));
  const fetchAt = (offset: number): Promise<PageFetch | null> => {
    const request: ForwardRequest = pagination.kind === 'offset' || pagination.kind === 'paging-param'
      ? pageRequest(spec, pagination, offset)
      : { method: spec.method, path: spec.path, ...(spec.query ? { query: spec.query } : {}), ...(spec.body !== undefined ? { body: spec.body } : {}) };
    return send(request, Math.floor(offset / step), offset);
  };

  /** Records one page; false when it failed or repeats a page already read (the vendor ignored the offset). */
  const accept = (offset: number, result: PageFetch | null): boolean => {
    if (result === null || !result.ok) {
      if (failedAtOffset === null || offset < failedAtOffset) failedAtOffset = offset;
      if (result === null) return false;
      if (result.fatal) fatal ??= result.issue;
      if (!reasons.some((r) => r.code === result.issue.code)) reasons.push(result.issue);
      return false;
    }
    const { items } = result.page;
    // A batch's own count says nothing about the whole: batches carry the total they name, or none.
    if (total === null && !batched && result.page.total !== null) total = result.page.total;
    if (items.length > 0) {
      // Pages are compared by their full content only when a cheap key (length, first and last item) collides, so a
      // run without a loop never serialises its pages a second time.
      const key = `${items.length}:${JSON.stringify(items[0])}:${JSON.stringify(items[items.length - 1])}`;
      const sameKey = seen.get(key);
      if (sameKey !== undefined) {
        const full = hash(JSON.stringify(items));
        const previous = sameKey.find((o) => fullHashAt(o) === full);
        if (previous !== undefined) {
          if (!reasons.some((r) => r.code === 'offset_loop')) reasons.push(issue('offset_loop', { resource: spec.name, offset, repeats: previous }));
          return false;
        }
        sameKey.push(offset);
      } else {
        seen.set(key, [offset]);
      }
    }
    pages.set(offset, items);
    fetched += 1;
    records += items.length;
    onProgress({ resource: spec.name, pages: fetched, records, total });
    feed();
    return true;
  };
  const received = (): number => [...pages.values()].reduce((n, list) => n + list.length, 0);
  const healthy = (): boolean => failedAtOffset === null && fatal === null && !run.signal.aborted && !reasons.some((r) => r.code === 'offset_loop');

  /**
   * Without a total: reads on from `start` until a short or empty page, with up to `concurrency` of the next pages
   * requested ahead. Pages are taken in offset order, so loop detection, progress and the page cap see exactly the
   * sequence a page-after-page read would; no new page is requested once one came back short, empty or failed.
   * Pages requested past the end are awaited: empty ones are not counted, failed ones are not a cause (the list was
   * read to its end), and any that still carry items are kept (the list grew while it was read).
   */
  const readOn = async (start: number): Promise<void> => {
    const ahead = Math.max(1, run.policy.concurrency);
    const limit = step * run.policy.maxPages;
    const queue: { offset: number; result: Promise<PageFetch | null> }[] = [];
    let issueAt = start;
    /** Lowest offset known to end the list (short, empty or failed), whether or not taken in order yet. */
    let endAt = Number.POSITIVE_INFINITY;
    let ended = false;
    const issueMore = (): void => {
      while (!ended && queue.length < ahead && issueAt < endAt && issueAt < limit && healthy()) {
        const offset = issueAt;
        const result = fetchAt(offset);
        void result.then((r) => {
          if (r === null || !r.ok || r.page.items.length < step) endAt = Math.min(endAt, offset);
        }, () => undefined);
        queue.push({ offset, result });
        issueAt += step;
      }
    };
    issueMore();
    while (queue.length > 0) {
      const { offset, result } = queue.shift()!;
      const read = await result;
      if (ended) {
        if (read !== null && read.ok && read.page.items.length > 0) accept(offset, read);
        continue;
      }
      const full = accept(offset, read) && pages.get(offset)!.length >= step;
      if (!full || !healthy()) {
        ended = true;
      } else if (pages.size >= run.policy.maxPages) {
        reasons.push(issue('page_limit_reached', { resource: spec.name, pages: pages.size }));
        ended = true;
      }
      issueMore();
    }
  };

  if (batched) {
    // Each batch sits at the item offset of its first named item, so a failed one is named like a page.
    const named = batchList.every((b) => b.items !== undefined && b.items > 0);
    if (named) total = batchList.reduce((n, b) => n + b.items!, 0);
    for (let i = 0, at = 0; i < batchList.length; i += 1) {
      batchOffsets.push(named ? at : i);
      at += batchList[i]!.items ?? 1;
    }
    feeding = true;
    let offset = 0;
    await Promise.all(batchList.map(async (batch, index) => {
      const at = named ? offset : index;
      offset += batch.items ?? 1;
      const query = batch.query ?? spec.query;
      const body = batch.body ?? spec.body;
      const request: ForwardRequest = { method: spec.method, path: spec.path, ...(query ? { query } : {}), ...(body !== undefined ? { body } : {}) };
      accept(at, await send(request, index, at));
    }));
  } else if (pagination.kind === 'none' || pagination.kind === 'batches') {
    accept(0, await fetchAt(0));
  } else {
    const size = pagination.pageSize;
    const max = run.policy.maxPages;
    const first = accept(0, await fetchAt(0)) ? pages.get(0)! : null;
    // A vendor that caps the page below what was asked still pages by item offset: step by what it sends.
    step = first !== null && first.length > 0 && first.length < size && total !== null && first.length < total ? first.length : size;
    feeding = true;
    feed();
    let more = first !== null && first.length >= step;
    let next = step;
    if (more && total !== null) {
      // The vendor gave a total: read the remaining pages in parallel.
      const offsets: number[] = [];
      for (let o = step; o < total && offsets.length + 1 < max; o += step) offsets.push(o);
      await Promise.all(offsets.map(async (o) => { accept(o, await fetchAt(o)); }));
      next = step * (offsets.length + 1);
      const last = pages.get(next - step);
      // Trust a total the pages agree with; read on only when the vendor understated it.
      more = healthy() && last !== undefined && last.length >= step && received() > total;
    }
    if (more && healthy()) await readOn(next);
  }

  const sorted = [...pages.entries()].sort((a, b) => a[0] - b[0]);
  // What could not be handed over while reading (pages after a gap, a resource read in one request), in order.
  if (onItems) for (const [offset, list] of sorted) if (offset > fedTo) onItems(list);
  const items = sorted.flatMap(([, list]) => list);
  if (total !== null && items.length < total && fatal === null) {
    reasons.push(issue('total_mismatch', { resource: spec.name, expected: total, received: items.length }));
  }
  const status: ResourceStatus = pages.size === 0 ? 'failed' : reasons.length > 0 ? 'partial' : 'complete';
  return {
    report: { name: spec.name, status, optional: spec.optional === true, pages: fetched, items: items.length, total, failedAtOffset, reasons },
    items,
    fatal,
  };
}
