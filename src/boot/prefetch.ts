import type { RequestOptions, RetryWait } from '@/api/client'

/**
 * A request started before anyone asked for it, handed over to the first caller that asks for
 * exactly it. That caller gets its answer (or failure) as if it had asked itself: its abort signal
 * still ends its wait, and the request's retry waits reach its countdown from then on.
 */
export interface Prefetch<Answer> {
  /** The request in flight, once; null when it was already taken (later callers ask anew). */
  take(options?: RequestOptions): Promise<Answer> | null
}

export function prefetch<Answer>(start: (options: RequestOptions) => Promise<Answer>): Prefetch<Answer> {
  let onRetryWait: ((wait: RetryWait) => void) | undefined
  const inFlight = start({ onRetryWait: (wait) => onRetryWait?.(wait) })
  // Nobody may ever take it (a boot problem page, a link the app refuses): not an unhandled rejection.
  inFlight.catch(() => {})
  let taken = false
  return {
    take(options = {}) {
      if (taken) return null
      taken = true
      onRetryWait = options.onRetryWait
      const { signal } = options
      if (!signal) return inFlight
      return new Promise<Answer>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason)
        signal.addEventListener('abort', () => reject(signal.reason), { once: true })
        inFlight.then(resolve, reject)
      })
    },
  }
}
