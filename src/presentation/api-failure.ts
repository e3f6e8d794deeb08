import { EcwidApiError, type ApiErrorKind, type InvalidResponseReason } from '@/api/errors'

/**
 * A failure as stores keep it: plain data (devtools and tests can read it), never the Error
 * object, whose message or stack could carry more than the screen should show.
 */
export interface ApiFailure {
  readonly kind: ApiErrorKind | 'unexpected'
  readonly status?: number
  readonly errorCode?: string
  /** Ecwid's errorMessage, when the error response had one. */
  readonly serverMessage?: string
  /** Why an answer could not be used. */
  readonly reason?: InvalidResponseReason
  /** A 429's Retry-After, when the browser let the app read it. */
  readonly retryAfterSeconds?: number
  /** The start of a body that was not Ecwid's JSON (an HTML page, truncated JSON), as text. */
  readonly bodyExcerpt?: string
  readonly bodyTruncated?: boolean
}

export function toApiFailure(error: unknown): ApiFailure {
  if (!(error instanceof EcwidApiError)) return { kind: 'unexpected' }
  const { kind, status, errorCode, serverMessage, reason, retryAfterSeconds, bodyExcerpt, bodyTruncated } = error
  return { kind, status, errorCode, serverMessage, reason, retryAfterSeconds, bodyExcerpt, bodyTruncated }
}

/** The failure without the body it came with, for loaders whose raw answer nothing shows. */
export function withoutBody(failure: ApiFailure): ApiFailure {
  const { bodyExcerpt: _body, bodyTruncated: _truncated, ...rest } = failure
  return rest
}
