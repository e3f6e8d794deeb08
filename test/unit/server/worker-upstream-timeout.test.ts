// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WorkerEnv } from '../../../server/cloudflare-worker.ts'
import { encryptPayloadForTests } from '../../../server/encrypt-payload.ts'
import { CLIENT_SECRET, PAYLOAD_JSON, STORE_ID } from './server-fixtures.ts'

const APP = 'https://app.example'

/** A fresh Worker module each time: it keeps its handler, made with the first request's env. */
async function freshWorker() {
  vi.resetModules()
  return (await import('../../../server/cloudflare-worker.ts')).default
}

const env = (extra: Partial<WorkerEnv>): WorkerEnv => ({
  ECWID_CLIENT_SECRET: CLIENT_SECRET,
  ECWID_API_BASE: 'https://ecwid.example/api/v3',
  ASSETS: { fetch: async () => new Response('not used', { status: 500 }) },
  ...extra,
})

afterEach(() => vi.unstubAllGlobals())

describe('the Worker’s UPSTREAM_TIMEOUT_MS', () => {
  it('bounds how long Ecwid may take, as under npm start', async () => {
    // An Ecwid that never answers: only the timeout ends the request.
    vi.stubGlobal(
      'fetch',
      (_input: unknown, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    )
    const worker = await freshWorker()
    const workerEnv = env({ UPSTREAM_TIMEOUT_MS: '60' })
    const payload = await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET)
    const started = await worker.fetch(
      new Request(`${APP}/api/session`, { method: 'POST', body: JSON.stringify({ payload }) }),
      workerEnv,
    )
    const { session } = (await started.json()) as { session: string }
    const before = performance.now()
    const response = await worker.fetch(
      new Request(`${APP}/api/ecwid/v3/${STORE_ID}/customer_groups`, {
        headers: { Authorization: `Bearer ${session}` },
      }),
      workerEnv,
    )
    const waited = performance.now() - before
    expect(response.status).toBe(504)
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('UPSTREAM_TIMEOUT')
    // 60 ms, not the default 20 s (vitest would give up long before).
    expect(waited).toBeGreaterThanOrEqual(55)
    expect(waited).toBeLessThan(2_000)
  })

  it('refuses a value that is not whole milliseconds: 500 for the browser, a line naming it for the log', async () => {
    const worker = await freshWorker()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const response = await worker.fetch(
      new Request(`${APP}/api/session`, { method: 'POST', body: '{}' }),
      env({ UPSTREAM_TIMEOUT_MS: '1e3' }),
    )
    expect(response.status).toBe(500)
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe('INTERNAL_ERROR')
    expect(logged.mock.calls).toEqual([
      [expect.stringMatching(/^UPSTREAM_TIMEOUT_MS, when set, must be a whole number/)],
    ])
    logged.mockRestore()
  })
})
