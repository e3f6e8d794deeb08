import './pinia'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import type { GroupMember } from '@/api/customers'
import { MAX_PAGE_SIZE } from '@/api/search-page'
import { toApiFailure, withoutBody } from '@/presentation/api-failure'
import { failureOf, idle, shownData, type AsyncState } from './async-state'
import { useCustomersApi } from './injection'
import { createLatestRequest } from './latest-request'
import { createRetryCountdown } from './retry-countdown'

/** The members of one group loaded so far. */
export interface GroupMembers {
  readonly groupId: number
  readonly items: readonly GroupMember[]
  readonly total: number
  /** Where the next page starts, or null once a short page said there is no more. */
  readonly nextOffset: number | null
}

/**
 * Who is in the selected group: the first 100, then more on request. Personal data: it lives in
 * this store's memory only, is never logged, and is replaced when another group is chosen.
 */
export const useGroupMembersStore = defineStore('groupMembers', () => {
  const api = useCustomersApi()
  const latest = createLatestRequest()

  const state = shallowRef<AsyncState<GroupMembers>>(idle())
  const retries = createRetryCountdown(state, latest, { keepBody: false })
  const shown = computed(() => shownData(state.value))
  const failure = computed(() => failureOf(state.value))

  /** What Retry does: the same page of the same group again. */
  let retryLast: () => Promise<void> = async () => {}

  /**
   * Loads one page. `before` is what the page is appended to (null: start over); `keep` is what
   * stays on screen while it loads and if it fails.
   */
  async function loadPage(groupId: number, before: GroupMembers | null, keep: GroupMembers | null): Promise<void> {
    retryLast = () => loadPage(groupId, before, keep)
    const offset = before?.nextOffset ?? 0
    state.value = { status: 'loading', kept: keep, extending: before !== null }
    const outcome = await latest.run((signal) =>
      api.searchGroupMembers(groupId, { offset, limit: MAX_PAGE_SIZE }, retries.requestOptions(signal)),
    )
    if (outcome.kind === 'superseded') return
    if (outcome.kind === 'failed') {
      // An unreadable body here would be customers' personal data that nothing shows: not kept.
      state.value = { status: 'error', failure: withoutBody(toApiFailure(outcome.error)), kept: keep }
      return
    }
    const page = outcome.value.data
    // Customers added or removed between two pages shift offsets: a member may come twice.
    const loaded = new Set(before?.items.map((member) => member.id))
    const items = [...(before?.items ?? []), ...page.items.filter((member) => !loaded.has(member.id))]
    const hasMore = page.count === MAX_PAGE_SIZE && offset + page.count < page.total
    state.value = {
      status: 'success',
      data: { groupId, items, total: page.total, nextOffset: hasMore ? offset + page.count : null },
    }
  }

  /** The first page of a group's members; another group's rows are dropped at once. */
  function loadFor(groupId: number): Promise<void> {
    return loadPage(groupId, null, null)
  }

  /** The first page again, the rows on screen kept until the answer replaces them. */
  function refresh(groupId: number): Promise<void> {
    const current = shown.value?.groupId === groupId ? shown.value : null
    return loadPage(groupId, null, current)
  }

  function loadMore(): Promise<void> {
    const current = shown.value
    if (!current || current.nextOffset === null) return Promise.resolve()
    return loadPage(current.groupId, current, current)
  }

  function retry(): Promise<void> {
    return retryLast()
  }

  /** Nothing to show: no group is selected. */
  function clear(): void {
    latest.cancel()
    retryLast = async () => {}
    state.value = idle()
  }

  return {
    state,
    failure,
    countdown: retries.countdown,
    stopCountdown: retries.stop,
    loadFor,
    refresh,
    loadMore,
    retry,
    clear,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGroupMembersStore, import.meta.hot))
