import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref } from 'vue'
import type { CustomerGroupSummary } from '@/api/customer-groups'
import { isAbortError } from '@/api/errors'
import { toApiFailure, type ApiFailure } from '@/presentation/api-failure'
import { useCustomerGroupsApi } from './injection'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** The first page of the store's customer groups, General (ID 0) first, as Ecwid orders them. */
export const useGroupListStore = defineStore('groupList', () => {
  const api = useCustomerGroupsApi()

  const groups = ref<CustomerGroupSummary[]>([])
  const total = ref(0)
  const status = ref<LoadStatus>('idle')
  const failure = ref<ApiFailure | null>(null)

  let inFlight: AbortController | null = null

  async function load(): Promise<void> {
    inFlight?.abort()
    const controller = new AbortController()
    inFlight = controller
    status.value = 'loading'
    failure.value = null
    try {
      const response = await api.listFirstPage(controller.signal)
      if (inFlight !== controller) return
      groups.value = [...response.data.items]
      total.value = response.data.total
      status.value = 'ready'
    } catch (error) {
      if (inFlight !== controller || isAbortError(error)) return
      failure.value = toApiFailure(error)
      status.value = 'error'
    }
  }

  return { groups, total, status, failure, load }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGroupListStore, import.meta.hot))
