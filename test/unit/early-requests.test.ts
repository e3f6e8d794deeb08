import { afterEach, describe, expect, it, vi } from 'vitest'
import { readFragmentPayload } from '@/boot/fragment-payload'
import { prefetch } from '@/boot/prefetch'
import { startEarlyRequests } from '@/boot/early-requests'

const hex = (value: unknown) => '#' + Buffer.from(JSON.stringify(value), 'utf8').toString('hex')
const payload = { store_id: 1003, access_token: 'secret_abcdefgh', lang: 'en', view_mode: 'PAGE' }

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

describe('prefetch', () => {
  it('hands the request in flight to the first caller only', async () => {
    const start = vi.fn(() => Promise.resolve('answer'))
    const early = prefetch(start)
    expect(start).toHaveBeenCalledOnce()
    await expect(early.take()).resolves.toBe('answer')
    expect(early.take()).toBeNull()
  })

  it('stops the request when its taker gives up on it, as its own request would stop', async () => {
    let requestSignal: AbortSignal | undefined
    const early = prefetch((options) => {
      requestSignal = options.signal
      return new Promise<string>(() => {})
    })
    const controller = new AbortController()
    const taken = early.take({ signal: controller.signal })!
    controller.abort(new DOMException('Superseded', 'AbortError'))
    await expect(taken).rejects.toMatchObject({ name: 'AbortError' })
    // No retry after Stop trying: the request itself is aborted.
    expect(requestSignal?.aborted).toBe(true)
  })

  it('tells a taker of a wait that began before it took the request, for what is left of it', () => {
    vi.useFakeTimers()
    try {
      let reportWait: ((wait: { delayMs: number }) => void) | undefined
      const early = prefetch((options) => {
        reportWait = options.onRetryWait as typeof reportWait
        return new Promise(() => {})
      })
      reportWait?.({ delayMs: 2000 })
      vi.advanceTimersByTime(500)
      const onRetryWait = vi.fn()
      void early.take({ onRetryWait })
      expect(onRetryWait).toHaveBeenCalledWith({ delayMs: 1500 })
    } finally {
      vi.useRealTimers()
    }
  })

  it('passes the retry waits on to whoever took it, for its countdown', () => {
    let reportWait: ((wait: { delayMs: number }) => void) | undefined
    const early = prefetch((options) => {
      reportWait = options.onRetryWait as typeof reportWait
      return new Promise(() => {})
    })
    const onRetryWait = vi.fn()
    void early.take({ onRetryWait })
    reportWait?.({ delayMs: 2000 })
    expect(onRetryWait).toHaveBeenCalledWith({ delayMs: 2000 })
  })
})

describe('startEarlyRequests', () => {
  afterEach(() => vi.unstubAllGlobals())

  function stubFetch() {
    const fetch = vi.fn(
      async (input: RequestInfo | URL) =>
        new Response(
          String(input).includes('/customer_groups/9367001')
            ? JSON.stringify({ id: 9367001, name: 'VIP' })
            : JSON.stringify({ total: 0, count: 0, items: [] }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
    )
    vi.stubGlobal('fetch', fetch)
    return fetch
  }

  it('asks for the list, the deep-linked group and its members before the app asks, and only once', async () => {
    const fetch = stubFetch()
    const early = startEarlyRequests({ hash: hex({ ...payload, app_state: 'groupId%3D9367001' }) })!
    expect(fetch).toHaveBeenCalledTimes(3)
    const group = await early.apis.customerGroups.getGroup(9367001, ['id', 'name', 'externalReferenceId'])
    expect(group.data.name).toBe('VIP')
    await early.apis.customerGroups.searchGroups({ keyword: '', offset: 0, limit: 100 })
    await early.apis.customers.searchGroupMembers(9367001, { offset: 0, limit: 100 })
    expect(fetch).toHaveBeenCalledTimes(3)
    // Asking again (Refresh), or for something else, goes to the network.
    await early.apis.customerGroups.getGroup(9367001, ['id', 'name', 'externalReferenceId'])
    await early.apis.customerGroups.getGroup(9367001, ['name'])
    expect(fetch).toHaveBeenCalledTimes(5)
  })

  it('knows which store and token it was made for, without telling the token', () => {
    stubFetch()
    const early = startEarlyRequests({ hash: hex(payload) })!
    expect(early.isFor(1003, 'secret_abcdefgh')).toBe(true)
    expect(early.isFor(1003, 'secret_other')).toBe(false)
    expect(JSON.stringify(early)).not.toContain('secret_abcdefgh')
  })

  it('starts nothing without a readable payload', () => {
    const fetch = stubFetch()
    expect(startEarlyRequests({ hash: '' })).toBeNull()
    expect(startEarlyRequests({ hash: hex({ store_id: 'x' }) })).toBeNull()
    expect(fetch).not.toHaveBeenCalled()
  })
})
