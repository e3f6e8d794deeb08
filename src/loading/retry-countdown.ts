import { computed, type ComputedRef, type Ref } from 'vue'
import type { RequestOptions } from '@/api/client'
import { toApiFailure, withoutBody } from '@/presentation/api-failure'
import type { AsyncState, PendingRetry } from './async-state'
import type { LatestRequest } from './latest-request'

type LoaderState = AsyncState<unknown> | { readonly status: 'invalid-link' }

export interface RetryCountdownControls {
  /** The options for a request: its signal, and its retry waits shown in the loader's state. */
  requestOptions(signal: AbortSignal): RequestOptions
  /** Between two attempts: what failed, and when the next attempt starts. */
  readonly countdown: ComputedRef<PendingRetry | null>
  /** Stops the automatic retry: the failure it was waiting out stands, with Retry, over what was kept. */
  stop(): void
}

/**
 * What one loader needs so the page can count down to its next automatic attempt and let the
 * merchant stop waiting. `keepBody: false` for loaders whose raw answer nothing shows (its body
 * would be state for nothing, personal data for the members).
 */
export function createRetryCountdown(
  state: Ref<LoaderState>,
  latest: LatestRequest,
  options: { readonly keepBody: boolean; readonly onStop?: () => void },
): RetryCountdownControls {
  return {
    requestOptions: (signal) => ({
      signal,
      onRetryWait: ({ failure, delayMs }) => {
        // A superseded request is aborted: its waits are no longer this loader's.
        const current = state.value
        if (signal.aborted || current.status !== 'loading') return
        const kept = toApiFailure(failure)
        const waiting = { failure: options.keepBody ? kept : withoutBody(kept), retryAt: Date.now() + delayMs, delayMs }
        state.value = { ...current, waiting }
      },
    }),
    countdown: computed(() => (state.value.status === 'loading' ? (state.value.waiting ?? null) : null)),
    stop() {
      const current = state.value
      if (current.status !== 'loading' || !current.waiting) return
      latest.cancel()
      options.onStop?.()
      state.value = { status: 'error', failure: current.waiting.failure, kept: current.kept }
    },
  }
}
