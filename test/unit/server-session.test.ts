// @vitest-environment node
// Node's Web Crypto, as the app's server (server/) runs on: the exchange is tested against it.
import { describe, expect, it, vi } from 'vitest'
import { createStoreApis } from '@/api/store-apis'
import {
  addressWithoutPayload,
  appStateIn,
  encryptedPayloadIn,
  exchangePayload,
  SERVER_API_BASE,
} from '@/boot/server-session'
import { encryptPayloadForTests } from '../../server/encrypt-payload'
import { createHandler } from '../../server/handler'

const SECRET = 'client-secret-for-the-session-test'
const TOKEN = 'secret_ab4Fh9Kq2Lm7Np3Rs6Tv8Wx1Yz5Ccd'
const payload = { store_id: 1003, access_token: TOKEN, lang: 'de_DE', view_mode: 'INLINE', app_state: 'groupId%3D5' }

/** The app's server, with Ecwid behind it answering one group. */
function appServer() {
  const upstream = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify({ id: 5, name: 'Wholesale' }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
  )
  const handler = createHandler({ clientSecret: SECRET, apiBase: 'https://app.ecwid.com/api/v3', fetch: upstream })
  /** Every answer the browser got, as it got it. */
  const received: Response[] = []
  const browserFetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await handler.fetch(new Request(new URL(String(input), 'http://127.0.0.1:8080/'), init))
    received.push(response.clone())
    return response
  })
  return { upstream, browserFetch, received }
}

describe('enhanced-security mode in the app', () => {
  it('finds the encrypted payload in the query, and takes it out of the address, keeping the rest', () => {
    expect(encryptedPayloadIn('?payload=abc_DEF-1&app_state=groupId%3D5&cache-killer=9')).toBe('abc_DEF-1')
    expect(encryptedPayloadIn('')).toBeNull()
    expect(encryptedPayloadIn('?payload=')).toBeNull()
    // Exactly as written: re-encoding would turn %20 into +, ~ into %7E, a stray % into %25.
    const address = (search: string) => addressWithoutPayload({ pathname: '/', search, hash: '#x' })
    expect(address('?payload=abc&app_state=groupId%3D5%20x~&cache-killer=9')).toBe(
      '/?app_state=groupId%3D5%20x~&cache-killer=9#x',
    )
    expect(address('?app_state=a&payload=abc')).toBe('/?app_state=a#x')
    expect(address('?payload=abc')).toBe('/#x')
    expect(address('?payloads=1&payload=abc')).toBe('/?payloads=1#x')
  })

  it('reads the deep link beside the payload still URL-encoded once, for parseDeepLink to decode', () => {
    expect(appStateIn('?payload=abc&app_state=groupId%3D5%26responseFields%3Dname&cache-killer=9')).toBe(
      'groupId%3D5%26responseFields%3Dname',
    )
    expect(appStateIn('?payload=abc&app_state=&cache-killer=9')).toBeNull()
    expect(appStateIn('?payload=abc')).toBeNull()
  })

  it('prefers the deep link in the query to the payload’s own, and asks the server once', async () => {
    const { browserFetch } = appServer()
    vi.stubGlobal('fetch', browserFetch)
    try {
      const { startServerSession, serverSession } = await import('@/boot/server-session')
      const encrypted = await encryptPayloadForTests({ ...payload, app_state: 'groupId%3D1' }, SECRET)
      const first = startServerSession(encrypted, 'groupId%3D9367001')
      expect(startServerSession(encrypted, 'groupId%3D2')).toBe(first)
      expect(serverSession()).toBe(first)
      expect(await first).toMatchObject({ ok: true, session: { appState: 'groupId%3D9367001' } })
      expect(browserFetch).toHaveBeenCalledOnce()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('opens the store through the app’s server, and no answer the browser gets holds the token', async () => {
    const { upstream, browserFetch, received } = appServer()
    const result = await exchangePayload(await encryptPayloadForTests(payload, SECRET), browserFetch)
    expect(result).toMatchObject({
      ok: true,
      session: { storeId: 1003, lang: 'de', viewMode: 'INLINE', appState: 'groupId%3D5' },
    })
    if (!result.ok) return
    expect(result.session.credential).not.toContain(TOKEN)

    // The app's reads go to the server with the sealed session, and reach Ecwid with the token.
    vi.stubGlobal('fetch', browserFetch)
    const apis = createStoreApis(SERVER_API_BASE, 1003, result.session.credential)
    const group = await apis.customerGroups.getGroup(5, ['id', 'name', 'externalReferenceId'])
    expect(group.data.name).toBe('Wholesale')
    expect(String(browserFetch.mock.calls[1]?.[0])).toMatch(
      /^http:\/\/localhost\/api\/ecwid\/v3\/1003\/customer_groups\/5/,
    )
    expect(new Headers(upstream.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe(`Bearer ${TOKEN}`)

    vi.unstubAllGlobals()
    expect(received).toHaveLength(2)
    for (const response of received) {
      const seen = [...response.headers].join('\n') + (await response.text())
      expect(seen).not.toContain(TOKEN)
    }
  })

  it('reads a payload the server refuses as a damaged one, and one without a store as incomplete', async () => {
    const { browserFetch } = appServer()
    expect(
      await exchangePayload(await encryptPayloadForTests(payload, 'another-apps-secret-0000'), browserFetch),
    ).toEqual({
      ok: false,
      problem: 'corrupt-payload',
    })
    expect(await exchangePayload('not base64 at all!', browserFetch)).toEqual({ ok: false, problem: 'corrupt-payload' })
    expect(
      await exchangePayload(await encryptPayloadForTests({ ...payload, store_id: 'x' }, SECRET), browserFetch),
    ).toEqual({ ok: false, problem: 'invalid-payload' })
  })

  it.each([
    ['a static host without the server (404)', async () => new Response('Not found', { status: 404 })],
    ['an HTML page where JSON was expected', async () => new Response('<!doctype html><p>hi', { status: 200 })],
    ['a server error', async () => new Response('{"errorMessage":"x"}', { status: 500 })],
    ['an answer without a session', async () => new Response('{"storeId":1003}', { status: 200 })],
    ['no connection', async () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('explains %s as the server not answering', async (_name, fetchImpl) => {
    expect(await exchangePayload('abc', fetchImpl as typeof fetch)).toEqual({ ok: false, problem: 'encrypted-payload' })
  })
})
