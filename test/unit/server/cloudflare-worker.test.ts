// @vitest-environment node
import { describe, expect, it } from 'vitest'
import worker, { type WorkerEnv } from '../../../server/cloudflare-worker.ts'
import { encryptPayloadForTests } from '../../../server/encrypt-payload.ts'
import { CLIENT_SECRET, PAYLOAD_JSON, tokenForms } from './server-fixtures.ts'

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
