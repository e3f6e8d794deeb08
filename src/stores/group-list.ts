import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import type { CustomerGroupPage } from '@/api/customer-groups'
import { MAX_PAGE_SIZE } from '@/api/search-page'
import { toApiFailure, withoutBody } from '@/presentation/api-failure'
import { failureOf, idle, shownData, type AsyncState } from '@/loading/async-state'
import { useCustomerGroupsApi } from '@/composables/use-apis'
import { createLatestRequest } from '@/loading/latest-request'
import { createRetryCountdown } from '@/loading/retry-countdown'

/** Typing pauses this long before the search is sent: one request per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 300

/** A page of groups and the keyword it answers. */
export interface GroupListPage {
  readonly keyword: string
  readonly page: CustomerGroupPage
}

/**
 * The store's customer groups, one page of 100 at a time (a store with 1,000 groups never renders
 * 1,000 rows), General (ID 0) first as Ecwid orders them, optionally filtered by name.
 */
export const useGroupListStore = defineStore('groupList', () => {
  const api = useCustomerGroupsApi()
  const latest = createLatestRequest()

  /** What the search box holds; the list follows it after a pause. */
  const keyword = ref('')
  const state = shallowRef<AsyncState<GroupListPage>>(idle())
  const retries = createRetryCountdown(state, latest, { keepBody: false })
  /** Every name seen this session, so a heading can name a group the list has paged past. */
  const knownNames = reactive(new Map<number, string>())

  const shown = computed(() => shownData(state.value))
  const failure = computed(() => failureOf(state.value))
  const paging = computed(() => {
    const page = shown.value?.page
    if (!page) return null
    // Ecwid's rule: a short page is the last one, whatever total says.
    const hasNext = page.count === MAX_PAGE_SIZE && page.offset + page.count < page.total
    return {
      // An empty page (past the end, after groups were deleted) has last < first: no range to show.
      first: page.offset + 1,
      last: page.offset + page.count,
      total: page.total,
      previousOffset: page.offset > 0 ? Math.max(0, page.offset - MAX_PAGE_SIZE) : null,
      nextOffset: hasNext ? page.offset + page.count : null,
      lastOffset: hasNext ? Math.floor((page.total - 1) / MAX_PAGE_SIZE) * MAX_PAGE_SIZE : null,
    }
  })

  let pendingSearch: ReturnType<typeof setTimeout> | undefined
  /** The page asked for last: what Retry asks for again. */
  let lastAsked = { keyword: '', offset: 0 }

  async function load(searchFor: string, offset: number): Promise<void> {
    lastAsked = { keyword: searchFor, offset }
    // Rows of another search would read as this one's answer (and page as it): keep only the same search's.
    const kept = shown.value?.keyword === searchFor ? shown.value : null
    state.value = { status: 'loading', kept }
    const outcome = await latest.run((signal) =>
      api.searchGroups({ keyword: searchFor, offset, limit: MAX_PAGE_SIZE }, retries.requestOptions(signal)),
    )
    if (outcome.kind === 'superseded') return
    if (outcome.kind === 'failed') {
      state.value = { status: 'error', failure: withoutBody(toApiFailure(outcome.error)), kept }
      return
    }
    for (const group of outcome.value.data.items) knownNames.set(group.id, group.name)
    state.value = { status: 'success', data: { keyword: searchFor, page: outcome.value.data } }
  }

  /** The first page for what the search box holds now; a search waiting for typing to pause goes now. */
  function search(): Promise<void> {
    clearTimeout(pendingSearch)
    return load(keyword.value.trim(), 0)
  }

  /** Follows typing: the search goes out once the merchant pauses. */
  function setKeyword(text: string): void {
    keyword.value = text
    clearTimeout(pendingSearch)
    pendingSearch = setTimeout(() => void search(), SEARCH_DEBOUNCE_MS)
  }

  function clearSearch(): Promise<void> {
    keyword.value = ''
    return search()
  }

  /** Another page of the same search. */
  function goToOffset(offset: number): Promise<void> {
    return load(shown.value?.keyword ?? keyword.value.trim(), offset)
  }

  /** The page asked for last, again: after a failure, or to see changes made elsewhere. */
  function refresh(): Promise<void> {
    return load(lastAsked.keyword, lastAsked.offset)
  }

  function nameOf(groupId: number): string | undefined {
    return knownNames.get(groupId)
  }

  return {
    keyword,
    state,
    knownNames,
    failure,
    countdown: retries.countdown,
    stopCountdown: retries.stop,
    paging,
    search,
    setKeyword,
    clearSearch,
    goToOffset,
    refresh,
    nameOf,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGroupListStore, import.meta.hot))
