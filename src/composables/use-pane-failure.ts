import { computed, type ComputedRef } from 'vue'
import type { ApiFailure } from '@/presentation/api-failure'
import { isToldByPage } from '@/presentation/page-wide-failure'
import { usePageAlertStore } from '@/stores/page-alert'

/** A pane's own failure, for its alert: none when the page alert above everything tells the same problem. */
export function usePaneFailure(failure: () => ApiFailure | null): ComputedRef<ApiFailure | null> {
  const pageAlert = usePageAlertStore()
  return computed(() => {
    const own = failure()
    return own && !isToldByPage(own, pageAlert.failure) ? own : null
  })
}
