import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { GroupMember, MemberQuery } from '@/api/customers'
import {
  DEFAULT_MEMBER_COLUMNS,
  DEFAULT_MEMBER_SORT,
  inColumnOrder,
  type MemberColumnId,
  type MemberSort,
} from '@/api/member-columns'
import { MAX_PAGE_SIZE } from '@/api/search-page'
import { SEARCH_DEBOUNCE_MS } from './group-list'
import { toApiFailure, withoutBody } from '@/presentation/api-failure'
import { failureOf, idle, shownData, type AsyncState } from '@/loading/async-state'
import { useCustomersApi } from '@/composables/use-apis'
import { createLatestRequest } from '@/loading/latest-request'
import { createRetryCountdown } from '@/loading/retry-countdown'

/** The members of one query loaded so far. */
export interface GroupMembers {
  readonly query: MemberQuery
  readonly items: readonly GroupMember[]
  readonly total: number
  /** Where the next page starts, or null once a short page said there is no more. */
  readonly nextOffset: number | null
}

/**
 * Who is in the selected group: the first 100 of a query (the group, a search within it, an
 * order, the columns shown), then more on request. Personal data: it lives in this store's memory
 * only, is never logged, and is replaced when another group is chosen.
 *
 * The columns and the order are the merchant's choice and stay when another group is chosen; the
 * search is within one group and starts empty in the next.
 */
export const useGroupMembersStore = defineStore('groupMembers', () => {
  const api = useCustomersApi()
  const latest = createLatestRequest()

  const columns = ref<MemberColumnId[]>([...DEFAULT_MEMBER_COLUMNS])
  const sort = ref<MemberSort>(DEFAULT_MEMBER_SORT)
  const keyword = ref('')
  const state = shallowRef<AsyncState<GroupMembers>>(idle())
  const retries = createRetryCountdown(state, latest, { keepBody: false })
  const shown = computed(() => shownData(state.value))
  const failure = computed(() => failureOf(state.value))
  /** The query on screen (or on its way): what a search, an order or an export applies to. */
  const groupId = ref<number | null>(null)
  const query = computed<MemberQuery | null>(() =>
    groupId.value === null
      ? null
      : { groupId: groupId.value, keyword: keyword.value.trim(), sort: sort.value, columns: columns.value },
  )

  /** What Retry does: the same page of the same query again. */
  let retryLast: () => Promise<void> = async () => {}

  /**
   * Loads one page. `before` is what the page is appended to (null: start over); `keep` is what
   * stays on screen while it loads and if it fails.
   */
  async function loadPage(query: MemberQuery, before: GroupMembers | null, keep: GroupMembers | null): Promise<void> {
    searched = query.keyword
    retryLast = () => loadPage(query, before, keep)
    const offset = before?.nextOffset ?? 0
    state.value = { status: 'loading', kept: keep, extending: before !== null }
    const outcome = await latest.run((signal) =>
      api.searchGroupMembers({ ...query, offset, limit: MAX_PAGE_SIZE }, retries.requestOptions(signal)),
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
      data: { query, items, total: page.total, nextOffset: hasMore ? offset + page.count : null },
    }
  }

  /** The first page of the query as it stands now, the rows on screen kept while it loads. */
  function reloadQuery(): Promise<void> {
    const current = query.value
    if (current === null) return Promise.resolve()
    const kept = shown.value?.query.groupId === current.groupId ? shown.value : null
    return loadPage(current, null, kept)
  }

  /** The first page of a group's members; another group's rows are dropped at once. */
  function loadFor(id: number, linkColumns?: readonly MemberColumnId[] | null): Promise<void> {
    groupId.value = id
    clearTimeout(pendingSearch)
    keyword.value = ''
    if (linkColumns && linkColumns.length > 0) columns.value = inColumnOrder(linkColumns)
    return loadPage(query.value!, null, null)
  }

  /** The first page again, the rows on screen kept until the answer replaces them. */
  function refresh(id: number): Promise<void> {
    if (groupId.value !== id) return loadFor(id)
    return reloadQuery()
  }

  let pendingSearch: ReturnType<typeof setTimeout> | undefined
  /** The keyword the rows on screen (or on their way) were asked for. */
  let searched = ''

  /** Typing in the search box: one request once the typing pauses, not one per key. */
  function setKeyword(text: string): void {
    keyword.value = text
    clearTimeout(pendingSearch)
    pendingSearch = setTimeout(() => void search(), SEARCH_DEBOUNCE_MS)
  }

  /** Members whose name or email contains the keyword, now (Enter, or the pause after typing). */
  function search(): Promise<void> {
    clearTimeout(pendingSearch)
    if (keyword.value.trim() === searched) return Promise.resolve()
    return reloadQuery()
  }

  function sortBy(next: MemberSort): Promise<void> {
    sort.value = next
    return reloadQuery()
  }

  /**
   * Shows these columns. Only what is shown is asked for: a column added is a new request; one
   * taken away is not (the rows already hold more than is shown, and the next page asks for less).
   */
  function setColumns(next: readonly MemberColumnId[]): Promise<void> {
    if (next.length === 0) return Promise.resolve()
    const asked = shown.value?.query.columns ?? []
    columns.value = inColumnOrder(next)
    // An order by a column no longer shown would sort by something the merchant cannot see.
    if (!columns.value.includes(sort.value.column)) sort.value = DEFAULT_MEMBER_SORT
    const added = columns.value.some((id) => !asked.includes(id))
    return added || sort.value !== shown.value?.query.sort ? reloadQuery() : Promise.resolve()
  }

  function loadMore(): Promise<void> {
    const current = shown.value
    if (!current || current.nextOffset === null) return Promise.resolve()
    // The next page is asked for with the columns shown now.
    return loadPage({ ...current.query, columns: columns.value }, current, current)
  }

  function retry(): Promise<void> {
    return retryLast()
  }

  /** Nothing to show: no group is selected. */
  function clear(): void {
    latest.cancel()
    retryLast = async () => {}
    groupId.value = null
    clearTimeout(pendingSearch)
    keyword.value = ''
    state.value = idle()
  }

  return {
    columns,
    sort,
    keyword,
    query,
    state,
    failure,
    countdown: retries.countdown,
    stopCountdown: retries.stop,
    loadFor,
    refresh,
    setKeyword,
    search,
    sortBy,
    setColumns,
    loadMore,
    retry,
    clear,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGroupMembersStore, import.meta.hot))
