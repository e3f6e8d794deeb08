import type { ApiFailure } from '@/presentation/api-failure'

/** A loader between two attempts: why the last one failed, and when the next one starts. */
export interface PendingRetry {
  readonly failure: ApiFailure
  /** Epoch ms. */
  readonly retryAt: number
  readonly delayMs: number
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
  | {
      readonly status: 'loading'
      readonly kept: Data | null
      readonly extending?: boolean
      readonly waiting?: PendingRetry
    }
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
