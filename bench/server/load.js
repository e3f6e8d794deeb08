import { createCipheriv, randomBytes } from 'node:crypto'
import http from 'node:http'

/**
 * The load generator: sessions made as the app makes them (POST /api/session with an encrypted
 * payload), then each session in a closed loop (one request in flight, the next as soon as it is
 * answered) over the four reads the app makes. Plain node:http with a keep-alive agent: less work
 * per request than fetch, so the generator is not what is measured.
 */

/** What each session asks, in turn: the app's start (groups, profile), then a group and its members. */
export const READS = [
  { resource: 'customer_groups?limit=100', body: 'customer_groups' },
  { resource: 'profile', body: 'profile' },
  { resource: 'customer_groups/{groupId}', body: 'customer_group' },
  { resource: 'customers?limit=100', body: 'customers' },
]

/** Ecwid's enhanced-security payload, encrypted with node:crypto (not the code under test). */
export function encryptPayload(json, clientSecret) {
  const iv = randomBytes(16)
  const cipher = createCipheriv('aes-128-cbc', Buffer.from(clientSecret.slice(0, 16), 'utf8'), iv)
  return Buffer.concat([iv, cipher.update(JSON.stringify(json)), cipher.final()]).toString('base64url')
}

/**
 * One request; resolves with status, headers, the body's size and (when `keepBody`) its text, and
 * the time from sending to the last byte. Rejects on a network error.
 */
export function request(url, { agent, method = 'GET', headers = {}, body, keepBody = false, signal } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const outgoing = http.request(url, { agent, method, headers, signal }, (incoming) => {
      let bytes = 0
      const chunks = []
      incoming.on('data', (chunk) => {
        bytes += chunk.length
        if (keepBody) chunks.push(chunk)
      })
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          rawHeaders: incoming.rawHeaders,
          bytes,
          text: keepBody ? Buffer.concat(chunks).toString('utf8') : '',
          ms: performance.now() - started,
        }),
      )
      incoming.on('error', reject)
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

/** A keep-alive agent with a socket for every session, as each would be its own browser. */
export function sessionAgent(sessions) {
  return new http.Agent({ keepAlive: true, maxSockets: sessions, maxFreeSockets: sessions })
}

/**
 * `count` sessions, for stores firstStoreId, firstStoreId + 1, …, each with its own token from
 * `tokens` (storeId → token, the ones the stand-in expects); 20 made at a time.
 */
export async function makeSessions({ base, count, clientSecret, firstStoreId, tokens, agent }) {
  const sessions = []
  for (let start = 0; start < count; start += 20) {
    const batch = []
    for (let index = start; index < Math.min(count, start + 20); index += 1) {
      const storeId = firstStoreId + index
      const accessToken = tokens.get(storeId)
      const payload = encryptPayload(
        { store_id: storeId, access_token: accessToken, lang: 'en', view_mode: 'PAGE' },
        clientSecret,
      )
      batch.push(
        request(`${base}/api/session`, {
          agent,
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ payload }),
          keepBody: true,
        }).then((answer) => {
          if (answer.status !== 200) throw new Error(`POST /api/session answered ${answer.status}: ${answer.text}`)
          return { index, storeId, accessToken, session: JSON.parse(answer.text).session }
        }),
      )
    }
    sessions.push(...(await Promise.all(batch)))
  }
  return sessions
}

/**
 * Runs every session's loop for warmupMs + measureMs, and keeps the requests started after the
 * warm-up: their id, latency and whether they were right (200 with the stand-in's body, byte for
 * byte in length). `urlFor(session, read, id)` and `headersFor(session)` say where each request
 * goes: through the proxy, or straight to the stand-in for the floor. `onMeasureStart` and
 * `onMeasureEnd` run at those instants, with the load still on (for RSS samples). The loops start
 * spread evenly over `spreadMs`.
 */
export async function runLoad({
  sessions,
  agent,
  urlFor,
  headersFor,
  expectedBytes,
  warmupMs,
  measureMs,
  spreadMs,
  thinkMs = 0,
  hooks = {},
}) {
  const begin = performance.now()
  const measureFrom = begin + warmupMs
  const stopAt = measureFrom + measureMs
  const ids = []
  const latencies = []
  const failures = []
  let nextId = 1
  let measuredEnd = 0

  const startTimer = setTimeout(() => hooks.onMeasureStart?.(), warmupMs)
  const endTimer = setTimeout(() => hooks.onMeasureEnd?.(), warmupMs + measureMs)

  const loop = async (session) => {
    // Started spread over one answer's time, as independent people would be: started together,
    // closed loops against a fixed latency stay in step, and every request would come in a burst
    // of 200, to be queued behind the others by whatever answers them.
    await new Promise((resolve) => setTimeout(resolve, (session.index / sessions.length) * spreadMs))
    for (let turn = session.index; performance.now() < stopAt; turn += 1) {
      const read = READS[turn % READS.length]
      const id = nextId++
      const sentAt = performance.now()
      let problem
      let ms = 0
      try {
        const answer = await request(urlFor(session, read, id), { agent, headers: headersFor(session) })
        ms = answer.ms
        if (answer.status !== 200) problem = `status ${answer.status}`
        else if (answer.bytes !== expectedBytes[read.body])
          problem = `${answer.bytes} bytes, not ${expectedBytes[read.body]}`
      } catch (error) {
        problem = error.code ?? error.name
      }
      if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, thinkMs))
      if (sentAt < measureFrom) continue
      measuredEnd = Math.max(measuredEnd, sentAt + ms)
      if (problem) failures.push(problem)
      else {
        ids.push(id)
        latencies.push(ms)
      }
    }
  }
  await Promise.all(sessions.map(loop))
  clearTimeout(startTimer)
  clearTimeout(endTimer)
  return { ids, latencies, failures, seconds: (measuredEnd - measureFrom) / 1000 }
}
