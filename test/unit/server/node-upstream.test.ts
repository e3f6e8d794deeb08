// @vitest-environment node
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { nodeUpstreamFetch } from '../../../server/node-upstream.ts'

/** The proxy's call to Ecwid on Node (node:http, not undici): what fetch gave it, it must give. */
describe('nodeUpstreamFetch', () => {
  let server: Server | undefined
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

  async function upstream(listener: RequestListener): Promise<string> {
    server = createServer(listener)
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  it('sends the method and headers given, and hands back status, headers and body', async () => {
    let seen: { method?: string; url?: string; authorization?: string } = {}
    const base = await upstream((request, response) => {
      seen = { method: request.method, url: request.url, authorization: request.headers.authorization }
      response.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '17' }).end('{"a":1}')
    })
    const answer = await nodeUpstreamFetch(`${base}/api/v3/1/customers?limit=100`, {
      method: 'GET',
      headers: { Authorization: 'Bearer t', Accept: 'application/json' },
    })
    expect(seen).toEqual({ method: 'GET', url: '/api/v3/1/customers?limit=100', authorization: 'Bearer t' })
    expect(answer.status).toBe(429)
    expect(answer.headers.get('Retry-After')).toBe('17')
    expect(await answer.text()).toBe('{"a":1}')
  })

  it('decodes a gzipped body, as fetch does', async () => {
    const body = JSON.stringify({ items: Array.from({ length: 200 }, (_, id) => ({ id })) })
    const base = await upstream((_request, response) =>
      response.writeHead(200, { 'Content-Encoding': 'gzip' }).end(gzipSync(body)),
    )
    expect(await (await nodeUpstreamFetch(`${base}/x`)).text()).toBe(body)
  })

  it('a status no Response can carry (600) rejects as a failed call instead of throwing out of node:http', async () => {
    const base = await upstream((_request, response) => response.writeHead(600).end('odd'))
    await expect(nodeUpstreamFetch(`${base}/x`)).rejects.toThrow(TypeError)
  })

  it('does not follow a redirect: the 302 itself comes back', async () => {
    const base = await upstream((_request, response) =>
      response.writeHead(302, { Location: 'http://127.0.0.1:1/elsewhere' }).end(),
    )
    const answer = await nodeUpstreamFetch(`${base}/x`, { redirect: 'manual' })
    expect(answer.status).toBe(302)
  })

  it('an abort before the answer rejects, and closes the upstream request', async () => {
    let closed!: () => void
    const upstreamClosed = new Promise<void>((resolve) => (closed = resolve))
    const base = await upstream((_request, response) => response.on('close', closed))
    const call = new AbortController()
    const answer = nodeUpstreamFetch(`${base}/x`, { signal: call.signal })
    setTimeout(() => call.abort(), 50)
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' })
    await upstreamClosed
  })

  it('cancelling the body closes the upstream connection', async () => {
    let closed!: () => void
    const upstreamClosed = new Promise<void>((resolve) => (closed = resolve))
    const base = await upstream((_request, response) => {
      response.on('close', closed)
      response.writeHead(200).write('x'.repeat(1024))
    })
    const answer = await nodeUpstreamFetch(`${base}/x`)
    await answer.body!.cancel()
    await upstreamClosed
  })

  it('a refused connection rejects with the system code as its cause, as fetch does', async () => {
    await expect(nodeUpstreamFetch('http://127.0.0.1:1/x')).rejects.toMatchObject({
      name: 'TypeError',
      cause: { code: 'ECONNREFUSED' },
    })
  })

  it('a connection dropped mid-body makes the read fail', async () => {
    const base = await upstream((request, response) => {
      response.writeHead(200, { 'Content-Length': '2048' }).write('x'.repeat(1024))
      setTimeout(() => request.socket.destroy(), 20)
    })
    const answer = await nodeUpstreamFetch(`${base}/x`)
    await expect(answer.text()).rejects.toThrow()
  })
})
