/**
 * Every way a call to Ecwid can fail, as one typed error. The kind is decided from the HTTP
 * status and Ecwid's `errorCode`; the body may be empty or not JSON at all (a bad token was seen
 * answering 403 with no body, a proxy may answer with an HTML page).
 */
export type ApiErrorKind =
  | 'bad-request'
  | 'plan-required'
  | 'invalid-token'
  | 'missing-scope'
  | 'not-found'
  | 'store-not-found'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid-response'

/**
 * Why an answer could not be used, as data: the presentation layer words it in the merchant's
 * language. Never the server's words.
 */
export type InvalidResponseReason =
  | { readonly code: 'too-large'; readonly megabytes: number }
  | { readonly code: 'not-json' }
  | { readonly code: 'group-not-an-object' }
  | { readonly code: 'search-result-not-an-object' }
  | { readonly code: 'wrong-field-type'; readonly field: string; readonly type: 'number' | 'string' }
  | { readonly code: 'incomplete-search-result' }
  | { readonly code: 'unexpected-item'; readonly item: SearchItemKind }
  | { readonly code: 'count-without-total' }
  | { readonly code: 'profile-without-currency' }

/** What a search result lists, for the reason it could not be read. */
export type SearchItemKind = 'customer-group' | 'customer'

export interface ApiErrorDetails {
  readonly kind: ApiErrorKind
  readonly status?: number
  readonly errorCode?: string
  /** Ecwid's own errorMessage, for developers; never shown as the only explanation. */
  readonly serverMessage?: string
  /** Seconds, from a 429's Retry-After header. */
  readonly retryAfterSeconds?: number
  /** Why an answer could not be used. */
  readonly reason?: InvalidResponseReason
  /**
   * The start of the body as received (at most BODY_EXCERPT_LIMIT characters), for answers that
   * could not be read as Ecwid's JSON: the one place where "exactly what came back" matters most.
   */
  readonly bodyExcerpt?: string
  /** The body went on beyond the excerpt. */
  readonly bodyTruncated?: boolean
}

/** How much of an unreadable body is kept to show: enough to recognise a proxy's error page. */
export const BODY_EXCERPT_LIMIT = 2048

/** The start of a body, capped; an empty body gives nothing. */
export function excerptOf(body: string): Pick<ApiErrorDetails, 'bodyExcerpt' | 'bodyTruncated'> {
  if (body === '') return {}
  return { bodyExcerpt: body.slice(0, BODY_EXCERPT_LIMIT), bodyTruncated: body.length > BODY_EXCERPT_LIMIT }
}

export class EcwidApiError extends Error {
  override readonly name = 'EcwidApiError'
  readonly kind: ApiErrorKind
  readonly status?: number
  readonly errorCode?: string
  readonly serverMessage?: string
  readonly retryAfterSeconds?: number
  readonly reason?: InvalidResponseReason
  readonly bodyExcerpt?: string
  readonly bodyTruncated?: boolean

  constructor(details: ApiErrorDetails) {
    super(describe(details))
    this.kind = details.kind
    this.status = details.status
    this.errorCode = details.errorCode
    this.serverMessage = details.serverMessage
    this.retryAfterSeconds = details.retryAfterSeconds
    this.reason = details.reason
    this.bodyExcerpt = details.bodyExcerpt
    this.bodyTruncated = details.bodyTruncated
  }
}

function describe({ kind, status, errorCode }: ApiErrorDetails): string {
  const parts: string[] = [kind]
  if (status !== undefined) parts.push(`HTTP ${status}`)
  if (errorCode) parts.push(errorCode)
  return parts.join(' ')
}

/** Reads `{errorMessage, errorCode}` if the body holds it; anything else yields nothing. */
export function parseErrorBody(body: string): { errorCode?: string; errorMessage?: string } {
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed !== 'object' || parsed === null) return {}
    const record = parsed as Record<string, unknown>
    return {
      errorCode: typeof record.errorCode === 'string' ? record.errorCode : undefined,
      errorMessage: typeof record.errorMessage === 'string' ? record.errorMessage : undefined,
    }
  } catch {
    return {}
  }
}

export function kindForStatus(status: number, errorCode: string | undefined): ApiErrorKind {
  if (status === 429) return 'rate-limited'
  if (status >= 500) return 'server'
  if (status === 402) return 'plan-required'
  if (status === 403 && errorCode === 'INSUFFICIENT_APP_SCOPE') return 'missing-scope'
  // A 403 without a code is how Ecwid answers a revoked or malformed token; 401 is undocumented
  // but means the same if it ever comes.
  if (status === 401 || status === 403) return 'invalid-token'
  if (status === 404) return errorCode === 'STORE_NOT_FOUND' ? 'store-not-found' : 'not-found'
  return 'bad-request'
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - nowMs) / 1000))
}

export function errorFromResponse(
  status: number,
  body: string,
  retryAfterHeader: string | null,
  nowMs: number,
): EcwidApiError {
  const { errorCode, errorMessage } = parseErrorBody(body)
  const readable = errorCode !== undefined || errorMessage !== undefined
  return new EcwidApiError({
    kind: kindForStatus(status, errorCode),
    status,
    errorCode,
    serverMessage: errorMessage,
    retryAfterSeconds: status === 429 ? parseRetryAfter(retryAfterHeader, nowMs) : undefined,
    // Ecwid's own error body is shown as JSON; anything else (an HTML error page) as text.
    ...(readable ? {} : excerptOf(body)),
  })
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException
    ? error.name === 'AbortError'
    : (error as { name?: unknown })?.name === 'AbortError'
}
