import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ApiResponse, RequestDescription } from '@/api/client'
import { customerGroupFieldNames, type CustomerGroup, type CustomerGroupFieldName } from '@/api/customer-group-fields'
import type { MemberColumnId } from '@/api/member-columns'
import type { DeepLink, RejectedDeepLink } from '@/ecwid/deep-link'
import { toApiFailure } from '@/presentation/api-failure'
import { failureOf, idle, shownData, type AsyncState } from '@/loading/async-state'
import { useGroupMembersStore } from './group-members'
import { useGroupSalesStore } from './group-sales'
import { useMemberExportStore } from './member-export'
import { useMembersWithOrdersStore } from './members-with-orders'
import { useCustomerGroupsApi } from '@/composables/use-apis'
import { createLatestRequest } from '@/loading/latest-request'
import { createRetryCountdown } from '@/loading/retry-countdown'

/** One answer for one (group, fields) pair. */
export type GroupAnswer = ApiResponse<CustomerGroup> & {
  readonly groupId: number
  readonly fields: readonly CustomerGroupFieldName[]
  /** When the answer arrived (epoch ms): shown when an older answer stays on screen. */
  readonly fetchedAt: number
  /** Served from this session's memory rather than a new request. */
  readonly fromMemory: boolean
}

export type GroupDetailsState =
  AsyncState<GroupAnswer> | { readonly status: 'invalid-link'; readonly link: RejectedDeepLink }

/** The group on screen, the fields asked for, and what the API answered. */
export const useGroupDetailsStore = defineStore('groupDetails', () => {
  const api = useCustomerGroupsApi()
  const members = useGroupMembersStore()
  const withOrders = useMembersWithOrdersStore()
  const sales = useGroupSalesStore()
  const memberExport = useMemberExportStore()
  const latest = createLatestRequest()

  const selectedGroupId = ref<number | null>(null)
  const selectedFields = ref<CustomerGroupFieldName[]>([...customerGroupFieldNames])
  /** responseFields names a deep link asked for that this app does not know. */
  const ignoredLinkFields = ref<string[]>([])
  const state = shallowRef<GroupDetailsState>(idle())
  const retries = createRetryCountdown(state, latest, {
    keepBody: true,
    // As when a request fails: the remembered answer must not come back looking fresh.
    onStop: () => {
      if (selectedGroupId.value !== null) answered.delete(memoryKey(selectedGroupId.value, selectedFields.value))
    },
  })

  const answer = computed(() => (state.value.status === 'invalid-link' ? null : shownData(state.value)))
  const failure = computed(() => (state.value.status === 'invalid-link' ? null : failureOf(state.value)))
  const request = computed<RequestDescription | null>(() =>
    selectedGroupId.value === null ? null : api.describeGroupRequest(selectedGroupId.value, selectedFields.value),
  )

  // Answers already fetched this session, by group and field selection. Not state: it only
  // saves requests, and nothing renders it directly.
  const answered = new Map<string, Omit<GroupAnswer, 'fromMemory'>>()

  function inSchemaOrder(fields: readonly CustomerGroupFieldName[]): CustomerGroupFieldName[] {
    return customerGroupFieldNames.filter((name) => fields.includes(name))
  }

  function memoryKey(groupId: number, fields: readonly CustomerGroupFieldName[]): string {
    return `${groupId}|${inSchemaOrder(fields).join(',')}`
  }

  async function load(options: { bypassMemory: boolean }): Promise<void> {
    const groupId = selectedGroupId.value
    if (groupId === null) return
    const fields = [...selectedFields.value]
    const key = memoryKey(groupId, fields)

    const remembered = options.bypassMemory ? undefined : answered.get(key)
    if (remembered) {
      latest.cancel()
      state.value = { status: 'success', data: { ...remembered, fromMemory: true } }
      return
    }

    // A refresh keeps the answer on screen until the new one replaces it, or fails.
    const current = answer.value
    const kept = current && memoryKey(current.groupId, current.fields) === key ? current : null
    state.value = { status: 'loading', kept }
    const outcome = await latest.run((signal) => api.getGroup(groupId, fields, retries.requestOptions(signal)))
    if (outcome.kind === 'superseded') return
    if (outcome.kind === 'failed') {
      // Asking again just failed: the remembered answer must not come back looking fresh.
      answered.delete(key)
      state.value = { status: 'error', failure: toApiFailure(outcome.error), kept }
      return
    }
    const fresh = { ...outcome.value, groupId, fields, fetchedAt: Date.now() }
    answered.set(key, fresh)
    state.value = { status: 'success', data: { ...fresh, fromMemory: false } }
  }

  /**
   * Shows a group, and its members unless they are on screen already. `group` settles when the
   * group's answer (or failure) is in, or a newer request replaced it; `members` likewise for the
   * members' first page, at once when they were not asked for again.
   */
  function loadGroupAndMembers(
    groupId: number,
    fields?: readonly CustomerGroupFieldName[],
    memberColumns?: readonly MemberColumnId[] | null,
  ): { group: Promise<void>; members: Promise<void> } {
    const sameGroup = selectedGroupId.value === groupId && state.value.status !== 'invalid-link'
    selectedGroupId.value = groupId
    if (fields && fields.length > 0) selectedFields.value = inSchemaOrder(fields)
    if (!sameGroup) {
      ignoredLinkFields.value = []
      // The summary and an export are of one group: another group's are not shown with this one.
      sales.clear()
      memberExport.clear()
      void withOrders.loadFor(groupId)
    }
    // Choosing the group on screen again is also how a merchant retries members that failed.
    const membersLoaded = !sameGroup || members.failure ? members.loadFor(groupId, memberColumns) : Promise.resolve()
    return { group: load({ bypassMemory: false }), members: membersLoaded }
  }

  /** Shows a group and its members; a deep link may bring its own field selection along. */
  function selectGroup(groupId: number, fields?: readonly CustomerGroupFieldName[]): Promise<void> {
    return loadGroupAndMembers(groupId, fields).group
  }

  /**
   * Follows the link the app was opened with; a link that is not a group's says so. Settles once
   * the group and its members have answered (or failed): the first screen waits for both.
   */
  function openDeepLink(link: DeepLink): Promise<void> {
    switch (link.kind) {
      case 'none':
        return Promise.resolve()
      case 'group': {
        const loading = loadGroupAndMembers(link.groupId, link.fields ?? undefined, link.memberColumns)
        ignoredLinkFields.value = [...link.ignoredFields]
        return Promise.all([loading.group, loading.members]).then(() => undefined)
      }
      case 'invalid-group-id':
      case 'malformed':
        latest.cancel()
        members.clear()
        withOrders.clear()
        sales.clear()
        memberExport.clear()
        selectedGroupId.value = null
        state.value = { status: 'invalid-link', link }
        return Promise.resolve()
    }
  }

  function setFields(fields: readonly CustomerGroupFieldName[]): Promise<void> {
    // Ecwid would answer an empty selection with everything; keep at least one ticked instead.
    if (fields.length === 0) return Promise.resolve()
    selectedFields.value = inSchemaOrder(fields)
    return load({ bypassMemory: false })
  }

  function setFieldSelected(field: CustomerGroupFieldName, selected: boolean): Promise<void> {
    const others = selectedFields.value.filter((name) => name !== field)
    return setFields(selected ? [...others, field] : others)
  }

  function selectAllFields(): Promise<void> {
    return setFields(customerGroupFieldNames)
  }

  /** Asks the API for the group again, whatever this session already knows. */
  function reload(): Promise<void> {
    return load({ bypassMemory: true })
  }

  /** The group and its members, both fresh. */
  function refresh(): Promise<void> {
    const groupId = selectedGroupId.value
    if (groupId === null) return Promise.resolve()
    void withOrders.loadFor(groupId)
    return Promise.all([reload(), members.refresh(groupId)]).then(() => undefined)
  }

  return {
    selectedGroupId,
    selectedFields,
    ignoredLinkFields,
    state,
    answer,
    failure,
    countdown: retries.countdown,
    stopCountdown: retries.stop,
    request,
    selectGroup,
    openDeepLink,
    setFields,
    setFieldSelected,
    selectAllFields,
    reload,
    refresh,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGroupDetailsStore, import.meta.hot))
