import type { Ref } from 'vue'
import type { RequestOptions, RetryWait } from '@/api/client'
import { toApiFailure, type ApiFailure } from '@/presentation/api-failure'
import type { LatestRequest } from './latest-request'

/** A loader between two attempts: why the last one failed, and when the next one starts. */
export interface RetryCountdown {
  readonly failure: ApiFailure
  /** Epoch ms. */
  readonly retryAt: number
}

/**
 * A loader's state as one value: data exists only where it does. `kept` is the last good data
 * still worth showing while a newer answer loads or after it failed (a refresh, the next page).
 */
export type AsyncState<Data> =
  | { readonly status: 'idle' }
  /**
   * `extending`: the kept data is being added to (the next page), not replaced. `waiting`: an
   * attempt failed and the next one is due at a time, which the screen counts down to.
   */
  | { readonly status: 'loading'; readonly kept: Data | null; readonly extending?: boolean; readonly waiting?: RetryCountdown }
  | { readonly status: 'success'; readonly data: Data }
  | { readonly status: 'error'; readonly failure: ApiFailure; readonly kept: Data | null }

/** A fresh object each time: a shared constant would be mutated in place when Pinia patches state. */
export function idle(): { readonly status: 'idle' } {
  return { status: 'idle' }
}

/** The data to show in any state: the answer, or what was kept from before. */
export function shownData<Data>(state: AsyncState<Data>): Data | null {
  switch (state.status) {
    case 'success':
      return state.data
    case 'loading':
    case 'error':
      return state.kept
    case 'idle':
      return null
  }
}

export function failureOf(state: AsyncState<unknown>): ApiFailure | null {
  return state.status === 'error' ? state.failure : null
}

/** The loading state, now counting down to its next attempt; any other state is left alone. */
export function waitingFor<State extends { readonly status: string }>(state: State, wait: RetryWait, nowMs = Date.now()): State {
  if (state.status !== 'loading') return state
  return { ...state, waiting: { failure: toApiFailure(wait.failure), retryAt: nowMs + wait.delayMs } }
}

export function countdownOf(state: { readonly status: string; readonly waiting?: RetryCountdown }): RetryCountdown | null {
  return state.status === 'loading' ? (state.waiting ?? null) : null
}

/**
 * The request options every loader passes: its signal, and retry waits shown in its state for as
 * long as the request is the current one (a superseded request's signal is aborted).
 */
export function loaderRequestOptions(state: Ref<{ readonly status: string }>, signal: AbortSignal): RequestOptions {
  return {
    signal,
    onRetryWait: (wait) => {
      if (!signal.aborted) state.value = waitingFor(state.value, wait)
    },
  }
}

/**
 * The merchant stopped a countdown: the request is dropped and the failure it was waiting out
 * stands, with Retry, over whatever was kept on screen.
 */
export function cancelCountdown<Data>(state: Ref<AsyncState<Data> | { readonly status: 'invalid-link' }>, latest: LatestRequest): void {
  const current = state.value
  if (current.status !== 'loading' || !current.waiting) return
  latest.cancel()
  state.value = { status: 'error', failure: current.waiting.failure, kept: current.kept }
}
