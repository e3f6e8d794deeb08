// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { encryptPayloadForTests } from '../../../server/encrypt-payload.ts'
import { createHandler, type HandlerConfig } from '../../../server/handler.ts'
import { MAX_UPSTREAM_BODY_BYTES } from '../../../server/proxy.ts'
import {
  ACCESS_TOKEN,
  CLIENT_SECRET,
  encryptLikeEcwid,
  everythingVisible,
  OTHER_CLIENT_SECRET,
  PAYLOAD_JSON,
  STORE_ID,
  tokenForms,
  urlSafe,
} from './server-fixtures.ts'

const APP = 'https://app.example'
const API_BASE = 'https://ecwid.example/api/v3'
const START = Date.UTC(2026, 0, 15, 12, 0, 0)

const GROUPS = { total: 1, count: 1, offset: 0, limit: 100, items: [{ id: 0, name: 'General' }] }

/**
 * The handler with a fake Ecwid behind it: `answer` decides what Ecwid says, every request it
 * received is kept, and so is every log line, to check that none holds a secret.
 */
function setUp(options: { answer?: (request: Request) => Response | Promise<Response> } & Partial<HandlerConfig> = {}) {
  const upstreamRequests: Request[] = []
  const logLines: string[] = []
  let clock = START
  const upstream = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init)
    upstreamRequests.push(request)
    return options.answer ? options.answer(request) : Response.json(GROUPS)
  })
  const handler = createHandler({
    clientSecret: CLIENT_SECRET,
    apiBase: API_BASE,
    fetch: upstream as typeof fetch,
    now: () => clock,
    log: (line) => logLines.push(line),
    ...options,
  })
  const postPayload = (payload: unknown) =>
    handler.fetch(
      new Request(`${APP}/api/session`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ payload }),
      }),
    )
  /** A session as the browser gets it, for the store and token of the payload. */
  const sessionFor = async (json: unknown = PAYLOAD_JSON): Promise<string> => {
    const response = await postPayload(await encryptPayloadForTests(json, CLIENT_SECRET))
    expect(response.status).toBe(200)
    return ((await response.json()) as { session: string }).session
  }
  const get = (path: string, session?: string, init: RequestInit = {}) =>
    handler.fetch(
      new Request(`${APP}${path}`, {
        ...init,
        headers: { ...(session === undefined ? {} : { Authorization: `Bearer ${session}` }), ...init.headers },
      }),
    )
  return {
    handler,
    upstreamRequests,
    logLines,
    advanceClock: (ms: number) => (clock += ms),
    postPayload,
    sessionFor,
    get,
  }
}

async function expectEcwidError(response: Response, status: number, errorCode: string): Promise<string> {
  expect(response.status).toBe(status)
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
  expect(response.headers.get('Cache-Control')).toBe('no-store')
  const body = (await response.json()) as Record<string, unknown>
  expect(Object.keys(body).sort()).toEqual(['errorCode', 'errorMessage'])
  expect(body.errorCode).toBe(errorCode)
  const message = String(body.errorMessage)
  // A sentence for a developer: no stack trace, no file path, no secret.
  expect(message).not.toMatch(/\n|\bat .+\(|\.ts\b|\.js\b/)
  for (const form of tokenForms()) expect(message).not.toContain(form)
  return message
}

describe('POST /api/session', () => {
  it('answers the store, language, view mode and app state with a sealed session, never the token', async () => {
    const { postPayload } = setUp()
    const response = await postPayload(await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET))
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const visible = await everythingVisible(response.clone())
    for (const form of tokenForms()) expect(visible).not.toContain(form)
    const body = (await response.json()) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual(['appState', 'lang', 'session', 'storeId', 'viewMode'])
    // Normalised exactly as the app normalises a payload from the URL fragment.
    expect(body).toMatchObject({ storeId: STORE_ID, lang: 'en', viewMode: 'INLINE', appState: 'groupId%3D7' })
    expect(body.session).toMatch(/^[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+$/)
  })

  it('says no app state as null', async () => {
    const { postPayload } = setUp()
    const { app_state: _dropped, ...withoutState } = PAYLOAD_JSON
    const response = await postPayload(await encryptPayloadForTests(withoutState, CLIENT_SECRET))
    expect(await response.json()).toMatchObject({ appState: null })
  })

  const encrypted = encryptLikeEcwid(JSON.stringify(PAYLOAD_JSON))
  const tampered = Buffer.from(encrypted)
  tampered[tampered.length - 20] = tampered[tampered.length - 20]! ^ 0x10
  const badlyPadded = encryptLikeEcwid(Buffer.concat([Buffer.from('{"store_id":1003}'), Buffer.alloc(15, 0)]), {
    autoPadding: false,
  })

  it.each([
    ['not base64', 'this is not base64!', 'PAYLOAD_NOT_BASE64'],
    ['too short for an IV', urlSafe(encrypted.subarray(0, 12)), 'PAYLOAD_WRONG_LENGTH'],
    ['an IV without a block', urlSafe(encrypted.subarray(0, 16)), 'PAYLOAD_WRONG_LENGTH'],
    ['tampered', urlSafe(tampered), 'PAYLOAD_UNDECRYPTABLE'],
    [
      'encrypted with another app’s secret',
      urlSafe(encryptLikeEcwid(JSON.stringify(PAYLOAD_JSON), { secret: OTHER_CLIENT_SECRET })),
      'PAYLOAD_UNDECRYPTABLE',
    ],
    ['badly padded', urlSafe(badlyPadded), 'PAYLOAD_UNDECRYPTABLE'],
    ['not JSON', urlSafe(encryptLikeEcwid('store_id=1003')), 'PAYLOAD_UNDECRYPTABLE'],
    ['JSON but not an object', urlSafe(encryptLikeEcwid('[1003]')), 'INVALID_PAYLOAD'],
    ['without store_id', urlSafe(encryptLikeEcwid(JSON.stringify({ access_token: ACCESS_TOKEN }))), 'INVALID_PAYLOAD'],
    ['without access_token', urlSafe(encryptLikeEcwid(JSON.stringify({ store_id: STORE_ID }))), 'INVALID_PAYLOAD'],
    [
      'with a store_id that is a string',
      urlSafe(encryptLikeEcwid(JSON.stringify({ ...PAYLOAD_JSON, store_id: '1003' }))),
      'INVALID_PAYLOAD',
    ],
    [
      'with a token that cannot go in a header',
      urlSafe(encryptLikeEcwid(JSON.stringify({ ...PAYLOAD_JSON, access_token: 'secret_a b' }))),
      'INVALID_PAYLOAD',
    ],
  ])('answers 400 to a payload %s, and gives no session', async (_case, payload, errorCode) => {
    const { postPayload, logLines } = setUp()
    await expectEcwidError(await postPayload(payload), 400, errorCode)
    expect(logLines).toEqual([])
  })

  it.each([
    ['no body', undefined],
    ['a body that is not JSON', 'payload=abc'],
    ['a JSON array', '["abc"]'],
    ['no payload field', '{"data":"abc"}'],
    ['a payload that is not a string', '{"payload":42}'],
    ['an empty payload', '{"payload":""}'],
  ])('answers 400 to %s', async (_case, body) => {
    const { handler } = setUp()
    const response = await handler.fetch(new Request(`${APP}/api/session`, { method: 'POST', body }))
    await expectEcwidError(response, 400, 'INVALID_REQUEST')
  })

  it('answers 413 to a body far larger than any payload', async () => {
    const { postPayload } = setUp()
    await expectEcwidError(await postPayload('A'.repeat(100_000)), 413, 'BODY_TOO_LARGE')
  })
})

describe('GET /api/ecwid/v3/…: the proxy', () => {
  it('forwards to Ecwid with the real token and the same query, and passes back status, type and body', async () => {
    const { sessionFor, get, upstreamRequests } = setUp()
    const session = await sessionFor()
    const response = await get(`/api/ecwid/v3/${STORE_ID}/customer_groups?keyword=VIP&offset=0&limit=100`, session, {
      headers: { Cookie: 'tracking=1', 'X-Forwarded-For': '203.0.113.9' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(await response.json()).toEqual(GROUPS)
    expect(upstreamRequests).toHaveLength(1)
    const upstream = upstreamRequests[0]!
    expect(upstream.method).toBe('GET')
    expect(upstream.url).toBe(`${API_BASE}/${STORE_ID}/customer_groups?keyword=VIP&offset=0&limit=100`)
    expect(upstream.headers.get('Authorization')).toBe(`Bearer ${ACCESS_TOKEN}`)
    // Nothing of the browser's request goes on to Ecwid: not the session, not its cookies.
    expect([...upstream.headers.keys()].sort()).toEqual(['accept', 'authorization'])
  })

  it.each([
    [
      'one group (General, ID 0)',
      `/api/ecwid/v3/${STORE_ID}/customer_groups/0?responseFields=id,name`,
      '/customer_groups/0?responseFields=id,name',
    ],
    [
      'a group ID written with an encoded digit, as the plain ID (the upstream path is rebuilt from it)',
      `/api/ecwid/v3/${STORE_ID}/customer_groups/%37`,
      '/customer_groups/7',
    ],
    [
      'a group’s members',
      `/api/ecwid/v3/${STORE_ID}/customers?customerGroupIds=7&limit=1`,
      '/customers?customerGroupIds=7&limit=1',
    ],
    [
      'the store’s currency',
      `/api/ecwid/v3/${STORE_ID}/profile?responseFields=formatsAndUnits(currency,currencyPrecision)`,
      '/profile?responseFields=formatsAndUnits(currency,currencyPrecision)',
    ],
  ])('forwards %s', async (_case, path, upstreamPath) => {
    const { sessionFor, get, upstreamRequests } = setUp()
    expect((await get(path, await sessionFor())).status).toBe(200)
    expect(upstreamRequests.map((request) => request.url)).toEqual([`${API_BASE}/${STORE_ID}${upstreamPath}`])
  })

  it('passes back Ecwid’s errors, Retry-After included, and no other header of Ecwid’s', async () => {
    const rateLimited = { errorMessage: 'Too many requests', errorCode: 'RATE_LIMITED' }
    const { sessionFor, get } = setUp({
      answer: () =>
        Response.json(rateLimited, {
          status: 429,
          headers: {
            'Retry-After': '12',
            'Set-Cookie': 'ecwid_session=abc; HttpOnly',
            'X-Echo-Authorization': `Bearer ${ACCESS_TOKEN}`,
            'Access-Control-Allow-Origin': '*',
            Server: 'ecwid',
          },
        }),
    })
    const response = await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, await sessionFor())
    expect(response.status).toBe(429)
    expect(response.headers.get('Retry-After')).toBe('12')
    expect(await response.clone().json()).toEqual(rateLimited)
    expect([...response.headers.keys()].sort()).toEqual([
      'cache-control',
      'content-type',
      'retry-after',
      'x-content-type-options',
    ])
    const visible = await everythingVisible(response)
    for (const form of tokenForms()) expect(visible).not.toContain(form)
  })

  it('passes back an empty 403 from Ecwid (a revoked token) as it came', async () => {
    const { sessionFor, get } = setUp({ answer: () => new Response(null, { status: 403 }) })
    const response = await get(`/api/ecwid/v3/${STORE_ID}/customers`, await sessionFor())
    expect(response.status).toBe(403)
    expect(await response.text()).toBe('')
  })

  it('shows the browser nothing that holds the token, in any header or the body', async () => {
    const { sessionFor, get } = setUp()
    const response = await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, await sessionFor())
    const visible = await everythingVisible(response)
    expect(visible).toContain('General')
    for (const form of tokenForms()) expect(visible).not.toContain(form)
  })

  describe('refuses, without asking Ecwid,', () => {
    it('a request without a session (401)', async () => {
      const { get, upstreamRequests } = setUp()
      await expectEcwidError(await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`), 401, 'SESSION_REQUIRED')
      const basic = await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, undefined, {
        headers: { Authorization: 'Basic dXNlcjpwYXNz' },
      })
      await expectEcwidError(basic, 401, 'SESSION_REQUIRED')
      expect(upstreamRequests).toEqual([])
    })

    it('the access token itself in place of a session (401)', async () => {
      const { get, upstreamRequests } = setUp()
      await expectEcwidError(
        await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, ACCESS_TOKEN),
        401,
        'INVALID_SESSION',
      )
      expect(upstreamRequests).toEqual([])
    })

    it('a session sealed by a server with another secret (401)', async () => {
      const other = setUp({ sessionSecret: 'a-different-session-secret-of-40-characters' })
      const forged = await other.sessionFor()
      const { get, upstreamRequests } = setUp()
      await expectEcwidError(await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, forged), 401, 'INVALID_SESSION')
      expect(upstreamRequests).toEqual([])
    })

    it('an altered session (401)', async () => {
      const { sessionFor, get, upstreamRequests } = setUp()
      const session = await sessionFor()
      const altered = session.slice(0, -6) + (session.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA')
      await expectEcwidError(await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, altered), 401, 'INVALID_SESSION')
      expect(upstreamRequests).toEqual([])
    })

    it('a session older than an hour (401), which worked until then', async () => {
      const { sessionFor, get, advanceClock, upstreamRequests } = setUp()
      const session = await sessionFor()
      advanceClock(59 * 60 * 1000)
      expect((await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, session)).status).toBe(200)
      advanceClock(2 * 60 * 1000)
      const message = await expectEcwidError(
        await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, session),
        401,
        'SESSION_EXPIRED',
      )
      expect(message).toMatch(/reopen the app/)
      expect(upstreamRequests).toHaveLength(1)
    })

    it('a session of store 1003 used on store 2000 (403)', async () => {
      const { sessionFor, get, upstreamRequests } = setUp()
      const session = await sessionFor()
      await expectEcwidError(await get('/api/ecwid/v3/2000/customer_groups', session), 403, 'STORE_MISMATCH')
      await expectEcwidError(
        await get('/api/ecwid/v3/2000/customers?customerGroupIds=1', session),
        403,
        'STORE_MISMATCH',
      )
      expect(upstreamRequests).toEqual([])
    })
  })

  describe('is an allowlist: 404 for anything else under /api, even with a valid session', () => {
    const paths = [
      `/api/ecwid/v3/${STORE_ID}/orders`,
      `/api/ecwid/v3/${STORE_ID}/profile/extrafields`,
      `/api/ecwid/v3/${STORE_ID}`,
      `/api/ecwid/v3/${STORE_ID}/customer_groups/`,
      `/api/ecwid/v3/${STORE_ID}/customer_groups/abc`,
      `/api/ecwid/v3/${STORE_ID}/customer_groups/-1`,
      `/api/ecwid/v3/${STORE_ID}/customer_groups/7/members`,
      `/api/ecwid/v3/${STORE_ID}/customers/42`,
      `/api/ecwid/v3/store/customer_groups`,
      `/api/v3/${STORE_ID}/customer_groups`,
      `/api/ecwid/v2/${STORE_ID}/customer_groups`,
      '/api/anything',
      '/api/',
      '/',
      // Path traversal: resolved by URL parsing before routing, or left encoded and unmatched.
      `/api/ecwid/v3/${STORE_ID}/../../x`,
      `/api/ecwid/v3/${STORE_ID}/customer_groups/../../orders`,
      `/api/ecwid/v3/${STORE_ID}/customer_groups/%2e%2e/orders`,
      `/api/ecwid/v3/${STORE_ID}/customer_groups%2F..%2F..%2Forders`,
      `/api/ecwid/v3/${STORE_ID}%2Fcustomer_groups`,
      `/api/ecwid/v3/${STORE_ID}/customers%2F..%2Forders`,
      `/api/ecwid/v3/${STORE_ID}/customer_groups/7%2F..%2F..%2Forders`,
      `/api/ecwid/v3/${STORE_ID}//customer_groups`,
      `/api/ecwid/v3/${STORE_ID}/customer_groups\\..\\orders`,
    ]
    it.each(paths)('GET %s', async (path) => {
      const { sessionFor, get, upstreamRequests } = setUp()
      await expectEcwidError(await get(path, await sessionFor()), 404, 'NOT_FOUND')
      expect(upstreamRequests).toEqual([])
    })

    it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])('%s on an allowed path', async (method) => {
      const { sessionFor, handler, upstreamRequests } = setUp()
      const session = await sessionFor()
      const response = await handler.fetch(
        new Request(`${APP}/api/ecwid/v3/${STORE_ID}/customer_groups`, {
          method,
          headers: { Authorization: `Bearer ${session}` },
          ...(method === 'POST' || method === 'PUT' || method === 'PATCH' ? { body: '{"name":"VIP"}' } : {}),
        }),
      )
      expect(response.status).toBe(404)
      expect(upstreamRequests).toEqual([])
    })

    it('GET /api/session', async () => {
      const { get } = setUp()
      await expectEcwidError(await get('/api/session'), 404, 'NOT_FOUND')
    })
  })

  describe('when Ecwid cannot answer', () => {
    it('answers 502 when Ecwid is unreachable, and logs why without the token', async () => {
      const { sessionFor, get, logLines } = setUp({
        answer: () => {
          throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) })
        },
      })
      await expectEcwidError(
        await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, await sessionFor()),
        502,
        'UPSTREAM_UNREACHABLE',
      )
      expect(logLines).toEqual(["Ecwid's API could not be reached (ECONNREFUSED)"])
    })

    it.each([301, 302, 303, 307, 308])(
      'answers 502 to a %i from Ecwid, asks fetch not to follow it, and passes none of it on',
      async (status) => {
        const { sessionFor, get, logLines, upstreamRequests } = setUp({
          answer: () => new Response('moved', { status, headers: { Location: 'https://elsewhere.example/' } }),
        })
        const response = await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, await sessionFor())
        await expectEcwidError(response, 502, 'UPSTREAM_UNREACHABLE')
        expect(response.headers.get('Location')).toBeNull()
        expect(upstreamRequests.map((request) => request.redirect)).toEqual(['manual'])
        expect(logLines).toEqual(["Ecwid's API answered with a redirect: not followed"])
      },
    )

    it('answers 504 when Ecwid does not answer in time', async () => {
      const { sessionFor, get, logLines } = setUp({
        upstreamTimeoutMs: 50,
        answer: (request) =>
          new Promise<Response>((_resolve, reject) =>
            request.signal.addEventListener('abort', () => reject(request.signal.reason)),
          ),
      })
      await expectEcwidError(
        await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, await sessionFor()),
        504,
        'UPSTREAM_TIMEOUT',
      )
      expect(logLines).toEqual(["Ecwid's API did not answer within 50 ms"])
    })

    it('answers 504, not half a body, when Ecwid stalls in the middle of its answer', async () => {
      const { sessionFor, get } = setUp({
        upstreamTimeoutMs: 50,
        answer: (request) => {
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"total":1,'))
              request.signal.addEventListener('abort', () => controller.error(request.signal.reason))
            },
          })
          return new Response(body, { headers: { 'Content-Type': 'application/json' } })
        },
      })
      await expectEcwidError(
        await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, await sessionFor()),
        504,
        'UPSTREAM_TIMEOUT',
      )
    })

    it('answers 502 to a body over 2 MiB sent without a length, and stops reading it there', async () => {
      const chunk = new Uint8Array(64 * 1024).fill(0x20)
      let sent = 0
      let cancelled = false
      const { sessionFor, get, logLines } = setUp({
        // Five megabytes, chunked: only counting what arrives can find it too large.
        answer: () =>
          new Response(
            new ReadableStream<Uint8Array>({
              pull(controller) {
                if (sent >= 5 * 1024 * 1024) return controller.close()
                sent += chunk.byteLength
                controller.enqueue(chunk)
              },
              cancel() {
                cancelled = true
              },
            }),
            { headers: { 'Content-Type': 'application/json' } },
          ),
      })
      const response = await get(`/api/ecwid/v3/${STORE_ID}/customers`, await sessionFor())
      const body = await expectEcwidError(response, 502, 'UPSTREAM_TOO_LARGE')
      expect(body).toMatch(/2 MiB/)
      expect(cancelled).toBe(true)
      // The limit and at most the chunk that crossed it, plus what the stream had queued ahead.
      expect(sent).toBeLessThanOrEqual(MAX_UPSTREAM_BODY_BYTES + 2 * chunk.byteLength)
      expect(logLines).toEqual([`Ecwid's API answered more than ${MAX_UPSTREAM_BODY_BYTES} bytes: refused`])
    })

    it('answers 502 at once to a declared Content-Length over 2 MiB, and aborts the request', async () => {
      let upstreamSignal: AbortSignal | undefined
      let sent = 0
      let cancelled = false
      const { sessionFor, get } = setUp({
        answer: (request) => {
          upstreamSignal = request.signal
          const body = new ReadableStream<Uint8Array>({
            pull(controller) {
              sent += 64 * 1024
              controller.enqueue(new Uint8Array(64 * 1024))
            },
            cancel() {
              cancelled = true
            },
          })
          return new Response(body, { headers: { 'Content-Length': String(5 * 1024 * 1024) } })
        },
      })
      await expectEcwidError(
        await get(`/api/ecwid/v3/${STORE_ID}/customers`, await sessionFor()),
        502,
        'UPSTREAM_TOO_LARGE',
      )
      expect(upstreamSignal?.aborted).toBe(true)
      expect(cancelled).toBe(true)
      // Only the chunk the stream queued by itself when it was made: none was read.
      expect(sent).toBe(64 * 1024)
    })

    it('passes back a body of exactly 2 MiB whole', async () => {
      const big = 'x'.repeat(MAX_UPSTREAM_BODY_BYTES)
      const { sessionFor, get } = setUp({
        answer: () => new Response(big, { headers: { 'Content-Type': 'text/plain' } }),
      })
      const response = await get(`/api/ecwid/v3/${STORE_ID}/customers`, await sessionFor())
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(big)
    })

    it('aborts the request to Ecwid when the browser goes away, and logs nothing', async () => {
      let upstreamSignal: AbortSignal | undefined
      const { sessionFor, get, logLines } = setUp({
        answer: (request) =>
          new Promise<Response>((_resolve, reject) => {
            upstreamSignal = request.signal
            request.signal.addEventListener('abort', () => reject(request.signal.reason))
          }),
      })
      const browser = new AbortController()
      const answered = get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, await sessionFor(), {
        signal: browser.signal,
      })
      await vi.waitFor(() => expect(upstreamSignal).toBeDefined())
      expect(upstreamSignal?.aborted).toBe(false)
      browser.abort()
      await answered
      expect(upstreamSignal?.aborted).toBe(true)
      expect(logLines).toEqual([])
    })

    it('answers 500 with a plain message, and logs no message that could quote a secret', async () => {
      let calls = 0
      const { get, logLines, handler } = setUp({
        now: () => {
          calls += 1
          if (calls > 1) throw new Error(`clock broke while holding ${ACCESS_TOKEN}`)
          return START
        },
      })
      const session = await (async () => {
        const response = await handler.fetch(
          new Request(`${APP}/api/session`, {
            method: 'POST',
            body: JSON.stringify({ payload: await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET) }),
          }),
        )
        return ((await response.json()) as { session: string }).session
      })()
      await expectEcwidError(await get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, session), 500, 'INTERNAL_ERROR')
      expect(logLines).toEqual(['Unexpected error in the API handler: Error'])
    })
  })
})

describe('createHandler', () => {
  it.each([
    ['a client secret shorter than 16 characters', { clientSecret: 'short' }, /ECWID_CLIENT_SECRET/],
    ['a session secret shorter than 32 characters', { sessionSecret: 'too-short' }, /SESSION_SECRET/],
    ['an API base that is not an http(s) address', { apiBase: 'app.ecwid.com/api/v3' }, /ECWID_API_BASE/],
    ['an upstream timeout of 0 ms', { upstreamTimeoutMs: 0 }, /UPSTREAM_TIMEOUT_MS/],
    ['an upstream timeout that is not a number', { upstreamTimeoutMs: Number.NaN }, /UPSTREAM_TIMEOUT_MS/],
    ['an upstream timeout over five minutes', { upstreamTimeoutMs: 300_001 }, /UPSTREAM_TIMEOUT_MS/],
  ])('refuses %s, naming the setting', (_case, override, message) => {
    expect(() => createHandler({ clientSecret: CLIENT_SECRET, apiBase: API_BASE, ...override })).toThrow(message)
  })

  it('seals with SESSION_SECRET when given: a session from the client-secret key is then refused', async () => {
    const withClientSecret = setUp()
    const session = await withClientSecret.sessionFor()
    const withSessionSecret = setUp({ sessionSecret: 'a-session-secret-of-at-least-32-characters' })
    await expectEcwidError(
      await withSessionSecret.get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, session),
      401,
      'INVALID_SESSION',
    )
    expect(
      (await withSessionSecret.get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, await withSessionSecret.sessionFor()))
        .status,
    ).toBe(200)
  })

  it('lets any instance with the same secrets open a session another one sealed (no server state)', async () => {
    const first = setUp()
    const second = setUp()
    const response = await second.get(`/api/ecwid/v3/${STORE_ID}/customer_groups`, await first.sessionFor())
    expect(response.status).toBe(200)
  })

  it('takes an API base with a trailing slash', async () => {
    const { sessionFor, get, upstreamRequests } = setUp({ apiBase: `${API_BASE}/` })
    await get(`/api/ecwid/v3/${STORE_ID}/customers`, await sessionFor())
    expect(upstreamRequests[0]?.url).toBe(`${API_BASE}/${STORE_ID}/customers`)
  })
})
