import { computed, type ComputedRef } from 'vue'
import type { ApiFailure } from '@/presentation/api-failure'
import {
  describeFailure,
  isToldByPage,
  type FailureContext,
  type FailureMessage,
} from '@/presentation/failure-messages'
import { useI18n } from '@/i18n/use-i18n'
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
  const i18n = useI18n()
  return computed(() => {
    const own = failure()
    return own && !isToldByPage(own, pageAlert.failure) ? describeFailure(own, i18n, context()) : null
  })
}
