/**
 * A yardstick, not the product: the least a Node proxy for these requests can do, in node:http
 * alone (no Hono, no fetch, no web streams, no JWE). `POST /api/session` decrypts the payload
 * (AES-128-CBC, node:crypto) and answers the token itself as the session; `GET /api/ecwid/v3/…`
 * forwards to ECWID_API_BASE with that token over a keep-alive agent, reads the answer whole and
 * relays it. Under the bench's load, what it adds is what the extra hop costs on this machine,
 * whatever the proxy is built with. BENCH_SERVER_RUNTIMES=minimal runs it.
 */
import { createDecipheriv } from 'node:crypto'
import http from 'node:http'

const { ECWID_CLIENT_SECRET: secret, ECWID_API_BASE: apiBase, PORT: port } = process.env
const key = Buffer.from(secret.slice(0, 16), 'utf8')
const upstream = new URL(apiBase)
const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 })
const PREFIX = '/api/ecwid/v3/'

function openPayload(payload) {
  const bytes = Buffer.from(payload, 'base64url')
  const decipher = createDecipheriv('aes-128-cbc', key, bytes.subarray(0, 16))
  return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]).toString('utf8'))
}

const server = http.createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/api/session') {
    const chunks = []
    request.on('data', (chunk) => chunks.push(chunk))
    request.on('end', () => {
      const { access_token: session } = openPayload(JSON.parse(Buffer.concat(chunks).toString('utf8')).payload)
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ session }))
    })
    return
  }
  if (request.method !== 'GET' || !request.url.startsWith(PREFIX)) return void response.writeHead(404).end()
  const outgoing = http.request(
    {
      host: upstream.hostname,
      port: upstream.port,
      path: `${upstream.pathname}/${request.url.slice(PREFIX.length)}`,
      headers: { Authorization: request.headers.authorization, Accept: 'application/json' },
      agent,
    },
    (answer) => {
      const chunks = []
      answer.on('data', (chunk) => chunks.push(chunk))
      answer.on('end', () =>
        response
          .writeHead(answer.statusCode, { 'Content-Type': answer.headers['content-type'], 'Cache-Control': 'no-store' })
          .end(Buffer.concat(chunks)),
      )
    },
  )
  outgoing.on('error', () => response.writeHead(502).end())
  response.on('close', () => response.writableFinished || outgoing.destroy())
  outgoing.end()
})
server.keepAliveTimeout = 65_000
server.listen(Number(port), '127.0.0.1', () =>
  console.log(`Serving the minimal proxy on http://127.0.0.1:${port} (Ecwid's API: ${apiBase})`),
)
process.on('SIGTERM', () => server.close(() => process.exit(0)))
