import type { ApiErrorKind } from './errors'

/** The same limits Ecwid's own API client uses. */
export const MAX_RETRIES = 2
export const MAX_RETRY_AFTER_SECONDS = 60
/**
 * A 429 whose Retry-After the browser hides (a cross-origin answer that does not list it in
 * Access-Control-Expose-Headers, which Ecwid does not document doing) waits 2 s, then 4 s: a
 * merchant should not sit through Ecwid's own client's 10 s and 20 s for a limit that has
 * usually passed by then.
 */
export const HIDDEN_RETRY_AFTER_BACKOFF_MS = 2000
/** Backoff for 5xx and network failures: the first retry waits this long, each later one 3× more. */
export const BACKOFF_BASE_MS = 500

export type RetryDecision = { readonly retry: true; readonly delayMs: number } | { readonly retry: false }

export interface FailedAttempt {
  readonly kind: ApiErrorKind
  readonly retryAfterSeconds?: number
}

/**
 * Whether to try again after a failed attempt, and after how long.
 * `retriesSoFar` counts retries already made (0 after the first attempt).
 * A timeout is not retried: the user has already waited the whole timeout once, and the Retry
 * button hands them the choice.
 */
export function decideRetry(failure: FailedAttempt, retriesSoFar: number): RetryDecision {
  if (retriesSoFar >= MAX_RETRIES) return { retry: false }
  switch (failure.kind) {
    case 'rate-limited': {
      const seconds = failure.retryAfterSeconds
      if (seconds === undefined) return { retry: true, delayMs: HIDDEN_RETRY_AFTER_BACKOFF_MS * 2 ** retriesSoFar }
      if (seconds > MAX_RETRY_AFTER_SECONDS) return { retry: false }
      return { retry: true, delayMs: seconds * 1000 }
    }
    case 'server':
    case 'network':
      return { retry: true, delayMs: BACKOFF_BASE_MS * 3 ** retriesSoFar }
    default:
      return { retry: false }
  }
}
