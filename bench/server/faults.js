import http from 'node:http'
import { request } from './load.js'

/**
 * The upstream faults, one request each through the server under test, each checked for its
 * answer and, like every answer here, for anything that must never reach a browser: the token
 * (as it is, or base64 in either alphabet), the client secret, the session secret, a stack trace.
 */

const MIB = 1024 * 1024
/** How long after the browser's abort the upstream request must be seen closed. */
export const ABORT_BOUND_MS = 500
/** How much later than UPSTREAM_TIMEOUT_MS the 504 may come. */
export const TIMEOUT_SLACK_MS = 500

const STACK_TRACE =
  /\n\s*at \S|\.(?:js|mjs|ts):\d+:\d+|\b(?:TypeError|RangeError|ReferenceError|SyntaxError|AbortError)\b/

export function secretForms(secret) {
  const bytes = Buffer.from(secret)
  return [secret, bytes.toString('base64').replace(/=+$/, ''), bytes.toString('base64url')]
}

/** What in `text` must not be there: names of the secrets found, and "stack trace". */
export function leaksIn(text, secrets) {
  const found = []
  for (const [name, value] of Object.entries(secrets))
    if (secretForms(value).some((form) => text.includes(form))) found.push(name)
  if (STACK_TRACE.test(text)) found.push('stack trace')
  return found
}

function visible(answer) {
  const headers = []
  for (let index = 0; index < answer.rawHeaders.length; index += 2)
    headers.push(`${answer.rawHeaders[index]}: ${answer.rawHeaders[index + 1]}`)
  return `${headers.join('\n')}\n\n${answer.text}`
}

function errorCodeOf(answer) {
  try {
    return JSON.parse(answer.text).errorCode
  } catch {
    return undefined
  }
}

/** Ids of fault requests, above the load's and never reused: the stand-in's events are kept by id. */
let nextId = 9_000_000

/**
 * Runs every fault against `base` (the server) and returns the table's rows:
 * `{ label, pass, detail }`, the last one the leak check over all the fault answers.
 */
export async function runFaults({ base, standIn, session, timeoutMs, secrets }) {
  const answers = []
  const through = async (mode, resource = 'customers') => {
    const id = nextId++
    const answer = await request(`${base}/api/ecwid/v3/${session.storeId}/${resource}?bench=${mode}&benchId=${id}`, {
      agent: false,
      headers: { Authorization: `Bearer ${session.session}` },
      keepBody: true,
      signal: AbortSignal.timeout(timeoutMs + 10_000),
    })
    answers.push(answer)
    return { id, answer, code: errorCodeOf(answer) }
  }
  const rows = []

  {
    const { id, answer, code } = await through('hang')
    const closed = await standIn.waitFor('closed-early', id, 1_000)
    const inTime = answer.ms >= timeoutMs - 5 && answer.ms <= timeoutMs + TIMEOUT_SLACK_MS
    rows.push({
      label: `upstream never answers → 504, within UPSTREAM_TIMEOUT_MS=${timeoutMs} (+${TIMEOUT_SLACK_MS} ms)`,
      pass: answer.status === 504 && code === 'UPSTREAM_TIMEOUT' && inTime && closed !== undefined,
      detail: `${answer.status} ${code} after ${answer.ms.toFixed(0)} ms; upstream ${closed ? 'closed' : 'left open'}`,
    })
  }
  for (const [mode, label] of [
    ['drop', 'upstream drops the connection → 502'],
    ['drop-mid-body', 'upstream drops it mid-body → 502'],
  ]) {
    const { answer, code } = await through(mode)
    rows.push({
      label,
      pass: answer.status === 502 && code === 'UPSTREAM_UNREACHABLE',
      detail: `${answer.status} ${code} after ${answer.ms.toFixed(0)} ms`,
    })
  }
  rows.push(await browserAborts({ base, standIn, session, id: nextId++, reset: false }))
  rows.push(await browserAborts({ base, standIn, session, id: nextId++, reset: true }))
  {
    const { answer, code } = await through('rate-limited')
    const passedOn = ['set-cookie', 'x-echo-authorization'].filter((name) => name in answer.headers)
    rows.push({
      label: 'upstream 429 with Retry-After: 17 → 429, same Retry-After',
      pass:
        answer.status === 429 && answer.headers['retry-after'] === '17' && code === 'RATE_LIMITED' && !passedOn.length,
      detail: `${answer.status} ${code}, Retry-After: ${answer.headers['retry-after']}${passedOn.length ? `; passed on ${passedOn}` : ''}`,
    })
  }
  for (const [mode, how] of [
    ['big-chunked', 'chunked'],
    ['big-declared', 'with Content-Length'],
  ]) {
    const { id, answer, code } = await through(mode)
    const closed = await standIn.waitFor('closed-early', id, 2_000)
    rows.push({
      label: `upstream sends 5 MiB, ${how} → 502 UPSTREAM_TOO_LARGE (limit 2 MiB)`,
      pass: answer.status === 502 && code === 'UPSTREAM_TOO_LARGE' && closed !== undefined,
      detail: `${answer.status} ${code} after ${answer.ms.toFixed(0)} ms; ${
        closed ? `upstream closed at ${(closed.bytesWritten / MIB).toFixed(1)} MiB sent` : 'upstream sent it all'
      }`,
    })
  }
  const leaks = [...new Set(answers.flatMap((answer) => leaksIn(visible(answer), secrets)))]
  rows.push({
    label: 'no token, secret or stack trace in any fault answer (headers, body)',
    pass: leaks.length === 0,
    detail: leaks.length ? `found: ${leaks.join(', ')}` : `${answers.length} answers checked`,
  })
  return rows
}

/**
 * The browser asks, the stand-in gets the request and holds it; the browser goes away. The
 * upstream request must close within ABORT_BOUND_MS. Two ways of going away:
 *
 * - closed (`reset: false`): the socket is closed with a FIN, which is what Chromium sends when a
 *   fetch is aborted or its tab closed (checked with Debian's Chromium against a raw TCP server).
 * - reset (`reset: true`): the connection is reset (RST). workerd's HTTP/1.1 server sees only this
 *   one: it reads a FIN as the client having finished sending, and waits on (docs/server-bench.md).
 */
async function browserAborts({ base, standIn, session, id, reset }) {
  const url = `${base}/api/ecwid/v3/${session.storeId}/customer_groups?bench=hang&benchId=${id}`
  const browser = http.request(url, { agent: false, headers: { Authorization: `Bearer ${session.session}` } })
  browser.on('error', () => undefined)
  browser.end()
  const arrived = await standIn.waitFor('arrived', id, 5_000)
  const label = reset
    ? `browser's connection reset (RST) → upstream request closed within ${ABORT_BOUND_MS} ms`
    : `browser aborts (socket closed, FIN) → upstream request closed within ${ABORT_BOUND_MS} ms`
  if (!arrived) {
    browser.destroy()
    return { label, pass: false, detail: 'the request never reached the stand-in' }
  }
  const abortedAt = performance.now()
  if (reset) browser.socket.resetAndDestroy()
  else browser.destroy()
  const closed = await standIn.waitFor('closed-early', id, 5_000)
  const after = closed ? closed.at - abortedAt : Number.POSITIVE_INFINITY
  return {
    label,
    pass: after <= ABORT_BOUND_MS,
    detail: closed ? `closed ${after.toFixed(1)} ms after the abort` : 'still open 5 s after the abort',
  }
}
