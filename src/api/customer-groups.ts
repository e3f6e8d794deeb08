import type { ApiResponse, EcwidClient, RequestDescription } from './client'
import { customerGroupFieldNames, type CustomerGroupFieldName } from './customer-group-fields'
import { EcwidApiError } from './errors'
import { fieldNames, responseFieldsFor, toResponseFields } from './response-fields'

/** Ecwid's maximum page size for search calls. */
export const MAX_PAGE_SIZE = 100

/** A group as returned: the known fields when selected, plus whatever Ecwid adds later. */
export interface CustomerGroup {
  readonly id?: number
  readonly name?: string
  readonly externalReferenceId?: string
  readonly [unknownField: string]: unknown
}

export interface CustomerGroupSummary {
  readonly id: number
  readonly name: string
}

export interface CustomerGroupPage {
  readonly total: number
  readonly count: number
  readonly items: readonly CustomerGroupSummary[]
}

function invalid(reason: string): EcwidApiError {
  return new EcwidApiError({ kind: 'invalid-response', serverMessage: reason })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const expectedTypes: Record<CustomerGroupFieldName, 'number' | 'string'> = {
  id: 'number',
  name: 'string',
  externalReferenceId: 'string',
}

export function parseCustomerGroup(json: unknown): CustomerGroup {
  if (!isRecord(json)) throw invalid('A customer group must be a JSON object.')
  for (const name of customerGroupFieldNames) {
    const value = json[name]
    if (value !== undefined && value !== null && typeof value !== expectedTypes[name]) {
      throw invalid(`Field ${name} should be a ${expectedTypes[name]}.`)
    }
  }
  return json as CustomerGroup
}

export function parseCustomerGroupPage(json: unknown): CustomerGroupPage {
  if (!isRecord(json)) throw invalid('A search result must be a JSON object.')
  const { total, count, items } = json
  if (typeof total !== 'number' || typeof count !== 'number' || !Array.isArray(items)) {
    throw invalid('A search result needs total, count and items.')
  }
  const groups = items.map((item: unknown) => {
    if (!isRecord(item) || typeof item.id !== 'number' || typeof item.name !== 'string') {
      throw invalid('Each customer group in a search result needs an id and a name.')
    }
    return { id: item.id, name: item.name }
  })
  return { total, count, items: groups }
}

export interface CustomerGroupsApi {
  describeGroupRequest(groupId: number, selectedFields: readonly CustomerGroupFieldName[]): RequestDescription
  getGroup(groupId: number, selectedFields: readonly CustomerGroupFieldName[], signal?: AbortSignal): Promise<ApiResponse<CustomerGroup>>
  listFirstPage(signal?: AbortSignal): Promise<ApiResponse<CustomerGroupPage>>
}

export function createCustomerGroupsApi(client: EcwidClient): CustomerGroupsApi {
  function groupRequest(groupId: number, selectedFields: readonly CustomerGroupFieldName[]) {
    return {
      path: `/customer_groups/${groupId}`,
      query: { responseFields: responseFieldsFor(selectedFields, customerGroupFieldNames) },
    }
  }

  return {
    describeGroupRequest: (groupId, selectedFields) => client.describe(groupRequest(groupId, selectedFields)),
    getGroup: (groupId, selectedFields, signal) =>
      client.get({ ...groupRequest(groupId, selectedFields), signal }, parseCustomerGroup),
    listFirstPage: (signal) =>
      client.get(
        {
          path: '/customer_groups',
          // The list shows only names, so it asks only for what it shows.
          query: {
            limit: MAX_PAGE_SIZE,
            responseFields: toResponseFields([...fieldNames('total', 'count'), { name: 'items', children: fieldNames('id', 'name') }]),
          },
          signal,
        },
        parseCustomerGroupPage,
      ),
  }
}
