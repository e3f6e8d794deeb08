import { EcwidApiError, type InvalidResponseReason } from './errors'

/** An answer of the wrong shape: the caller adds the status and the body it came in. */
export function invalidResponse(reason: InvalidResponseReason): EcwidApiError {
  return new EcwidApiError({ kind: 'invalid-response', reason })
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
