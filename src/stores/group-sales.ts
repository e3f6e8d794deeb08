import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { DEFAULT_MEMBER_SORT } from '@/api/member-columns'
import { toApiFailure, withoutBody, type ApiFailure } from '@/presentation/api-failure'
import { useCustomersApi } from '@/composables/use-apis'
import { createLatestRequest } from '@/loading/latest-request'

/** The group's sales, summed over every member: only on request, as it pages through them all. */
export type GroupSalesState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly groupId: number; readonly loaded: number; readonly total: number }
  | {
      readonly status: 'done'
      readonly groupId: number
      readonly members: number
      readonly totalSales: number
      /** Over every member, those without an order included; null for an empty group. */
      readonly averagePerMember: number | null
      /** The group changed while it was summed: the sum is over `members`, not Ecwid's total. */
      readonly changed: { readonly expected: number; readonly received: number } | null
    }
  | { readonly status: 'stopped'; readonly groupId: number }
  | { readonly status: 'error'; readonly groupId: number; readonly failure: ApiFailure }

/** A group's total and average sales, computed over every member with a progress bar and Stop. */
export const useGroupSalesStore = defineStore('groupSales', () => {
  const api = useCustomersApi()
  const latest = createLatestRequest()
  const state = shallowRef<GroupSalesState>({ status: 'idle' })

  async function sumFor(groupId: number): Promise<void> {
    state.value = { status: 'running', groupId, loaded: 0, total: 0 }
    const outcome = await latest.run(async (signal) => {
      // The paging engine is the export's, in its lazy chunk: most visits never sum.
      const { collectMembers, memberPageFetcher } = await import('@/export')
      // Sales only, in a fixed order: nothing else is asked for.
      const query = { groupId, keyword: '', sort: DEFAULT_MEMBER_SORT, columns: ['totalSpent'] as const }
      return collectMembers({
        signal,
        fetchPage: memberPageFetcher(api, query),
        onProgress: ({ loaded, total }) => {
          if (!signal.aborted) state.value = { status: 'running', groupId, loaded, total }
        },
      })
    })
    if (outcome.kind === 'superseded') return
    if (outcome.kind === 'failed') {
      state.value = { status: 'error', groupId, failure: withoutBody(toApiFailure(outcome.error)) }
      return
    }
    const { members, changed } = outcome.value
    // Summed in cents: ten thousand amounts add no floating-point dust to the total.
    const cents = members.reduce((sum, member) => sum + Math.round((member.totalSpent ?? 0) * 100), 0)
    state.value = {
      status: 'done',
      groupId,
      members: members.length,
      totalSales: cents / 100,
      averagePerMember: members.length > 0 ? cents / 100 / members.length : null,
      changed,
    }
  }

  function stop(): void {
    if (state.value.status !== 'running') return
    const { groupId } = state.value
    latest.cancel()
    state.value = { status: 'stopped', groupId }
  }

  /** Another group is shown: this one's sum is no longer asked for. */
  function clear(): void {
    latest.cancel()
    state.value = { status: 'idle' }
  }

  return { state, sumFor, stop, clear }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGroupSalesStore, import.meta.hot))
