import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { toApiFailure, withoutBody } from '@/presentation/api-failure'
import { idle, type AsyncState } from '@/loading/async-state'
import { useCustomersApi } from '@/composables/use-apis'
import { createLatestRequest } from '@/loading/latest-request'

export interface MembersWithOrders {
  readonly groupId: number
  readonly count: number
}

/**
 * How many of the group's members have ordered at least once, for the group's summary: one
 * request that Ecwid answers with a count, whatever the group's size.
 */
export const useMembersWithOrdersStore = defineStore('membersWithOrders', () => {
  const api = useCustomersApi()
  const latest = createLatestRequest()
  const state = shallowRef<AsyncState<MembersWithOrders>>(idle())

  async function loadFor(groupId: number): Promise<void> {
    state.value = { status: 'loading', kept: null }
    const outcome = await latest.run((signal) => api.countMembersWithOrders(groupId, { signal }))
    if (outcome.kind === 'superseded') return
    state.value =
      outcome.kind === 'done'
        ? { status: 'success', data: { groupId, count: outcome.value.data } }
        : { status: 'error', failure: withoutBody(toApiFailure(outcome.error)), kept: null }
  }

  function clear(): void {
    latest.cancel()
    state.value = idle()
  }

  return { state, loadFor, clear }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useMembersWithOrdersStore, import.meta.hot))
