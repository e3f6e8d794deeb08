import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { StoreCurrency } from '@/api/store-profile'
import { toApiFailure, withoutBody } from '@/presentation/api-failure'
import { failureOf, idle, shownData, type AsyncState } from '@/loading/async-state'
import { useStoreProfileApi } from '@/composables/use-apis'
import { createLatestRequest } from '@/loading/latest-request'

/**
 * The store's currency, read once from its profile when an amount is first shown. Without it
 * (the app lacks `read_store_profile`, which it may: it is optional) amounts are plain numbers,
 * and the page says why; nothing else depends on it, so its failure is never the page's.
 */
export const useStoreCurrencyStore = defineStore('storeCurrency', () => {
  const api = useStoreProfileApi()
  const latest = createLatestRequest()
  const state = shallowRef<AsyncState<StoreCurrency>>(idle())
  const currency = computed(() => shownData(state.value))
  const failure = computed(() => failureOf(state.value))

  let asked: Promise<void> | undefined
  /** Asks once per app; asking again after a failure waits for an explicit retry. */
  function ensureLoaded(): Promise<void> {
    return (asked ??= load())
  }

  async function load(): Promise<void> {
    state.value = { status: 'loading', kept: null }
    const outcome = await latest.run((signal) => api.getCurrency({ signal }))
    if (outcome.kind === 'superseded') return
    state.value =
      outcome.kind === 'done'
        ? { status: 'success', data: outcome.value.data }
        : { status: 'error', failure: withoutBody(toApiFailure(outcome.error)), kept: null }
  }

  function retry(): Promise<void> {
    return (asked = load())
  }

  return { state, currency, failure, ensureLoaded, retry }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useStoreCurrencyStore, import.meta.hot))
