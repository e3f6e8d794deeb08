import { computed, type ComputedRef } from 'vue'
import type { ApiFailure } from '@/presentation/api-failure'
import {
  describeFailure,
  isToldByPage,
  type FailureContext,
  type FailureMessage,
} from '@/presentation/failure-messages'
import { usePageAlertStore } from '@/stores/page-alert'

/**
 * What a pane's own alert says: its failure in the merchant's words, unless the page alert above
 * everything already tells the same problem.
 */
export function usePaneFailure(
  failure: () => ApiFailure | null,
  context: () => FailureContext = () => ({}),
): ComputedRef<FailureMessage | null> {
  const pageAlert = usePageAlertStore()
  return computed(() => {
    const own = failure()
    return own && !isToldByPage(own, pageAlert.failure) ? describeFailure(own, context()) : null
  })
}
