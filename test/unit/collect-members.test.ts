import { describe, expect, it, vi } from 'vitest'
import { createEcwidClient, type RetryWait } from '@/api/client'
import { createCustomersApi, type GroupMember, type MemberQuery } from '@/api/customers'
import { EcwidApiError, isAbortError } from '@/api/errors'
import {
  collectMembers,
  createRequestPacer,
  exportTimeBound,
  memberPageFetcher,
  type CollectProgress,
  type MemberPageAnswer,
} from '@/export/collect-members'

/** Members `first`, `first + 1`, … with a name each. */
const membersFrom = (first: number, count: number): GroupMember[] =>
  Array.from({ length: Math.max(0, count) }, (_, index) => ({ id: first + index, name: `Member ${first + index}` }))

/** A group of `total` members, ID n at offset n − 1, pages cut from it as Ecwid would. */
function pageOf(total: number, offset: number): MemberPageAnswer {
  const items = membersFrom(offset + 1, Math.min(100, total - offset))
  return { total, count: items.length, items }
}

const ids = (members: readonly GroupMember[]) => members.map((member) => member.id)
const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, index) => first + index)
/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

interface HeldCall {
  readonly offset: number
  readonly signal: AbortSignal
  answer(page?: MemberPageAnswer): void
  fail(error: unknown): void
}

/** A page fetch whose answers wait for the test; an aborted request rejects as the client's does. */
function heldFetch(total: number) {
  const calls: HeldCall[] = []
  const fetchPage = (offset: number, signal: AbortSignal) =>
    new Promise<MemberPageAnswer>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true })
      calls.push({ offset, signal, answer: (page) => resolve(page ?? pageOf(total, offset)), fail: reject })
    })
  const call = (offset: number) => calls.find((held) => held.offset === offset)!
  return { calls, fetchPage, call }
}

describe('collectMembers', () => {
  it('collects 250 members in 3 pages of 100, in order, and reports progress up to all of them', async () => {
    const offsets: number[] = []
    const progress: CollectProgress[] = []
    const collected = await collectMembers({
      fetchPage: async (offset) => {
        offsets.push(offset)
        return pageOf(250, offset)
      },
      onProgress: (step) => progress.push(step),
    })
    expect(offsets.sort((a, b) => a - b)).toEqual([0, 100, 200])
    expect(ids(collected.members)).toEqual(range(1, 250))
    expect(collected).toMatchObject({ expectedTotal: 250, changed: null })
    expect(progress.at(0)).toEqual({ loaded: 100, total: 250 })
    expect(progress.at(-1)).toEqual({ loaded: 250, total: 250 })
  })

  it('keeps offset order when a later page answers first', async () => {
    const { fetchPage, call } = heldFetch(250)
    const collecting = collectMembers({ fetchPage })
    await settle()
    call(0).answer()
    await settle()
    call(200).answer()
    await settle()
    call(100).answer()
    const collected = await collecting
    expect(ids(collected.members)).toEqual(range(1, 250))
  })

  it('asks for nothing more than the first page of an empty group', async () => {
    const fetchPage = vi.fn(async (offset: number) => pageOf(0, offset))
    await expect(collectMembers({ fetchPage })).resolves.toEqual({ members: [], expectedTotal: 0, changed: null })
    expect(fetchPage).toHaveBeenCalledTimes(1)
  })

  it('keeps a member who comes on two pages once, and reports the shortfall the total says', async () => {
    // Someone joined ahead of member 100 between the pages: 100 is pushed onto the second page too.
    const collected = await collectMembers({
      fetchPage: async (offset) => {
        const page = pageOf(250, offset)
        return offset === 100 ? { ...page, items: membersFrom(100, 100) } : page
      },
    })
    expect(ids(collected.members)).toEqual([...range(1, 199), ...range(201, 250)])
    expect(collected.changed).toEqual({ expected: 250, received: 249 })
  })

  it('reports a total that changes while the pages are fetched', async () => {
    const collected = await collectMembers({
      fetchPage: async (offset) => ({ ...pageOf(250, offset), total: offset === 0 ? 250 : 260 }),
    })
    expect(collected.members).toHaveLength(250)
    expect(collected.expectedTotal).toBe(250)
    expect(collected.changed).toEqual({ expected: 260, received: 250 })
  })

  it.each([1, 3, 4])('never has more than %i requests in flight', async (concurrency) => {
    let inFlight = 0
    let most = 0
    const collected = await collectMembers({
      concurrency,
      fetchPage: async (offset) => {
        inFlight++
        most = Math.max(most, inFlight)
        // Uneven latencies, so the requests overlap in many ways.
        await new Promise((resolve) => setTimeout(resolve, (offset / 100) % 3))
        inFlight--
        return pageOf(2000, offset)
      },
    })
    expect(collected.members).toHaveLength(2000)
    expect(most).toBe(concurrency)
  })

  it('holds the 481st request until a minute has passed since the first', async () => {
    let clock = 0
    const pacer = createRequestPacer({
      maxRequests: 480,
      windowMs: 60_000,
      now: () => clock,
      sleep: async (ms) => {
        // A pacer that waits without the clock moving would spin for ever: fail instead.
        if (ms <= 0) throw new Error(`Asked to wait ${ms} ms`)
        const wakeAt = clock + ms
        await Promise.resolve()
        clock = Math.max(clock, wakeAt)
      },
    })
    const startedAt: number[] = []
    const collected = await collectMembers({
      pacer,
      fetchPage: async (offset) => {
        startedAt[offset / 100] = clock
        return pageOf(49_000, offset)
      },
    })
    expect(collected.members).toHaveLength(49_000)
    expect(startedAt).toHaveLength(490)
    expect(startedAt.slice(0, 480).every((time) => time === 0)).toBe(true)
    expect(startedAt.slice(480).every((time) => time === 60_000)).toBe(true)
  })

  it('shares one window between collections running together, as Ecwid counts per token', async () => {
    vi.useFakeTimers()
    try {
      // A fresh module: its shared pacer has counted no start yet.
      vi.resetModules()
      const fresh = await import('@/export/collect-members')
      const startedAt: number[] = []
      const fetchPage = async (offset: number) => {
        startedAt.push(performance.now())
        return pageOf(30_000, offset)
      }
      const both = Promise.all([fresh.collectMembers({ fetchPage }), fresh.collectMembers({ fetchPage })])
      await vi.advanceTimersByTimeAsync(61_000)
      const [export_, sum] = await both
      expect(export_.members).toHaveLength(30_000)
      expect(sum.members).toHaveLength(30_000)
      expect(startedAt).toHaveLength(600)
      expect(startedAt.filter((time) => time - startedAt[0]! < 60_000)).toHaveLength(480)
    } finally {
      vi.useRealTimers()
    }
  })

  it('stops at once: rejects with an AbortError, aborts the requests in flight and starts none after', async () => {
    const { calls, fetchPage, call } = heldFetch(2000)
    const stop = new AbortController()
    const collecting = collectMembers({ fetchPage, signal: stop.signal })
    await settle()
    call(0).answer()
    await settle()
    expect(calls).toHaveLength(5)
    call(100).answer()
    await settle()
    const inFlight = calls.filter((held) => held.offset > 100)
    expect(inFlight).toHaveLength(4)
    stop.abort()
    await expect(collecting).rejects.toSatisfy(isAbortError)
    expect(inFlight.every((held) => held.signal.aborted)).toBe(true)
    inFlight.forEach((held) => held.answer())
    await settle()
    expect(calls).toHaveLength(6)
  })

  it('sends nothing when stopped before it starts', async () => {
    const fetchPage = vi.fn(async (offset: number) => pageOf(250, offset))
    await expect(collectMembers({ fetchPage, signal: AbortSignal.abort() })).rejects.toSatisfy(isAbortError)
    expect(fetchPage).not.toHaveBeenCalled()
  })

  it('rejects with the error of a page that failed, aborting the rest and starting no more', async () => {
    const { calls, fetchPage, call } = heldFetch(2000)
    const collecting = collectMembers({ fetchPage })
    await settle()
    call(0).answer()
    await settle()
    const failure = new EcwidApiError({ kind: 'server', status: 500 })
    call(200).fail(failure)
    await expect(collecting).rejects.toBe(failure)
    const others = calls.filter((held) => held.offset !== 0 && held.offset !== 200)
    expect(others.map((held) => held.offset)).toEqual([100, 300, 400])
    expect(others.every((held) => held.signal.aborted)).toBe(true)
    others.forEach((held) => held.answer())
    await settle()
    expect(calls).toHaveLength(5)
  })

  it('gets every member exactly once through the real client when one page is rate-limited and one fails', async () => {
    const attempts = new Map<number, number>()
    const fetch = async (input: string | URL | Request) => {
      const url = new URL(String(input))
      expect(url.pathname).toBe('/api/v3/1003/customers')
      const offset = Number(url.searchParams.get('offset') ?? 0)
      const attempt = (attempts.get(offset) ?? 0) + 1
      attempts.set(offset, attempt)
      if (offset === 100 && attempt === 1)
        return new Response('{"errorMessage":"Too many requests","errorCode":"RATE_LIMITED"}', { status: 429 })
      if (offset === 200 && attempt === 1)
        return new Response('{"errorMessage":"Internal error","errorCode":"INTERNAL_ERROR"}', { status: 500 })
      const total = 250
      const items = range(offset + 1, Math.min(offset + 100, total)).map((id) => ({
        id,
        name: `Member ${id}`,
        email: `member${id}@example.com`,
        stats: { numberOfOrders: id % 7 },
      }))
      return new Response(JSON.stringify({ total, count: items.length, offset, limit: 100, items }), { status: 200 })
    }
    const client = createEcwidClient({
      apiBase: 'https://app.ecwid.com/api/v3',
      storeId: 1003,
      authorization: 'Bearer secret_test',
      fetch: fetch as typeof globalThis.fetch,
      sleep: async () => {},
    })
    const query: MemberQuery = {
      groupId: 7,
      keyword: '',
      sort: { column: 'name', direction: 'ascending' },
      columns: ['name', 'email', 'orders'],
    }
    const waits: RetryWait[] = []
    const collected = await collectMembers({
      fetchPage: memberPageFetcher(createCustomersApi(client), query, (wait) => waits.push(wait)),
    })
    expect(ids(collected.members)).toEqual(range(1, 250))
    expect(collected.members[149]).toEqual({ id: 150, name: 'Member 150', email: 'member150@example.com', orders: 3 })
    expect(collected.changed).toBeNull()
    expect(Object.fromEntries(attempts)).toEqual({ 0: 1, 100: 2, 200: 2 })
    expect(waits.map((wait) => wait.failure.kind).sort()).toEqual(['rate-limited', 'server'])
  })
})

describe('createRequestPacer', () => {
  it('lets a request start once the oldest start has left the window, not before', async () => {
    let clock = 0
    const sleeps: number[] = []
    const pacer = createRequestPacer({
      maxRequests: 2,
      windowMs: 1000,
      now: () => clock,
      sleep: async (ms) => {
        if (ms <= 0) throw new Error(`Asked to wait ${ms} ms`)
        sleeps.push(ms)
        clock += ms
      },
    })
    await pacer.acquire()
    clock = 400
    await pacer.acquire()
    await pacer.acquire()
    expect(clock).toBe(1000)
    await pacer.acquire()
    expect(clock).toBe(1400)
    expect(sleeps).toEqual([600, 400])
  })

  it('gives up waiting with the abort reason when stopped', async () => {
    const pacer = createRequestPacer({ maxRequests: 1, windowMs: 60_000 })
    await pacer.acquire()
    const stop = new AbortController()
    const waiting = pacer.acquire(stop.signal)
    stop.abort()
    await expect(waiting).rejects.toSatisfy(isAbortError)
  })
})

describe('exportTimeBound', () => {
  it('is set by latency for a small group: the first page alone, then rounds of `concurrency`', () => {
    expect(exportTimeBound({ pages: 3, concurrency: 4, latencyMs: 300, maxRequests: 480, windowMs: 60_000 })).toEqual({
      latencyBoundMs: 600,
      rateBoundMs: 300,
      lowerBoundMs: 600,
    })
  })

  it('is set by the rate limit for a large one: each block beyond the limit waits a window', () => {
    // 1,000 pages (100,000 members): requests 481–960 wait one window, 961–1000 two.
    expect(
      exportTimeBound({ pages: 1000, concurrency: 4, latencyMs: 300, maxRequests: 480, windowMs: 60_000 }),
    ).toEqual({ latencyBoundMs: 75_300, rateBoundMs: 120_300, lowerBoundMs: 120_300 })
  })

  it('is nothing for nothing', () => {
    expect(
      exportTimeBound({ pages: 0, concurrency: 4, latencyMs: 300, maxRequests: 480, windowMs: 60_000 }).lowerBoundMs,
    ).toBe(0)
  })
})
