// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import worker, { bindingsProblem, type WorkerEnv } from '../../../server/cloudflare-worker.ts'
import { encryptPayloadForTests } from '../../../server/encrypt-payload.ts'
import { ACCESS_TOKEN, CLIENT_SECRET, PAYLOAD_JSON, STORE_ID, tokenForms } from './server-fixtures.ts'

const BUILD_POLICY = "default-src 'none'; script-src 'self'; connect-src https://app.ecwid.com; base-uri 'none'"

/** Workers Static Assets as the Worker sees it: dist/ with the headers of dist/_headers. */
const assetRequests: string[] = []
const env: WorkerEnv = {
  ECWID_CLIENT_SECRET: CLIENT_SECRET,
  ASSETS: {
    fetch: async (request) => {
      assetRequests.push(new URL(request.url).pathname)
      return new Response('<!doctype html><title>Customer groups</title>', {
        headers: {
          'Content-Type': 'text/html',
          'Content-Security-Policy': BUILD_POLICY,
          'Referrer-Policy': 'no-referrer',
        },
      })
    },
  },
}

describe('the Cloudflare Worker entry', () => {
  it('serves the app from its assets with the build’s headers, connect-src narrowed to itself', async () => {
    const response = await worker.fetch(new Request('https://app.example/?payload=abc'), env)
    expect(await response.text()).toContain('Customer groups')
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(response.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; script-src 'self'; connect-src 'self'; base-uri 'none'",
    )
  })

  it('answers /api with the handler, and never asks the assets for it', async () => {
    assetRequests.length = 0
    const payload = await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET)
    const response = await worker.fetch(
      new Request('https://app.example/api/session', { method: 'POST', body: JSON.stringify({ payload }) }),
      env,
    )
    expect(response.status).toBe(200)
    const body = await response.text()
    expect(JSON.parse(body)).toMatchObject({ storeId: PAYLOAD_JSON.store_id })
    for (const form of tokenForms()) expect(body).not.toContain(form)
    const unknown = await worker.fetch(new Request('https://app.example/api/ecwid/v3/1003/orders'), env)
    expect(unknown.status).toBe(404)
    expect(assetRequests).toEqual([])
  })
})

/**
 * Cloudflare's fetch, as workerd behaves (seen running the Worker in it): `redirect: 'error'` is a
 * TypeError on every call, and 'manual' hands the redirect back. `answer` is Ecwid's. The proxy
 * asks for 'manual' and refuses a redirect itself, so it works in either runtime.
 */
function workersRuntimeFetch(answer: () => Response) {
  const calls: RequestInit[] = []
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(init ?? {})
    if (init?.redirect === 'error') throw new TypeError('Invalid redirect value, must be one of "follow" or "manual"')
    return answer()
  }
  return { fetch, calls }
}

async function sessionFor(workerEnv: WorkerEnv): Promise<string> {
  const payload = await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET)
  const response = await worker.fetch(
    new Request('https://app.example/api/session', { method: 'POST', body: JSON.stringify({ payload }) }),
    workerEnv,
  )
  return ((await response.json()) as { session: string }).session
}

describe('the Worker’s reads from Ecwid, with Cloudflare’s fetch', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })
  const read = (session: string) =>
    worker.fetch(
      new Request(`https://app.example/api/ecwid/v3/${STORE_ID}/customer_groups`, {
        headers: { Authorization: `Bearer ${session}` },
      }),
      env,
    )

  it('reach Ecwid and come back, though that fetch has no redirect: "error"', async () => {
    const runtime = workersRuntimeFetch(() => Response.json({ total: 0, items: [] }))
    vi.stubGlobal('fetch', runtime.fetch)
    const response = await read(await sessionFor(env))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ total: 0, items: [] })
    expect(runtime.calls.map((init) => new Headers(init.headers).get('Authorization'))).toEqual([
      `Bearer ${ACCESS_TOKEN}`,
    ])
  })

  it('do not follow a redirect, which would carry the token elsewhere: the browser gets a 502', async () => {
    const runtime = workersRuntimeFetch(
      () => new Response(null, { status: 302, headers: { Location: 'https://elsewhere.example/' } }),
    )
    vi.stubGlobal('fetch', runtime.fetch)
    const logged = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const response = await read(await sessionFor(env))
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ errorCode: 'UPSTREAM_UNREACHABLE' })
    expect(runtime.calls).toHaveLength(1)
    expect(logged.mock.calls.join('\n')).not.toContain(ACCESS_TOKEN)
    logged.mockRestore()
  })
})

describe('the Worker’s bindings', () => {
  it('are refused in one line naming the setting, never quoting a secret', () => {
    expect(bindingsProblem({})).toMatch(/^ECWID_CLIENT_SECRET is not set/)
    expect(bindingsProblem({ ECWID_CLIENT_SECRET: 'short-secret' })).toMatch(/^ECWID_CLIENT_SECRET: /)
    expect(bindingsProblem({ ECWID_CLIENT_SECRET: CLIENT_SECRET, SESSION_SECRET: 'too-short-0123' })).toMatch(
      /^SESSION_SECRET/,
    )
    expect(bindingsProblem({ ECWID_CLIENT_SECRET: CLIENT_SECRET, ECWID_API_BASE: 'ftp://example' })).toMatch(
      /^ECWID_API_BASE/,
    )
    expect(bindingsProblem({ ECWID_CLIENT_SECRET: CLIENT_SECRET })).toBeUndefined()
    expect(bindingsProblem({ ECWID_CLIENT_SECRET: 'short-secret' })).not.toContain('short-secret')
  })

  it('that cannot work get the API’s usual 500, and the log says why', async () => {
    vi.resetModules()
    const fresh = (await import('../../../server/cloudflare-worker.ts')).default
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const response = await fresh.fetch(new Request('https://app.example/api/session', { method: 'POST', body: '{}' }), {
      ...env,
      ECWID_CLIENT_SECRET: '',
    })
    expect(response.status).toBe(500)
    expect(await response.json()).toMatchObject({ errorCode: 'INTERNAL_ERROR' })
    expect(logged.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringMatching(/^ECWID_CLIENT_SECRET is not set/),
    ])
    logged.mockRestore()
  })
})
