import { EcwidApiError, type ApiErrorKind } from '@/api/errors'

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
}

export function toApiFailure(error: unknown): ApiFailure {
  if (!(error instanceof EcwidApiError)) return { kind: 'unexpected' }
  // Only a message that came in an HTTP error body is the server's; the others are ours.
  const serverMessage = error.status === undefined ? undefined : error.serverMessage
  return { kind: error.kind, status: error.status, errorCode: error.errorCode, serverMessage }
}

/** The error body as Ecwid sent it (`{errorMessage, errorCode}`), or undefined when it sent none. */
export function errorBodyOf(failure: ApiFailure): Record<string, string> | undefined {
  const body: Record<string, string> = {}
  if (failure.serverMessage !== undefined) body.errorMessage = failure.serverMessage
  if (failure.errorCode !== undefined) body.errorCode = failure.errorCode
  return Object.keys(body).length > 0 ? body : undefined
}
