import { abortableSleep, type RequestOptions } from '@/api/client'
import type { CustomersApi, GroupMember, MemberQuery } from '@/api/customers'
import { MAX_PAGE_SIZE } from '@/api/search-page'

/** What one page of a member search gives the collection. */
export interface MemberPageAnswer {
  readonly total: number
  readonly count: number
  readonly items: readonly GroupMember[]
}

export type FetchMemberPage = (offset: number, signal: AbortSignal) => Promise<MemberPageAnswer>

/** Ecwid allows 600 requests a minute per token; 120 are left for the screen the export runs beside. */
export const EXPORT_MAX_REQUESTS = 480
export const EXPORT_WINDOW_MS = 60_000
export const DEFAULT_EXPORT_CONCURRENCY = 4

export interface RequestPacer {
  /** Resolves when a request may start (and counts it as started); rejects with the abort reason. */
  acquire(signal?: AbortSignal): Promise<void>
}

export interface PacerOptions {
  readonly maxRequests: number
  readonly windowMs: number
  readonly now?: () => number
  readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>
}

/**
 * At most `maxRequests` starts in any `windowMs`: a sliding window, so a burst at the end of one
 * minute and another at the start of the next cannot add up to twice the limit, as with a fixed
 * window. The client's own retries are not counted: they are few (two per page at most) and the
 * headroom below Ecwid's limit is there for them.
 */
export function createRequestPacer({
  maxRequests,
  windowMs,
  now = () => performance.now(),
  sleep = abortableSleep,
}: PacerOptions): RequestPacer {
  if (!Number.isSafeInteger(maxRequests) || maxRequests < 1) throw new Error(`Not a request limit: ${maxRequests}`)
  // The last `maxRequests` start times, oldest first: never more are needed to decide.
  const starts: number[] = []
  return {
    async acquire(signal) {
      for (;;) {
        signal?.throwIfAborted()
        const time = now()
        while (starts.length > 0 && starts[0]! <= time - windowMs) starts.shift()
        if (starts.length < maxRequests) {
          starts.push(time)
          return
        }
        // Several callers may wake together; each checks again, and one at a time takes the slot.
        await sleep(starts[0]! + windowMs - time, signal)
      }
    },
  }
}

let sharedPacer: RequestPacer | undefined

/**
 * Ecwid's limit is per token, and the page has one: an export and a sum of sales running
 * together share these 480 a minute rather than take 480 each (960, beyond Ecwid's 600).
 */
export function sharedExportPacer(): RequestPacer {
  sharedPacer ??= createRequestPacer({ maxRequests: EXPORT_MAX_REQUESTS, windowMs: EXPORT_WINDOW_MS })
  return sharedPacer
}

export interface CollectProgress {
  /** Members collected so far, duplicates left out, in offset order (a page waits for those before it). */
  readonly loaded: number
  /** The first page's total. */
  readonly total: number
}

export interface CollectOptions {
  readonly fetchPage: FetchMemberPage
  /** Stop. */
  readonly signal?: AbortSignal
  readonly concurrency?: number
  /** Default: sharedExportPacer(), at most EXPORT_MAX_REQUESTS in any EXPORT_WINDOW_MS for the whole page. */
  readonly pacer?: RequestPacer
  readonly onProgress?: (progress: CollectProgress) => void
}

export interface CollectedMembers {
  readonly members: GroupMember[]
  /** The first page's total. */
  readonly expectedTotal: number
  /**
   * Set when the members changed while they were being collected: a page's total differed from
   * the first's, or the members collected (duplicates left out) are not as many as it said.
   * `expected` is the largest total any page gave (a group that grew is short by the new members),
   * `received` the members collected. Offsets shift under changes, so a member may be missing or
   * repeated (repeats are dropped): the export says so rather than pass for a snapshot.
   */
  readonly changed: null | { readonly expected: number; readonly received: number }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError')
}

/**
 * Every member of a query, page by page: the first page alone (it gives the total), then the
 * rest with at most `concurrency` in flight, each start paced. Pages arrive in any order; members
 * are appended in offset order, the first of each ID kept, into one array: a page is held only
 * until the pages before it have come.
 *
 * Stop (aborting `signal`) aborts every request in flight and rejects at once with the abort
 * reason; a page that fails (after the client's retries) does the same with its error.
 */
export function collectMembers({
  fetchPage,
  signal,
  concurrency = DEFAULT_EXPORT_CONCURRENCY,
  pacer = sharedExportPacer(),
  onProgress,
}: CollectOptions): Promise<CollectedMembers> {
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) throw new Error(`Not a concurrency: ${concurrency}`)
  return new Promise<CollectedMembers>((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal))
    const inner = new AbortController()
    let settled = false
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      signal?.removeEventListener('abort', onStop)
      outcome()
    }
    const fail = (error: unknown) =>
      finish(() => {
        reject(error)
        // The requests still in flight are of no use now; their rejections are ignored.
        inner.abort(new DOMException('The export stopped', 'AbortError'))
      })
    const onStop = () => fail(abortReason(signal!))
    signal?.addEventListener('abort', onStop, { once: true })

    const members: GroupMember[] = []
    const seen = new Set<number>()
    // Pages that came before an earlier one, by page index; each is dropped once appended.
    const waiting = new Map<number, readonly GroupMember[]>()
    let nextToAppend = 0
    let expectedTotal = 0
    let largestTotal = 0
    let totalMoved = false

    const take = (index: number, page: MemberPageAnswer) => {
      if (page.total !== expectedTotal) totalMoved = true
      largestTotal = Math.max(largestTotal, page.total)
      waiting.set(index, page.items)
      for (let items = waiting.get(nextToAppend); items !== undefined; items = waiting.get(nextToAppend)) {
        waiting.delete(nextToAppend++)
        for (const member of items) {
          if (seen.has(member.id)) continue
          seen.add(member.id)
          members.push(member)
        }
      }
      onProgress?.({ loaded: members.length, total: expectedTotal })
    }

    const fetchAt = async (index: number) => {
      await pacer.acquire(inner.signal)
      // A pacer that did not look at the signal must still not start a request after Stop.
      inner.signal.throwIfAborted()
      return fetchPage(index * MAX_PAGE_SIZE, inner.signal)
    }

    const run = async () => {
      const first = await fetchAt(0)
      if (settled) return
      expectedTotal = first.total
      largestTotal = first.total
      take(0, first)
      const pageCount = Math.ceil(first.total / MAX_PAGE_SIZE)
      let nextIndex = 1
      const worker = async () => {
        while (nextIndex < pageCount && !settled) {
          const index = nextIndex++
          const page = await fetchAt(index)
          if (settled) return
          take(index, page)
        }
      }
      await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(0, pageCount - 1)) }, worker))
      const received = members.length
      const changed = totalMoved || received !== expectedTotal ? { expected: largestTotal, received } : null
      finish(() => resolve({ members, expectedTotal, changed }))
    }
    run().catch(fail)
  })
}

/** The page fetch for a query through the customers API: 100 members a page, the client retrying. */
export function memberPageFetcher(
  api: CustomersApi,
  query: MemberQuery,
  onRetryWait?: RequestOptions['onRetryWait'],
): FetchMemberPage {
  return async (offset, signal) =>
    (await api.searchGroupMembers({ ...query, offset, limit: MAX_PAGE_SIZE }, { signal, onRetryWait })).data
}

export interface TimeBoundInput {
  readonly pages: number
  readonly concurrency: number
  readonly latencyMs: number
  readonly maxRequests: number
  readonly windowMs: number
}

export interface TimeBound {
  /** The first page alone, then ⌈(pages − 1) / concurrency⌉ rounds: round trips one after another. */
  readonly latencyBoundMs: number
  /** The last request cannot start before ⌊(pages − 1) / maxRequests⌋ windows have passed. */
  readonly rateBoundMs: number
  /** The larger: no collection of `pages` pages can be faster. */
  readonly lowerBoundMs: number
}

export function exportTimeBound({ pages, concurrency, latencyMs, maxRequests, windowMs }: TimeBoundInput): TimeBound {
  if (pages <= 0) return { latencyBoundMs: 0, rateBoundMs: 0, lowerBoundMs: 0 }
  const latencyBoundMs = (1 + Math.ceil((pages - 1) / concurrency)) * latencyMs
  const rateBoundMs = Math.floor((pages - 1) / maxRequests) * windowMs + latencyMs
  return { latencyBoundMs, rateBoundMs, lowerBoundMs: Math.max(latencyBoundMs, rateBoundMs) }
}
