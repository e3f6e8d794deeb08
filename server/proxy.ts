import { Hono, type Context } from 'hono'
import { API_RESPONSE_HEADERS, errorResponse } from './error-response.ts'
import { NULL_BODY_STATUSES } from './null-body-statuses.ts'
import { openedSessions } from './opened-sessions.ts'

/** Where the browser asks; the rest of the path mirrors Ecwid's REST API after `/api/v3`. */
export const PROXY_BASE_PATH = '/api/ecwid/v3'

/** Ecwid's limits are far below this; a hanging upstream must not hold the browser for ever. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 20_000

/** UPSTREAM_TIMEOUT_MS may be set from 1 ms to this: longer than any browser waits. */
export const MAX_UPSTREAM_TIMEOUT_MS = 300_000

/**
 * The most of an answer the server reads from Ecwid, then passes on. The largest answer the app
 * asks for is a page of 100 customers: 41 KB in the emulator's demo store with every field, and
 * well under 1 MiB for real customers carrying addresses and contacts. A bigger body is no answer
 * of Ecwid's to these calls, and buffering it would let one request hold megabytes of memory.
 */
export const MAX_UPSTREAM_BODY_BYTES = 2 * 1024 * 1024

/**
 * UPSTREAM_TIMEOUT_MS as a number: digits only, else NaN (which the handler's configuration check
 * refuses, naming the variable). `Number()` alone would take `1e3`, ` 5 ` and `0x10`.
 */
export function parseUpstreamTimeoutMs(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : Number.NaN
}

export interface ProxyOptions {
  /** Ecwid's REST base without the store, e.g. `https://app.ecwid.com/api/v3`. */
  readonly apiBase: string
  readonly sessionKey: () => Promise<CryptoKey>
  readonly fetch: typeof fetch
  readonly now: () => number
  readonly upstreamTimeoutMs: number
  /** One line per upstream failure: never a URL, a header or a body. */
  readonly log: (line: string) => void
}

/** The upstream headers the browser gets; any other (Set-Cookie, Ecwid's own) stays here. */
const PASSED_HEADERS = ['Content-Type', 'Retry-After'] as const

/** The sealed session from `Authorization: Bearer <session>`, or undefined. */
export function bearerCredential(header: string | undefined): string | undefined {
  const match = /^Bearer +([^\s]+) *$/i.exec(header ?? '')
  return match?.[1]
}

/**
 * The allowlist: GET only, these three resources only, `storeId` and `groupId` digits only. Hono's
 * URL parsing has already resolved `..` segments, and an encoded slash (`%2F`) stays encoded, so
 * neither matches a route; and the upstream URL is built from the checked parameters, never from
 * the path the browser sent. Anything else falls through to the handler's 404.
 */
export function ecwidProxy(options: ProxyOptions): Hono {
  const open = openedSessions({ key: options.sessionKey })
  const forward = (c: Context, resource: string) => authorizeAndForward(c, options, open, resource)
  const proxy = new Hono()
  proxy.get('/:storeId{[0-9]+}/customer_groups', (c) => forward(c, 'customer_groups'))
  proxy.get('/:storeId{[0-9]+}/customer_groups/:groupId{[0-9]+}', (c) =>
    forward(c, `customer_groups/${c.req.param('groupId')}`),
  )
  proxy.get('/:storeId{[0-9]+}/customers', (c) => forward(c, 'customers'))
  // The store's currency, for amounts: read-only, and refused by Ecwid without read_store_profile.
  proxy.get('/:storeId{[0-9]+}/profile', (c) => forward(c, 'profile'))
  return proxy
}

async function authorizeAndForward(
  c: Context,
  options: ProxyOptions,
  open: ReturnType<typeof openedSessions>,
  resource: string,
): Promise<Response> {
  const sealed = bearerCredential(c.req.header('Authorization'))
  if (sealed === undefined) return errorResponse('SESSION_REQUIRED')
  const opened = await open(sealed, options.now())
  if (!opened.ok) return errorResponse(opened.problem === 'expired' ? 'SESSION_EXPIRED' : 'INVALID_SESSION')
  // A genuine session of one store must not read another's data, even through its own token.
  if (opened.session.storeId !== Number(c.req.param('storeId'))) return errorResponse('STORE_MISMATCH')
  const upstreamUrl = `${options.apiBase}/${opened.session.storeId}/${resource}${new URL(c.req.url).search}`
  return forwardToEcwid(upstreamUrl, opened.session.accessToken, c.req.raw.signal, options)
}

async function forwardToEcwid(
  url: string,
  accessToken: string,
  browserGone: AbortSignal,
  options: ProxyOptions,
): Promise<Response> {
  // One controller for the three reasons to stop (the time limit, the browser leaving, a body too
  // large): one signal per request, where AbortSignal.timeout() and AbortSignal.any() made three.
  const upstreamCall = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    upstreamCall.abort()
  }, options.upstreamTimeoutMs)
  const browserLeft = () => upstreamCall.abort()
  browserGone.addEventListener('abort', browserLeft)
  if (browserGone.aborted) upstreamCall.abort()
  try {
    const upstream = await options.fetch(url, {
      method: 'GET',
      // Only what Ecwid needs: nothing of the browser's request (cookies, its own headers) goes on.
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
      // A redirect would be Ecwid's or a middlebox's doing, never ours to follow with the token.
      // 'manual' and a check below, not 'error': Cloudflare's fetch refuses 'error' on every call.
      redirect: 'manual',
      signal: upstreamCall.signal,
    })
    if (isRedirect(upstream)) {
      await upstream.body?.cancel().catch(() => undefined)
      options.log("Ecwid's API answered with a redirect: not followed")
      return errorResponse('UPSTREAM_UNREACHABLE')
    }
    // Read whole within the timeout: the browser gets all of Ecwid's answer or a 504, never half.
    const body = NULL_BODY_STATUSES.has(upstream.status) ? null : await readLimited(upstream, upstreamCall)
    if (body === TOO_LARGE) {
      options.log(`Ecwid's API answered more than ${MAX_UPSTREAM_BODY_BYTES} bytes: refused`)
      return errorResponse('UPSTREAM_TOO_LARGE')
    }
    const headers = new Headers(API_RESPONSE_HEADERS)
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name)
      if (value !== null) headers.set(name, value)
    }
    return new Response(body, { status: upstream.status, headers })
  } catch (error) {
    // Nobody is left to read the answer, and leaving is what browsers do when a view changes: no log.
    if (browserGone.aborted) return errorResponse('UPSTREAM_UNREACHABLE')
    if (timedOut) {
      options.log(`Ecwid's API did not answer within ${options.upstreamTimeoutMs} ms`)
      return errorResponse('UPSTREAM_TIMEOUT')
    }
    options.log(`Ecwid's API could not be reached (${failureName(error)})`)
    return errorResponse('UPSTREAM_UNREACHABLE')
  } finally {
    clearTimeout(timer)
    browserGone.removeEventListener('abort', browserLeft)
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/** A redirect as fetch hands it back with `redirect: 'manual'` (a browser's would be opaque, status 0). */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || REDIRECT_STATUSES.has(response.status)
}

const TOO_LARGE = Symbol('too large')

/**
 * The body, read as a stream and given up at MAX_UPSTREAM_BODY_BYTES: a declared Content-Length
 * over it is refused before reading anything, and a body without one (chunked, or compressed, as
 * fetch counts the decoded bytes) is refused at the first chunk past it. Either way the upstream
 * call is aborted, so no more of it arrives.
 */
async function readLimited(
  upstream: Response,
  upstreamCall: AbortController,
): Promise<Uint8Array<ArrayBuffer> | typeof TOO_LARGE> {
  if (upstream.body === null) return new Uint8Array()
  const reader = upstream.body.getReader()
  const giveUp = (): typeof TOO_LARGE => {
    // Both, as runtimes differ in which one closes the connection at once.
    reader.cancel().catch(() => undefined)
    upstreamCall.abort()
    return TOO_LARGE
  }
  if (Number(upstream.headers.get('Content-Length')) > MAX_UPSTREAM_BODY_BYTES) return giveUp()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_UPSTREAM_BODY_BYTES) return giveUp()
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/**
 * A name for the log that cannot carry a secret: the system error code (ECONNREFUSED) or the
 * error's class, never its message, which for a bad header value would quote the header.
 */
function failureName(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause
  if (typeof cause?.code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(cause.code)) return cause.code
  return error instanceof Error ? error.name : 'unknown error'
}
