import { EcwidApiError, type ApiErrorKind } from '@/api/errors'

/**
 * A failure as stores keep it: plain data (devtools and tests can read it), never the Error
 * object, whose message or stack could carry more than the screen should show.
 */
export interface ApiFailure {
  readonly kind: ApiErrorKind | 'unexpected'
  readonly status?: number
  readonly errorCode?: string
}

export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof EcwidApiError) return { kind: error.kind, status: error.status, errorCode: error.errorCode }
  return { kind: 'unexpected' }
}
