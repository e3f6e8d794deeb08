import { isAbortError } from '@/api/errors'

/** How a request ended, from the point of view of whoever is still waiting for it. */
export type RequestOutcome<T> =
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'failed'; readonly error: unknown }
  /** A newer request replaced it (or it was cancelled): its answer must not reach the screen. */
  | { readonly kind: 'superseded' }

export interface LatestRequest {
  /** Aborts whatever this slot was running, then runs `task`; only the newest one reports. */
  run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<RequestOutcome<T>>
  cancel(): void
}

/**
 * One slot where the latest request wins: starting a request aborts the one before it, and an
 * answer that arrives after it was superseded is dropped, whatever order the network delivers
 * them in. Every loader uses one of these instead of its own abort-and-compare code.
 */
export function createLatestRequest(): LatestRequest {
  let current: AbortController | null = null

  async function run<T>(task: (signal: AbortSignal) => Promise<T>): Promise<RequestOutcome<T>> {
    current?.abort()
    const controller = new AbortController()
    current = controller
    try {
      const value = await task(controller.signal)
      return current === controller ? { kind: 'done', value } : { kind: 'superseded' }
    } catch (error) {
      if (current !== controller || isAbortError(error)) return { kind: 'superseded' }
      return { kind: 'failed', error }
    } finally {
      if (current === controller) current = null
    }
  }

  function cancel(): void {
    current?.abort()
    current = null
  }

  return { run, cancel }
}
