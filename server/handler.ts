import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { parsePayload } from '../src/ecwid/payload.ts'
import { clientSecretProblem, decryptPayload, importPayloadKey, type PayloadFailure } from './decrypt-payload.ts'
import { API_RESPONSE_HEADERS, errorResponse, type ServerErrorCode } from './error-response.ts'
import { DEFAULT_UPSTREAM_TIMEOUT_MS, ecwidProxy, MAX_UPSTREAM_TIMEOUT_MS, PROXY_BASE_PATH } from './proxy.ts'
import { deriveSessionKey, sealSession } from './session.ts'

/**
 * The server half of Ecwid's enhanced-security mode, as one web-standard `fetch(Request)` handler:
 * the same code runs under Node (./node.ts), in the Vite dev server and on serverless platforms.
 *
 * - `POST /api/session` `{payload}`: decrypts Ecwid's payload and answers what the app needs to
 *   start, with the access token sealed into `session`, which only this server can open.
 * - `GET /api/ecwid/v3/{storeId}/customer_groups[/{groupId}]`, `…/customers` and `…/profile`, with
 *   `Authorization: Bearer <session>`: forwarded to Ecwid with the real token.
 * - Anything else under /api: 404.
 */

export { PROXY_BASE_PATH } from './proxy.ts'
export const SESSION_PATH = '/api/session'

export interface HandlerConfig {
  /** The app's client_secret in Ecwid: its first 16 characters decrypt the payload. */
  readonly clientSecret: string
  /** Ecwid's REST base without the store, e.g. `https://app.ecwid.com/api/v3` (or the emulator's mock). */
  readonly apiBase: string
  /** Seals sessions instead of the client secret; at least 32 characters. */
  readonly sessionSecret?: string
  /** The fetch that reaches Ecwid: the global one by default; npm start's node:http client (node-upstream.ts); tests'. */
  readonly fetch?: typeof fetch
  /** Milliseconds since the epoch, as Date.now(): for tests of expiry. */
  readonly now?: () => number
  /** How long Ecwid has to answer, body included (UPSTREAM_TIMEOUT_MS): 1 to 300000; 20000 by default. */
  readonly upstreamTimeoutMs?: number
  /** Where upstream failures and unexpected errors are reported, one line each; console.warn by default. */
  readonly log?: (line: string) => void
}

export interface EnhancedSecurityHandler {
  fetch(request: Request): Promise<Response>
}

/** The payload's JSON comes in a small body; anything much bigger is not one. */
const MAX_SESSION_REQUEST_BYTES = 16 * 1024

export const MIN_SESSION_SECRET_LENGTH = 32

const FAILURE_CODES: Record<PayloadFailure, ServerErrorCode> = {
  'not-base64': 'PAYLOAD_NOT_BASE64',
  'wrong-length': 'PAYLOAD_WRONG_LENGTH',
  undecryptable: 'PAYLOAD_UNDECRYPTABLE',
}

/** Why a configuration cannot work, in one line naming the setting; undefined when it can. */
export function configProblem(
  config: Pick<HandlerConfig, 'clientSecret' | 'apiBase' | 'sessionSecret' | 'upstreamTimeoutMs'>,
): string | undefined {
  const secretProblem = clientSecretProblem(config.clientSecret)
  if (secretProblem) return `ECWID_CLIENT_SECRET: ${secretProblem}.`
  if (config.sessionSecret !== undefined && config.sessionSecret.length < MIN_SESSION_SECRET_LENGTH)
    return `SESSION_SECRET, when set, must be at least ${MIN_SESSION_SECRET_LENGTH} characters (e.g. from: openssl rand -base64 32).`
  if (!/^https?:\/\/[^/]/i.test(config.apiBase) || !URL.canParse(config.apiBase))
    return `ECWID_API_BASE must be an http(s) address, such as https://app.ecwid.com/api/v3.`
  const timeoutMs = config.upstreamTimeoutMs
  if (
    timeoutMs !== undefined &&
    !(Number.isSafeInteger(timeoutMs) && timeoutMs >= 1 && timeoutMs <= MAX_UPSTREAM_TIMEOUT_MS)
  )
    return `UPSTREAM_TIMEOUT_MS, when set, must be a whole number of milliseconds from 1 to ${MAX_UPSTREAM_TIMEOUT_MS}.`
  return undefined
}

/** Throws, with configProblem's message, on a configuration that cannot work: better at start than at the first request. */
export function createHandler(config: HandlerConfig): EnhancedSecurityHandler {
  const problem = configProblem(config)
  if (problem) throw new Error(problem)
  const now = config.now ?? Date.now
  const log = config.log ?? ((line: string) => console.warn(line))
  // Keys are made on first use: some serverless platforms allow crypto only while handling a request.
  const payloadKey = memoise(() => importPayloadKey(config.clientSecret))
  const sessionKey = memoise(() => deriveSessionKey(config.sessionSecret ?? config.clientSecret))

  const app = new Hono()

  // Hono answers HEAD with the GET route; under /api that would be one more way in, so it is not.
  app.use('*', async (c, next) => {
    if (c.req.method === 'HEAD') return errorResponse('NOT_FOUND')
    await next()
  })

  app.post(
    SESSION_PATH,
    bodyLimit({ maxSize: MAX_SESSION_REQUEST_BYTES, onError: () => errorResponse('BODY_TOO_LARGE') }),
    async (c) => {
      const payload = payloadFromBody(await c.req.text())
      if (payload === undefined) return errorResponse('INVALID_REQUEST')
      const decrypted = await decryptPayload(payload, await payloadKey())
      if (!decrypted.ok) return errorResponse(FAILURE_CODES[decrypted.failure])
      // Exactly the checks the app makes on a payload from the URL fragment.
      const parsed = parsePayload(decrypted.json, true)
      if (!parsed.ok) return errorResponse('INVALID_PAYLOAD')
      const { storeId, accessToken, lang, viewMode, appState } = parsed.session
      const session = await sealSession({ storeId, accessToken }, await sessionKey(), now())
      // Everything but the token, which stays sealed inside `session`.
      return c.json({ storeId, lang, viewMode, appState, session }, 200, API_RESPONSE_HEADERS)
    },
  )

  app.route(
    PROXY_BASE_PATH,
    ecwidProxy({
      apiBase: config.apiBase.replace(/\/+$/, ''),
      sessionKey,
      fetch: config.fetch ?? ((input, init) => fetch(input, init)),
      now,
      upstreamTimeoutMs: config.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS,
      log,
    }),
  )

  app.notFound(() => errorResponse('NOT_FOUND'))
  app.onError((error) => {
    // The class only: a message may quote what it failed on.
    log(`Unexpected error in the API handler: ${error.name}`)
    return errorResponse('INTERNAL_ERROR')
  })

  return { fetch: async (request) => app.fetch(request) }
}

/** `{"payload": "<non-empty string>"}`'s payload, or undefined for anything else. */
function payloadFromBody(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined
    const payload = (parsed as Record<string, unknown>).payload
    return typeof payload === 'string' && payload !== '' ? payload : undefined
  } catch {
    return undefined
  }
}

function memoise<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}
