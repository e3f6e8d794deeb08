import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { ApiResponse, RequestDescription } from '@/api/client'
import { customerGroupFieldNames, type CustomerGroupFieldName } from '@/api/customer-group-fields'
import type { CustomerGroup } from '@/api/customer-groups'
import { isAbortError } from '@/api/errors'
import type { DeepLink } from '@/ecwid/deep-link'
import { toApiFailure, type ApiFailure } from '@/presentation/api-failure'
import { useCustomerGroupsApi } from './injection'

export type DetailStatus = 'idle' | 'loading' | 'success' | 'error' | 'invalid-id'

/** A deep link that could not be followed. */
export type RejectedDeepLink = Extract<DeepLink, { kind: 'invalid-group-id' | 'malformed' }>

export type GroupResponse = ApiResponse<CustomerGroup> & {
  /** Served from this session's memory rather than a new request. */
  readonly fromMemory: boolean
}

/** The group on screen, the fields asked for, and what the API answered. */
export const useGroupDetailsStore = defineStore('groupDetails', () => {
  const api = useCustomerGroupsApi()

  const selectedGroupId = ref<number | null>(null)
  const selectedFields = ref<CustomerGroupFieldName[]>([...customerGroupFieldNames])
  const status = ref<DetailStatus>('idle')
  const response = shallowRef<GroupResponse | null>(null)
  const failure = ref<ApiFailure | null>(null)
  const rejectedDeepLink = ref<RejectedDeepLink | null>(null)

  const request = computed<RequestDescription | null>(() =>
    selectedGroupId.value === null ? null : api.describeGroupRequest(selectedGroupId.value, selectedFields.value),
  )

  // Answers already fetched this session, by group and field selection. Not state: it only
  // saves requests, and nothing renders it directly.
  const answered = new Map<string, ApiResponse<CustomerGroup>>()
  let inFlight: AbortController | null = null

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
    // Whatever was loading is now superseded: cancel it so its answer can never land here.
    inFlight?.abort()
    inFlight = null
    failure.value = null

    const remembered = options.bypassMemory ? undefined : answered.get(key)
    if (remembered) {
      response.value = { ...remembered, fromMemory: true }
      status.value = 'success'
      return
    }

    const controller = new AbortController()
    inFlight = controller
    response.value = null
    status.value = 'loading'
    try {
      const answer = await api.getGroup(groupId, fields, controller.signal)
      if (inFlight !== controller) return
      answered.set(key, answer)
      response.value = { ...answer, fromMemory: false }
      status.value = 'success'
    } catch (error) {
      if (inFlight !== controller || isAbortError(error)) return
      failure.value = toApiFailure(error)
      status.value = 'error'
    } finally {
      if (inFlight === controller) inFlight = null
    }
  }

  /** Shows a group; a deep link may bring its own field selection along. */
  function selectGroup(groupId: number, fields?: readonly CustomerGroupFieldName[]): Promise<void> {
    rejectedDeepLink.value = null
    selectedGroupId.value = groupId
    if (fields && fields.length > 0) selectedFields.value = inSchemaOrder(fields)
    return load({ bypassMemory: false })
  }

  /** A deep link carried something that is not a group ID: say so, request nothing. */
  function rejectDeepLink(link: RejectedDeepLink): void {
    inFlight?.abort()
    inFlight = null
    selectedGroupId.value = null
    response.value = null
    failure.value = null
    rejectedDeepLink.value = link
    status.value = 'invalid-id'
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

  /** Asks the API again, whatever this session already knows. */
  function refresh(): Promise<void> {
    return load({ bypassMemory: true })
  }

  return {
    selectedGroupId,
    selectedFields,
    status,
    response,
    failure,
    rejectedDeepLink,
    request,
    selectGroup,
    rejectDeepLink,
    setFields,
    setFieldSelected,
    selectAllFields,
    refresh,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useGroupDetailsStore, import.meta.hot))
