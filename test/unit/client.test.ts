import { describe, expect, it, vi } from 'vitest'
import { createEcwidClient, type EcwidClientConfig } from '@/api/client'
import { parseCustomerGroup } from '@/api/customer-groups'
import { BODY_EXCERPT_LIMIT, EcwidApiError } from '@/api/errors'

const TOKEN = 'secret_ab4Fh9Kq2Lm7Np3Rs6Tv8Wx1Yz5Ccd'

interface Scripted {
  status: number
  body?: string
  headers?: Record<string, string>
}

/** A fetch that answers from a script, one entry per call, and records what it was asked. */
function scriptedFetch(...answers: (Scripted | 'network-error')[]) {
  const calls: { url: string; init: RequestInit }[] = []
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} })
    const answer = answers.shift()
    if (answer === undefined) throw new Error('More calls than scripted')
    if (answer === 'network-error') throw new TypeError('Failed to fetch')
    return new Response(answer.body ?? '', { status: answer.status, headers: answer.headers })
  })
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls }
}

function client(fetch: typeof globalThis.fetch, extra: Partial<EcwidClientConfig> = {}) {
  const delays: number[] = []
  const instance = createEcwidClient({
    apiBase: 'https://app.ecwid.com/api/v3',
    storeId: 1003,
    authorization: `Bearer ${TOKEN}`,
    fetch,
    sleep: async (ms) => {
      delays.push(ms)
    },
    ...extra,
  })
  return { instance, delays }
}

const asIs = (json: unknown) => json

describe('the REST client', () => {
  it('sends the token in the Authorization header and never in the URL', async () => {
    const { fetch, calls } = scriptedFetch({ status: 200, body: '{"id":0,"name":"General"}' })
    const { instance } = client(fetch)
    const response = await instance.get({ path: '/customer_groups/0', query: { responseFields: 'name' } }, asIs)
    expect(response.data).toEqual({ id: 0, name: 'General' })
    expect(calls[0]!.url).toBe('https://app.ecwid.com/api/v3/1003/customer_groups/0?responseFields=name')
    expect(calls[0]!.url).not.toContain(TOKEN)
    expect(new Headers(calls[0]!.init.headers).get('Authorization')).toBe(`Bearer ${TOKEN}`)
  })

  it('quotes every part of the cURL command for the shell, a quote in the URL included', () => {
    const { instance } = client(scriptedFetch().fetch, { apiBase: "https://proxy.example/it's/api/v3" })
    const { curl } = instance.describe({ path: '/customer_groups/1' })
    expect(curl.split(' \\\n  ')).toEqual([
      "curl 'https://proxy.example/it'\\''s/api/v3/1003/customer_groups/1'",
      "-H 'Authorization: Bearer secret_ab***cd'",
      "-H 'Accept: application/json'",
    ])
  })

  it('describes a request with the token masked, safe to show and copy', () => {
    const { instance } = client(scriptedFetch().fetch)
    const description = instance.describe({
      path: '/customer_groups/9367001',
      query: { responseFields: 'total,items(id,name)' },
    })
    expect(description.pathAndQuery).toBe('/api/v3/1003/customer_groups/9367001?responseFields=total,items(id,name)')
    expect(description.curl).toContain("-H 'Authorization: Bearer secret_ab***cd'")
    expect(description.curl).not.toContain(TOKEN)
  })

  it('leaves out query parameters that are undefined', () => {
    const { instance } = client(scriptedFetch().fetch)
    expect(instance.describe({ path: '/customer_groups/1', query: { responseFields: undefined } }).pathAndQuery).toBe(
      '/api/v3/1003/customer_groups/1',
    )
  })

  it('reports status, size in bytes (not characters) and attempts of the answer', async () => {
    const { fetch } = scriptedFetch({ status: 200, body: '{"name":"Großhändler"}' })
    const response = await client(fetch).instance.get({ path: '/customer_groups/2' }, asIs)
    expect(response).toMatchObject({ status: 200, sizeBytes: 24, attempts: 1 })
  })

  it('waits Retry-After on a 429, then succeeds', async () => {
    const { fetch, calls } = scriptedFetch(
      { status: 429, headers: { 'Retry-After': '3' }, body: '{"errorCode":"RATE_LIMITED"}' },
      { status: 200, body: '{}' },
    )
    const { instance, delays } = client(fetch)
    const response = await instance.get({ path: '/customer_groups/1' }, asIs)
    expect(calls).toHaveLength(2)
    expect(delays).toEqual([3000])
    expect(response.attempts).toBe(2)
  })

  it('gives up on a 429 after two retries', async () => {
    const limited = { status: 429, headers: { 'Retry-After': '1' } }
    const { fetch, calls } = scriptedFetch(limited, limited, limited)
    await expect(client(fetch).instance.get({ path: '/customer_groups/1' }, asIs)).rejects.toMatchObject({
      kind: 'rate-limited',
    })
    expect(calls).toHaveLength(3)
  })

  it('does not wait when a 429 asks for more than 60 s', async () => {
    const { fetch, calls } = scriptedFetch({ status: 429, headers: { 'Retry-After': '120' } })
    const { instance, delays } = client(fetch)
    await expect(instance.get({ path: '/customer_groups/1' }, asIs)).rejects.toMatchObject({ kind: 'rate-limited' })
    expect(calls).toHaveLength(1)
    expect(delays).toEqual([])
  })

  it('waits 2 s, then 4 s, on a 429 whose Retry-After the browser hides, and says so before each wait', async () => {
    const limited = { status: 429, body: '{"errorCode":"RATE_LIMITED"}' }
    const { fetch } = scriptedFetch(limited, limited, { status: 200, body: '{}' })
    const { instance, delays } = client(fetch)
    const waits: { kind: string; delayMs: number }[] = []
    await instance.get(
      {
        path: '/customer_groups/1',
        onRetryWait: ({ failure, delayMs }) => waits.push({ kind: failure.kind, delayMs }),
      },
      asIs,
    )
    expect(delays).toEqual([2000, 4000])
    expect(waits).toEqual([
      { kind: 'rate-limited', delayMs: 2000 },
      { kind: 'rate-limited', delayMs: 4000 },
    ])
  })

  it('names the wait in the failure when a readable Retry-After asks for more than 60 s', async () => {
    const { fetch } = scriptedFetch({ status: 429, headers: { 'Retry-After': '120' } })
    await expect(client(fetch).instance.get({ path: '/customer_groups/1' }, asIs)).rejects.toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 120,
    })
  })

  it('refuses an answer over 2 MB instead of parsing and rendering it', async () => {
    const huge = `{"items":[${'"x",'.repeat(600_000)}"x"]}`
    const { fetch } = scriptedFetch({ status: 200, body: huge })
    await expect(client(fetch).instance.get({ path: '/customer_groups' }, asIs)).rejects.toMatchObject({
      kind: 'invalid-response',
      status: 200,
      reason: { code: 'too-large', megabytes: 2 },
    })
    // Counted in bytes, not characters: 1.2 million two-byte characters are 2.4 MB.
    const { fetch: wide } = scriptedFetch({ status: 200, body: `"${'é'.repeat(1_200_000)}"` })
    await expect(client(wide).instance.get({ path: '/customer_groups' }, asIs)).rejects.toMatchObject({
      reason: { code: 'too-large', megabytes: 2 },
    })
    const { fetch: announced } = scriptedFetch({
      status: 200,
      body: '{}',
      headers: { 'Content-Length': String(3 * 1024 * 1024) },
    })
    await expect(client(announced).instance.get({ path: '/customer_groups' }, asIs)).rejects.toMatchObject({
      reason: { code: 'too-large', megabytes: 2 },
    })
  })

  it('retries a 500 and a network error with backoff', async () => {
    const { fetch, calls } = scriptedFetch({ status: 500, body: '{"errorCode":"INTERNAL_ERROR"}' }, 'network-error', {
      status: 200,
      body: '{}',
    })
    const { instance, delays } = client(fetch)
    await instance.get({ path: '/customer_groups/1' }, asIs)
    expect(calls).toHaveLength(3)
    expect(delays).toEqual([500, 1500])
  })

  it.each([
    [400, '{"errorCode":"WRONG_PARAMETER"}', 'bad-request'],
    [402, '{"errorCode":"NOT_AVAILABLE_ON_CURRENT_PLAN"}', 'plan-required'],
    [403, '{"errorCode":"INSUFFICIENT_APP_SCOPE"}', 'missing-scope'],
    [403, '', 'invalid-token'],
    [404, '{"errorMessage":"Customer group #5 not found"}', 'not-found'],
  ])('does not retry HTTP %i (%s)', async (status, body, kind) => {
    const { fetch, calls } = scriptedFetch({ status, body })
    await expect(client(fetch).instance.get({ path: '/customer_groups/5' }, asIs)).rejects.toMatchObject({
      kind,
      status,
    })
    expect(calls).toHaveLength(1)
  })

  it('reports HTML where JSON was expected as an unreadable answer', async () => {
    const { fetch } = scriptedFetch({ status: 200, body: '<!doctype html><h1>Maintenance</h1>' })
    await expect(client(fetch).instance.get({ path: '/customer_groups/5' }, asIs)).rejects.toMatchObject({
      kind: 'invalid-response',
    })
  })

  it('passes a validator’s refusal on', async () => {
    const { fetch } = scriptedFetch({ status: 200, body: '[]' })
    const refuse = () => {
      throw new EcwidApiError({ kind: 'invalid-response' })
    }
    await expect(client(fetch).instance.get({ path: '/customer_groups/5' }, refuse)).rejects.toMatchObject({
      kind: 'invalid-response',
    })
  })

  it('times out a request that never answers', async () => {
    const hang = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
        ),
    )
    const { instance } = client(hang as unknown as typeof fetch, { timeoutMs: 20 })
    await expect(instance.get({ path: '/customer_groups/5' }, asIs)).rejects.toMatchObject({ kind: 'timeout' })
    expect(hang).toHaveBeenCalledTimes(1)
  })

  it('aborts when the caller aborts, as an AbortError rather than an API error', async () => {
    const hang = (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      )
    const { instance } = client(hang as unknown as typeof fetch)
    const controller = new AbortController()
    const pending = instance.get({ path: '/customer_groups/5', signal: controller.signal }, asIs)
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('does not retry once the caller has aborted during the wait', async () => {
    const { fetch, calls } = scriptedFetch({ status: 500 }, { status: 200, body: '{}' })
    const controller = new AbortController()
    const { instance } = client(fetch, {
      sleep: async () => {
        controller.abort()
      },
    })
    await expect(instance.get({ path: '/customer_groups/5', signal: controller.signal }, asIs)).rejects.toMatchObject({
      name: 'AbortError',
    })
    expect(calls).toHaveLength(1)
  })

  describe('an answer it cannot use', () => {
    const maintenancePage = '<!doctype html><title>Maintenance</title><h1>Back soon</h1>'

    it('fails a 200 with an HTML body as an invalid response, with the status and the start of the body', async () => {
      const { fetch } = scriptedFetch({ status: 200, body: maintenancePage })
      await expect(client(fetch).instance.get({ path: '/customer_groups/5' }, asIs)).rejects.toMatchObject({
        kind: 'invalid-response',
        status: 200,
        reason: { code: 'not-json' },
        bodyExcerpt: maintenancePage,
        bodyTruncated: false,
      })
    })

    it(`cuts a body longer than ${BODY_EXCERPT_LIMIT} characters to ${BODY_EXCERPT_LIMIT}, and says it did`, async () => {
      const body = `<html><body>${'Back soon. '.repeat(400)}</body></html>`
      const { fetch } = scriptedFetch({ status: 200, body })
      const failure: EcwidApiError = await client(fetch)
        .instance.get({ path: '/customer_groups/5' }, asIs)
        .then(
          () => expect.fail('an HTML body must not pass'),
          (error: EcwidApiError) => error,
        )
      expect(failure.bodyExcerpt).toHaveLength(BODY_EXCERPT_LIMIT)
      expect(failure.bodyExcerpt).toBe(body.slice(0, BODY_EXCERPT_LIMIT))
      expect(failure.bodyTruncated).toBe(true)
    })

    it('keeps the validator’s reason for JSON of the wrong shape, and adds the status and the body', async () => {
      const { fetch } = scriptedFetch({ status: 200, body: '["VIP"]' })
      await expect(
        client(fetch).instance.get({ path: '/customer_groups/5' }, parseCustomerGroup),
      ).rejects.toMatchObject({
        kind: 'invalid-response',
        reason: { code: 'group-not-an-object' },
        status: 200,
        bodyExcerpt: '["VIP"]',
        bodyTruncated: false,
      })
    })

    it('masks the token when an error page echoes the request headers back', async () => {
      const echo = { status: 502, body: `<pre>Authorization: Bearer ${TOKEN}</pre>` }
      const { fetch } = scriptedFetch(echo, echo, echo)
      const failure = await client(fetch)
        .instance.get({ path: '/customer_groups/5' }, asIs)
        .then(
          () => expect.fail('a 502 must fail'),
          (error: EcwidApiError) => error,
        )
      expect(failure.bodyExcerpt).toBe('<pre>Authorization: Bearer secret_ab***cd</pre>')
      const { fetch: fetchOk } = scriptedFetch({ status: 200, body: `not json ${TOKEN}` })
      const unreadable = await client(fetchOk)
        .instance.get({ path: '/customer_groups/5' }, asIs)
        .then(
          () => expect.fail('not JSON must fail'),
          (error: EcwidApiError) => error,
        )
      expect(unreadable.bodyExcerpt).not.toContain(TOKEN)
    })

    it('keeps the start of an HTML error page that came with a 500', async () => {
      const serverError = { status: 500, body: '<html><h1>502 Bad Gateway</h1></html>' }
      const { fetch } = scriptedFetch(serverError, serverError, serverError)
      await expect(client(fetch).instance.get({ path: '/customer_groups/5' }, asIs)).rejects.toMatchObject({
        kind: 'server',
        status: 500,
        bodyExcerpt: '<html><h1>502 Bad Gateway</h1></html>',
      })
    })

    it('shows no body excerpt for a 404 that came with Ecwid’s JSON error body', async () => {
      const { fetch } = scriptedFetch({ status: 404, body: '{"errorMessage":"Customer group #5 not found"}' })
      const failure: EcwidApiError = await client(fetch)
        .instance.get({ path: '/customer_groups/5' }, asIs)
        .then(
          () => expect.fail('a 404 must not pass'),
          (error: EcwidApiError) => error,
        )
      expect(failure).toMatchObject({ kind: 'not-found', status: 404, serverMessage: 'Customer group #5 not found' })
      expect(failure.bodyExcerpt).toBeUndefined()
      expect(failure.bodyTruncated).toBeUndefined()
    })
  })
})
