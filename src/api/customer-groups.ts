import type { ApiResponse, EcwidClient, RequestDescription, RequestOptions } from './client'
import {
  customerGroupFieldNames,
  customerGroupFields,
  type CustomerGroup,
  type CustomerGroupFieldName,
} from './customer-group-fields'
import { invalidResponse, isRecord } from './json-checks'
import { fieldNames, responseFieldsFor, toResponseFields } from './response-fields'
import type { StoreRequest } from './request'
import { pageQuery, parseSearchPage, type PageRequest, type SearchPage } from './search-page'

export interface CustomerGroupSummary {
  readonly id: number
  readonly name: string
}

export type CustomerGroupPage = SearchPage<CustomerGroupSummary>

/** Every known field, when present and not null, must have its schema type; unknown ones pass. */
export function parseCustomerGroup(json: unknown): CustomerGroup {
  if (!isRecord(json)) throw invalidResponse({ code: 'group-not-an-object' })
  for (const field of customerGroupFields) {
    const value = json[field.name]
    if (value !== undefined && value !== null && typeof value !== field.type) {
      throw invalidResponse({ code: 'wrong-field-type', field: field.name, type: field.type })
    }
  }
  return json as CustomerGroup
}

function parseGroupSummary(item: unknown): CustomerGroupSummary | null {
  if (!isRecord(item) || typeof item.id !== 'number' || typeof item.name !== 'string') return null
  return { id: item.id, name: item.name }
}

/** The list shows only names, so it asks only for what it shows. */
const GROUP_LIST_FIELDS = toResponseFields([
  ...fieldNames('total', 'count'),
  { name: 'items', children: fieldNames('id', 'name') },
])

export interface CustomerGroupsApi {
  describeGroupRequest(groupId: number, selectedFields: readonly CustomerGroupFieldName[]): RequestDescription
  getGroup(
    groupId: number,
    selectedFields: readonly CustomerGroupFieldName[],
    options?: RequestOptions,
  ): Promise<ApiResponse<CustomerGroup>>
  /** One page of the store's groups, General (0) first, optionally filtered by a name keyword. */
  searchGroups(page: PageRequest, options?: RequestOptions): Promise<ApiResponse<CustomerGroupPage>>
}

/** One group, with the fields selected (none named when all are: Ecwid's default). */
export function groupRequest(groupId: number, selectedFields: readonly CustomerGroupFieldName[]): StoreRequest {
  return {
    path: `/customer_groups/${groupId}`,
    query: { responseFields: responseFieldsFor(selectedFields, customerGroupFieldNames) },
  }
}

/** A page of the group list, with only the fields the list shows. */
export function groupListRequest(page: PageRequest): StoreRequest {
  return { path: '/customer_groups', query: { ...pageQuery(page), responseFields: GROUP_LIST_FIELDS } }
}

export function createCustomerGroupsApi(client: EcwidClient): CustomerGroupsApi {
  return {
    describeGroupRequest: (groupId, selectedFields) => client.describe(groupRequest(groupId, selectedFields)),
    getGroup: (groupId, selectedFields, options) =>
      client.get({ ...groupRequest(groupId, selectedFields), ...options }, parseCustomerGroup),
    searchGroups: (page, options) =>
      client.get({ ...groupListRequest(page), ...options }, (json) =>
        parseSearchPage(json, page, parseGroupSummary, 'customer-group'),
      ),
  }
}
