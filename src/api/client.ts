import { EcwidApiError, errorFromResponse, excerptOf, isAbortError } from './errors'
import { maskAuthorization } from './mask-token'
import { shellQuote } from './shell-quote'
import { decideRetry } from './retry-policy'
import { MAX_BODY_BYTES, requestAddress, requestInit, type StoreRequest } from './request'

export { DEFAULT_API_BASE } from './request'
export const DEFAULT_TIMEOUT_MS = 15_000

function tooLarge(status: number): EcwidApiError {
  return new EcwidApiError({
    kind: 'invalid-response',
    status,
    reason: { code: 'too-large', megabytes: MAX_BODY_BYTES / 1024 / 1024 },
  })
}

export interface EcwidClientConfig {
  /** `https://app.ecwid.com/api/v3` in production; a relative base resolves against the page. */
  readonly apiBase: string
  readonly storeId: number
  /** The whole Authorization header value, e.g. `Bearer secret_…`. Kept in this closure only. */
  readonly authorization: string
  readonly timeoutMs?: number
  readonly fetch?: typeof fetch
  /** Injected so tests need not wait real seconds. */
  readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>
  readonly now?: () => number
}

/** A retry about to be waited for: what failed, and how long until the next attempt. */
export interface RetryWait {
  readonly failure: EcwidApiError
  readonly delayMs: number
}

/** What a caller may pass along with any request. */
export interface RequestOptions {
  readonly signal?: AbortSignal
  /** Told before each wait between attempts, so the screen can say so and offer to cancel. */
  readonly onRetryWait?: (wait: RetryWait) => void
}

export interface ApiRequest extends RequestOptions, StoreRequest {}

export interface RequestDescription {
  readonly method: 'GET'
  /** Absolute URL, as sent. */
  readonly url: string
  /** Path and query only, as a request line shows it. */
  readonly pathAndQuery: string
  /** A cURL command with the credential masked: safe to show and to copy. */
  readonly curl: string
}

export interface ApiResponse<T> {
  readonly data: T
  readonly status: number
  readonly durationMs: number
  readonly sizeBytes: number
  readonly attempts: number
}

export interface EcwidClient {
  describe(request: Omit<ApiRequest, 'signal'>): RequestDescription
  /** GETs JSON and hands it to `validate`, which throws on a shape it cannot use. */
  get<T>(request: ApiRequest, validate: (json: unknown) => T): Promise<ApiResponse<T>>
}

export function createEcwidClient(config: EcwidClientConfig): EcwidClient {
  const fetchImpl = config.fetch ?? globalThis.fetch.bind(globalThis)
  const sleep = config.sleep ?? abortableSleep
  const now = config.now ?? (() => performance.now())
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const authorization = config.authorization
  const maskedAuthorization = maskAuthorization(authorization)
  // A proxy's error page may echo the request's headers: nothing kept from a body may hold the token.
  const credential = authorization.slice(authorization.indexOf(' ') + 1)
  const maskedCredential = maskedAuthorization.slice(maskedAuthorization.indexOf(' ') + 1)
  const redact = (text: string) => (credential === '' ? text : text.split(credential).join(maskedCredential))

  function describe(request: Omit<ApiRequest, 'signal'>): RequestDescription {
    const { url, pathAndQuery } = requestAddress(config.apiBase, config.storeId, request)
    return {
      method: 'GET',
      url,
      pathAndQuery,
      // Every part quoted for a POSIX shell: a keyword or a proxy's URL may hold any character.
      curl: [
        `curl ${shellQuote(url)}`,
        `-H ${shellQuote(`Authorization: ${maskedAuthorization}`)}`,
        `-H ${shellQuote('Accept: application/json')}`,
      ].join(' \\\n  '),
    }
  }

  async function attempt(
    url: string,
    outerSignal: AbortSignal | undefined,
  ): Promise<{ status: number; text: string; sizeBytes: number; retryAfter: string | null }> {
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeoutMs)
    const forwardAbort = () => controller.abort()
    outerSignal?.addEventListener('abort', forwardAbort, { once: true })
    try {
      const response = await fetchImpl(url, requestInit(authorization, controller.signal))
      // Refused before reading when the server says how big it is; after, when it did not say.
      if (Number(response.headers.get('Content-Length')) > MAX_BODY_BYTES) throw tooLarge(response.status)
      const text = await response.text()
      const sizeBytes = new TextEncoder().encode(text).byteLength
      if (sizeBytes > MAX_BODY_BYTES) throw tooLarge(response.status)
      return { status: response.status, text, sizeBytes, retryAfter: response.headers.get('Retry-After') }
    } catch (error) {
      if (outerSignal?.aborted) throw outerSignal.reason ?? new DOMException('Aborted', 'AbortError')
      if (timedOut) throw new EcwidApiError({ kind: 'timeout' })
      if (error instanceof EcwidApiError) throw error
      if (isAbortError(error)) throw error
      throw new EcwidApiError({ kind: 'network' })
    } finally {
      clearTimeout(timer)
      outerSignal?.removeEventListener('abort', forwardAbort)
    }
  }

  async function get<T>(request: ApiRequest, validate: (json: unknown) => T): Promise<ApiResponse<T>> {
    const description = describe(request)
    const started = now()
    for (let retries = 0; ; retries++) {
      request.signal?.throwIfAborted()
      let failure: EcwidApiError
      try {
        const { status, text, sizeBytes, retryAfter } = await attempt(description.url, request.signal)
        if (status >= 200 && status < 300) {
          return {
            data: readAnswer(status, text, validate, redact),
            status,
            durationMs: Math.round(now() - started),
            sizeBytes,
            attempts: retries + 1,
          }
        }
        failure = errorFromResponse(status, redact(text), retryAfter, Date.now())
      } catch (error) {
        if (!(error instanceof EcwidApiError)) throw error
        failure = error
      }
      const decision = decideRetry(failure, retries)
      if (!decision.retry) throw failure
      request.onRetryWait?.({ failure, delayMs: decision.delayMs })
      await sleep(decision.delayMs, request.signal)
    }
  }

  return { describe, get }
}

/**
 * A success status with a body the app cannot use (not JSON, or not the expected shape) fails
 * as `invalid-response`, carrying the status and the start of the body so both can be shown.
 */
function readAnswer<T>(
  status: number,
  text: string,
  validate: (json: unknown) => T,
  redact: (text: string) => string,
): T {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new EcwidApiError({
      kind: 'invalid-response',
      status,
      reason: { code: 'not-json' },
      ...excerptOf(redact(text)),
    })
  }
  try {
    return validate(json)
  } catch (error) {
    if (!(error instanceof EcwidApiError)) throw error
    throw new EcwidApiError({ kind: error.kind, reason: error.reason, status, ...excerptOf(redact(text)) })
  }
}

export function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
