import type { ApiResponse, EcwidClient, RequestDescription, RequestOptions } from './client'
import { parseEcwidDate } from './ecwid-date'
import { invalidResponse, isRecord } from './json-checks'
import {
  memberColumn,
  memberItemFields,
  sortByParameter,
  type MemberColumnId,
  type MemberSort,
  type MemberValues,
} from './member-columns'
import { fieldNames, toResponseFields } from './response-fields'
import type { StoreRequest } from './request'
import { pageQuery, parseSearchPage, type PageRequest, type SearchPage } from './search-page'

/** A member of a customer group, with the values of the columns asked for. Personal data: memory only. */
export type GroupMember = { readonly id: number } & MemberValues

export type GroupMemberPage = SearchPage<GroupMember>

/** Which members, in which order, with which columns. */
export interface MemberQuery {
  readonly groupId: number
  /** Name or email; empty for everyone. */
  readonly keyword: string
  readonly sort: MemberSort
  readonly columns: readonly MemberColumnId[]
}

export type MemberPageRequest = MemberQuery & Omit<PageRequest, 'keyword'>

/** The value at a column's source, checked against its kind; undefined when absent. */
function columnValue(item: Record<string, unknown>, id: MemberColumnId): MemberValues[MemberColumnId] | null {
  const { source, kind } = memberColumn(id)
  const holder = source.length === 2 ? item[source[0]] : item
  if (holder === undefined || holder === null) return undefined
  if (!isRecord(holder)) return null
  const value = holder[source[source.length - 1]!]
  // Optional in Ecwid's answers (no orders: no order dates); a wrong type is still a wrong answer.
  if (value === undefined || value === null) return undefined
  switch (kind) {
    case 'text':
      return typeof value === 'string' ? value : null
    case 'count':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? value : null
    case 'date':
      return typeof value === 'string' ? parseEcwidDate(value) : null
    case 'yes-no':
      return typeof value === 'boolean' ? value : null
    case 'customer-type': {
      const type = typeof value === 'string' ? value.toLowerCase() : null
      return type === 'b2b' || type === 'b2c' ? type : null
    }
  }
}

/** Reads the columns asked for from one item; null when any of them has the wrong shape. */
export function memberParser(columns: readonly MemberColumnId[]): (item: unknown) => GroupMember | null {
  return (item) => {
    if (!isRecord(item) || typeof item.id !== 'number') return null
    const member: Record<string, unknown> = { id: item.id }
    for (const id of columns) {
      const value = columnValue(item, id)
      if (value === null) return null
      if (value !== undefined) member[id] = value
    }
    return member as GroupMember
  }
}

/**
 * A page of a group's members, with only the fields of the columns shown. The parameters are
 * always in this order: index.html's early request for the first page (boot/early-start.ts) is
 * matched to the store's by its address.
 */
export function groupMembersRequest({
  groupId,
  keyword,
  sort,
  columns,
  offset,
  limit,
}: MemberPageRequest): StoreRequest {
  return {
    path: '/customers',
    query: {
      customerGroupIds: groupId,
      ...pageQuery({ keyword, offset, limit }),
      sortBy: sortByParameter(sort),
      responseFields: memberResponseFields(columns),
    },
  }
}

/** `total,count,items(id,name,stats(salesValue))`: the page's counts and the columns' fields. */
export function memberResponseFields(columns: readonly MemberColumnId[]): string {
  return toResponseFields([...fieldNames('total', 'count'), { name: 'items', children: memberItemFields(columns) }])
}

/** How many of a group's members have ordered at least once: Ecwid counts, nothing is listed. */
export function membersWithOrdersRequest(groupId: number): StoreRequest {
  return {
    path: '/customers',
    query: { customerGroupIds: groupId, minOrderCount: 1, limit: 1, responseFields: 'total' },
  }
}

function parseTotal(json: unknown): number {
  if (!isRecord(json) || typeof json.total !== 'number' || !Number.isSafeInteger(json.total) || json.total < 0)
    throw invalidResponse({ code: 'count-without-total' })
  return json.total
}

export interface CustomersApi {
  /** One page of the customers in a group; General (0) is a group like any other. */
  searchGroupMembers(request: MemberPageRequest, options?: RequestOptions): Promise<ApiResponse<GroupMemberPage>>
  /** The members request as sent, for the request line and "Copy as cURL". */
  describeGroupMembers(request: MemberPageRequest): RequestDescription
  countMembersWithOrders(groupId: number, options?: RequestOptions): Promise<ApiResponse<number>>
}

export function createCustomersApi(client: EcwidClient): CustomersApi {
  return {
    searchGroupMembers: (request, options) =>
      client.get({ ...groupMembersRequest(request), ...options }, (json) =>
        parseSearchPage(json, request, memberParser(request.columns), 'customer'),
      ),
    describeGroupMembers: (request) => client.describe(groupMembersRequest(request)),
    countMembersWithOrders: (groupId, options) =>
      client.get({ ...membersWithOrdersRequest(groupId), ...options }, parseTotal),
  }
}
