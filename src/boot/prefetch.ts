import type { RequestOptions, RetryWait } from '@/api/client'

/**
 * A request started before anyone asked for it, handed over to the first caller that asks for
 * exactly it. That caller gets its answer (or failure) as if it had asked itself: its abort signal
 * stops the request, and the request's retry waits reach its countdown from then on.
 */
export interface Prefetch<Answer> {
  /** The request in flight, once; null when it was already taken (later callers ask anew). */
  take(options?: RequestOptions): Promise<Answer> | null
}

export function prefetch<Answer>(start: (options: RequestOptions) => Promise<Answer>): Prefetch<Answer> {
  let onRetryWait: ((wait: RetryWait) => void) | undefined
  // Its one taker may give up on it (a newer request, Stop trying): then it stops, retries and all.
  const controller = new AbortController()
  // A wait that began before anyone took the request is told to its taker, for what is left of it.
  let lastWait: { readonly wait: RetryWait; readonly endsAt: number } | undefined
  const inFlight = start({
    signal: controller.signal,
    onRetryWait: (wait) => {
      lastWait = { wait, endsAt: Date.now() + wait.delayMs }
      onRetryWait?.(wait)
    },
  })
  // Nobody may ever take it (a boot problem page, a link the app refuses): not an unhandled rejection.
  inFlight.catch(() => {})
  let taken = false
  return {
    take(options = {}) {
      if (taken) return null
      taken = true
      onRetryWait = options.onRetryWait
      const left = lastWait ? lastWait.endsAt - Date.now() : 0
      if (lastWait && left > 0) onRetryWait?.({ ...lastWait.wait, delayMs: left })
      const { signal } = options
      if (!signal) return inFlight
      return new Promise<Answer>((resolve, reject) => {
        if (signal.aborted) {
          controller.abort(signal.reason)
          return reject(signal.reason)
        }
        signal.addEventListener(
          'abort',
          () => {
            controller.abort(signal.reason)
            reject(signal.reason)
          },
          { once: true },
        )
        inFlight.then(resolve, reject)
      })
    },
  }
}
