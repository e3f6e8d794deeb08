// @vitest-environment node
// Node's Response, which holds to the Fetch standard as browsers do (a 204 cannot carry a body).
import { DEFAULT_MEMBER_COLUMNS, DEFAULT_MEMBER_SORT } from '@/api/member-columns'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchTakingEarlyResponses, publishEarlyResponses, startEarlyResponses } from '@/api/early-responses'
import { requestAddress, requestInit } from '@/api/request'
import { createEcwidClient } from '@/api/client'
import { createCustomerGroupsApi } from '@/api/customer-groups'
import { createStoreApis } from '@/api/store-apis'
import { firstScreenPlan, firstScreenRequests } from '@/boot/first-screen-plan'
import { readFragmentPayload } from '@/boot/fragment-payload'

const hex = (value: unknown) => '#' + Buffer.from(JSON.stringify(value), 'utf8').toString('hex')
const payload = { store_id: 1003, access_token: 'secret_abcdefgh', lang: 'en', view_mode: 'PAGE' }
const API = 'https://app.ecwid.com/api/v3'
const AUTHORIZATION = 'Bearer secret_abcdefgh'

function answer(input: RequestInfo | URL): Response {
  return new Response(
    String(input).includes('/customer_groups/9367001')
      ? JSON.stringify({ id: 9367001, name: 'VIP' })
      : String(input).includes('/profile')
        ? JSON.stringify({ formatsAndUnits: { currency: 'EUR', currencyPrecision: 2 } })
        : JSON.stringify({ total: 0, count: 0, items: [] }),
    { status: 200, headers: { 'Content-Type': 'application/json' } },
  )
}

describe('readFragmentPayload', () => {
  it('reads the JSON that Ecwid writes into the fragment as hex', () => {
    expect(readFragmentPayload(hex(payload))).toEqual(payload)
  })

  it.each(['', '#', '#abc', '#zz11', '#' + Buffer.from('not json').toString('hex'), '#c3'])(
    'gives nothing for %j',
    (hash) => {
      expect(readFragmentPayload(hash)).toBeNull()
    },
  )
})

describe('startEarlyResponses', () => {
  const url = `${API}/1003/customer_groups/9367001`

  it('sends each request at once, and hands its response to the first taker with the same credential only', async () => {
    const fetch = vi.fn(async (input: RequestInfo | URL, _init?: RequestInit) => answer(input))
    const early = startEarlyResponses([url], AUTHORIZATION, (signal) => requestInit(AUTHORIZATION, signal), fetch)
    expect(fetch).toHaveBeenCalledOnce()
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe(AUTHORIZATION)
    expect(early.take(url, 'Bearer secret_someone_else')).toBeUndefined()
    expect(early.take(`${url}?responseFields=name`, AUTHORIZATION)).toBeUndefined()
    const response = await early.take(url, AUTHORIZATION)
    expect(await response?.json()).toEqual({ id: 9367001, name: 'VIP' })
    // Once: a Refresh is a new request.
    expect(early.take(url, AUTHORIZATION)).toBeUndefined()
  })

  it('hands the taker the answer as sent: its status, headers and body', async () => {
    const sent = new Response('{"id":9367001,"name":"VIP"}', {
      status: 200,
      statusText: 'OK',
      headers: { 'Content-Type': 'application/json', 'Retry-After': '3' },
    })
    const fetch = vi.fn(async () => sent)
    const early = startEarlyResponses([url], AUTHORIZATION, (signal) => requestInit(AUTHORIZATION, signal), fetch)
    const response = await early.take(url, AUTHORIZATION)
    expect(response?.status).toBe(200)
    expect(response?.statusText).toBe('OK')
    expect(response?.headers.get('Retry-After')).toBe('3')
    expect(await response?.text()).toBe('{"id":9367001,"name":"VIP"}')
  })

  it('hands over an answer without a body (204) as one', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }))
    const early = startEarlyResponses([url], AUTHORIZATION, (signal) => requestInit(AUTHORIZATION, signal), fetch)
    const response = await early.take(url, AUTHORIZATION)
    expect(response?.status).toBe(204)
    expect(await response?.text()).toBe('')
  })

  it('stops the request when its taker gives up on it (Stop trying, a newer request, a timeout)', () => {
    let sentSignal: AbortSignal | undefined
    const fetch = vi.fn((_input: RequestInfo | URL, init?: RequestInit) => {
      sentSignal = init?.signal ?? undefined
      return new Promise<Response>(() => {})
    })
    const early = startEarlyResponses([url], AUTHORIZATION, (signal) => requestInit(AUTHORIZATION, signal), fetch)
    const taker = new AbortController()
    void early.take(url, AUTHORIZATION, taker.signal)
    expect(sentSignal?.aborted).toBe(false)
    taker.abort()
    expect(sentSignal?.aborted).toBe(true)
  })

  it('leaves no unhandled rejection when a request nobody takes fails', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      startEarlyResponses(
        [url],
        AUTHORIZATION,
        (signal) => requestInit(AUTHORIZATION, signal),
        () => Promise.reject(new TypeError('Failed to fetch')),
      )
      // Node reports an unhandled rejection once the microtasks have run, before the next macrotask.
      await new Promise((resolve) => setImmediate(resolve))
      expect(unhandled).not.toHaveBeenCalled()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })

  it('keeps the token out of what it publishes', () => {
    const host = {}
    publishEarlyResponses(
      host,
      startEarlyResponses(
        [url],
        AUTHORIZATION,
        (signal) => requestInit(AUTHORIZATION, signal),
        async () => answer(url),
      ),
    )
    const published = Object.getOwnPropertySymbols(host).map((key) => (host as Record<symbol, unknown>)[key])
    expect(published).toHaveLength(1)
    expect(JSON.stringify(published)).not.toContain('secret_abcdefgh')
  })
})

describe('the early requests and the stores', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('asks exactly what the stores ask first: their first calls send nothing more', async () => {
    const fetch = vi.fn(async (input: RequestInfo | URL) => answer(input))
    vi.stubGlobal('fetch', fetch)
    const host = globalThis
    const urls = firstScreenRequests(firstScreenPlan('groupId%3D9367001')).map(
      (request) => requestAddress(API, 1003, request).url,
    )
    publishEarlyResponses(
      host,
      startEarlyResponses(urls, AUTHORIZATION, (signal) => requestInit(AUTHORIZATION, signal), fetch),
    )
    expect(fetch).toHaveBeenCalledTimes(5)

    const apis = createStoreApis(API, 1003, 'secret_abcdefgh')
    // As the details, list, members, members-with-orders and currency stores ask on a deep link.
    const group = await apis.customerGroups.getGroup(9367001, ['id', 'name', 'externalReferenceId'])
    expect(group.data.name).toBe('VIP')
    await apis.customerGroups.searchGroups({ keyword: '', offset: 0, limit: 100 })
    await apis.customers.searchGroupMembers({
      groupId: 9367001,
      keyword: '',
      sort: DEFAULT_MEMBER_SORT,
      columns: DEFAULT_MEMBER_COLUMNS,
      offset: 0,
      limit: 100,
    })
    await apis.customers.countMembersWithOrders(9367001)
    await apis.storeProfile.getCurrency()
    expect(fetch).toHaveBeenCalledTimes(5)

    // Asking again (Refresh), or for something else, goes to the network.
    await apis.customerGroups.getGroup(9367001, ['id', 'name', 'externalReferenceId'])
    await apis.customerGroups.getGroup(9367001, ['name'])
    expect(fetch).toHaveBeenCalledTimes(7)
  })

  /** An early request for VIP answered by `response`, and the app's client taking it (on a host of its own). */
  function earlyVip(response: Response) {
    const network = vi.fn(async () => response)
    const host = {}
    const url = `${API}/1003/customer_groups/9367001`
    publishEarlyResponses(
      host,
      startEarlyResponses([url], AUTHORIZATION, (signal) => requestInit(AUTHORIZATION, signal), network),
    )
    const client = createEcwidClient({
      apiBase: API,
      storeId: 1003,
      authorization: AUTHORIZATION,
      fetch: fetchTakingEarlyResponses(network, host),
    })
    return { customerGroups: createCustomerGroupsApi(client) }
  }
  const tooLarge = { kind: 'invalid-response', reason: { code: 'too-large', megabytes: 2 } }

  it('refuses an early answer that turns out too large, as the client refuses its own', async () => {
    const megabyte = new Uint8Array(1024 * 1024).fill(0x20)
    let pulled = 0
    // 8 MB, with no Content-Length to warn of it.
    const huge = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(megabyte)
        if (pulled === 8) controller.close()
      },
    })
    const apis = earlyVip(new Response(huge, { status: 200 }))
    await expect(apis.customerGroups.getGroup(9367001, ['id', 'name', 'externalReferenceId'])).rejects.toMatchObject(
      tooLarge,
    )
  })

  it('hands over unread an early answer that says it is too large', async () => {
    const sent = new Response('{"id":9367001}', { status: 200, headers: { 'Content-Length': String(3 * 1024 * 1024) } })
    const apis = earlyVip(sent)
    await expect(apis.customerGroups.getGroup(9367001, ['id', 'name', 'externalReferenceId'])).rejects.toMatchObject(
      tooLarge,
    )
    expect(sent.bodyUsed).toBe(false)
  })

  it('asks only for the list when the app was not opened on a group', () => {
    expect(firstScreenRequests(firstScreenPlan(null)).map((request) => request.path)).toEqual(['/customer_groups'])
    expect(firstScreenRequests(firstScreenPlan('groupId%3Dabc')).map((request) => request.path)).toEqual([
      '/customer_groups',
    ])
  })

  it('asks for the fields a deep link names, in the order the details store asks for them', () => {
    const [group] = firstScreenRequests(firstScreenPlan('groupId%3D5%26responseFields%3Dname%2Cid'))
    expect(group?.query?.responseFields).toBe('id,name')
  })
})

describe('fetchTakingEarlyResponses', () => {
  it('sends a request nobody sent early', async () => {
    const network = vi.fn(async (input: RequestInfo | URL) => answer(input))
    const fetch = fetchTakingEarlyResponses(network, {})
    await fetch(`${API}/1003/customer_groups`, requestInit(AUTHORIZATION, new AbortController().signal))
    expect(network).toHaveBeenCalledOnce()
  })
})
