/**
 * A stand-in for Ecwid's REST API, for the server bench: answers the four proxied reads after a
 * fixed latency (150 ms) with the emulator's own bodies, and misbehaves on request, chosen per
 * request by the query parameter `bench` (the proxy passes the query through untouched):
 *
 * - `hang`: never answers; the stand-in reports when the connection closes (the proxy gave up, or
 *   passed on the browser's abort).
 * - `drop`: destroys the socket as soon as the request arrives.
 * - `drop-mid-body`: sends the headers and half the body, then destroys the socket.
 * - `rate-limited`: 429 with `Retry-After: 17`, plus headers a proxy must not pass on (a cookie, an
 *   echo of the token).
 * - `big-chunked`, `big-declared`: a 5 MiB body, chunked or with its Content-Length, paced at one
 *   64 KiB chunk a millisecond, so that a proxy that stops reading is seen closing early.
 *
 * It runs in a process of its own (./stand-in-process.js, started by ./stand-in.js). Each normal answer's own
 * service time (request parsed → last byte handed to the socket) is kept by `benchId`, for the
 * bench to subtract from the time measured through the proxy.
 */
import { createServer } from 'node:http'

const ROUTE = /^\/api\/v3\/(\d+)\/(customer_groups\/\d+|customer_groups|customers|profile)$/
const BIG_BYTES = 5 * 1024 * 1024
const CHUNK = Buffer.alloc(64 * 1024, 0x20)

/**
 * Listens on 127.0.0.1:`port`; `post(event)` hears of the fault requests (`arrived`, and
 * `closed-early` with the bytes sent by then). Resolves to `collect()` (benchId → service time in
 * ms since the last collect, and requests that came with a wrong token) and `stop()`.
 */
export function listenStandIn({ port, latencyMs, bodies, tokens, post }) {
  /** benchId → service time in ms, for normal answers. */
  let serviceTimes = new Map()
  let wrongTokens = 0

  function resourceKey(resource) {
    return resource.startsWith('customer_groups/') ? 'customer_group' : resource
  }

  /** Reports the connection closing before the answer was complete, with how much had been sent. */
  function reportEarlyClose(response, id, written = () => 0) {
    response.on('close', () => {
      if (!response.writableFinished) post({ type: 'closed-early', id, bytesWritten: written() })
    })
  }

  function writeBig(response, id, declared) {
    let written = 0
    reportEarlyClose(response, id, () => written)
    response.writeHead(200, {
      'Content-Type': 'application/json',
      ...(declared ? { 'Content-Length': String(BIG_BYTES) } : {}),
    })
    const next = () => {
      if (response.destroyed) return
      if (written >= BIG_BYTES) return void response.end()
      response.write(CHUNK)
      written += CHUNK.byteLength
      setTimeout(next, 1)
    }
    next()
  }

  function misbehave(mode, request, response, id, body) {
    switch (mode) {
      case 'hang':
        return reportEarlyClose(response, id)
      case 'drop':
        return void request.socket.destroy()
      case 'drop-mid-body':
        response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) })
        response.write(body.slice(0, body.length >> 1))
        return void setTimeout(() => request.socket.destroy(), 20)
      case 'rate-limited':
        return void response
          .writeHead(429, {
            'Content-Type': 'application/json',
            'Retry-After': '17',
            'Set-Cookie': 'ecwid_session=abc; HttpOnly',
            'X-Echo-Authorization': request.headers.authorization ?? '',
          })
          .end(JSON.stringify({ errorMessage: 'Too many requests', errorCode: 'RATE_LIMITED' }))
      case 'big-chunked':
        return writeBig(response, id, false)
      case 'big-declared':
        return writeBig(response, id, true)
      default:
        return void response.writeHead(400).end(`unknown bench mode ${mode}`)
    }
  }

  const server = createServer((request, response) => {
    const arrived = performance.now()
    const url = new URL(request.url ?? '/', 'http://stand-in.invalid')
    const route = ROUTE.exec(url.pathname)
    if (!route || request.method !== 'GET') return void response.writeHead(404).end()
    const [, storeId, resource] = route
    if (request.headers.authorization !== `Bearer ${tokens[storeId]}`) {
      wrongTokens += 1
      return void response.writeHead(403).end()
    }
    const id = Number(url.searchParams.get('benchId'))
    const body = bodies[resourceKey(resource)]
    const mode = url.searchParams.get('bench')
    if (mode) {
      post({ type: 'arrived', id })
      return misbehave(mode, request, response, id, body)
    }
    setTimeout(() => {
      response.on('finish', () => serviceTimes.set(id, performance.now() - arrived))
      response
        .writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(body),
        })
        .end(body)
    }, latencyMs)
  })
  // Longer than the proxy's pool keeps an idle connection, so the stand-in never closes one under it.
  server.keepAliveTimeout = 65_000

  return new Promise((resolve, reject) => {
    server.once('error', (error) =>
      reject(new Error(`The stand-in Ecwid cannot listen on port ${port} (${error.code ?? error.name}).`)),
    )
    server.listen(port, '127.0.0.1', () =>
      resolve({
        collect() {
          const collected = { times: serviceTimes, wrongTokens }
          serviceTimes = new Map()
          wrongTokens = 0
          return collected
        },
        stop: () => new Promise((done) => server.close(done).closeAllConnections()),
      }),
    )
  })
}
