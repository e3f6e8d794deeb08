import type { ApiResponse, EcwidClient, RequestOptions } from './client'
import { isRecord } from './json-checks'
import { fieldNames, toResponseFields } from './response-fields'
import type { StoreRequest } from './request'
import { pageQuery, parseSearchPage, type PageRequest, type SearchPage } from './search-page'

/** A member of a customer group, as the members table shows it. Personal data: memory only. */
export interface GroupMember {
  readonly id: number
  /** Ecwid allows a customer with only an email: the name may be empty. */
  readonly name: string
  readonly email: string
  readonly totalOrderCount: number
}

export type GroupMemberPage = SearchPage<GroupMember>

/** The members table shows these four columns and asks for nothing else. */
const MEMBER_FIELDS = toResponseFields([
  ...fieldNames('total', 'count'),
  { name: 'items', children: fieldNames('id', 'name', 'email', 'totalOrderCount') },
])

function parseMember(item: unknown): GroupMember | null {
  if (!isRecord(item) || typeof item.id !== 'number') return null
  const { name, email, totalOrderCount } = item
  // Optional in Ecwid's answers; a wrong type is still a wrong answer.
  if ((name !== undefined && typeof name !== 'string') || (email !== undefined && typeof email !== 'string'))
    return null
  if (totalOrderCount !== undefined && typeof totalOrderCount !== 'number') return null
  return { id: item.id, name: name ?? '', email: email ?? '', totalOrderCount: totalOrderCount ?? 0 }
}

export interface CustomersApi {
  /** One page of the customers in a group; General (0) is a group like any other. */
  searchGroupMembers(
    groupId: number,
    page: Omit<PageRequest, 'keyword'>,
    options?: RequestOptions,
  ): Promise<ApiResponse<GroupMemberPage>>
}

/** A page of a group's members, with only the fields the members table shows. */
export function groupMembersRequest(groupId: number, page: Omit<PageRequest, 'keyword'>): StoreRequest {
  return { path: '/customers', query: { customerGroupIds: groupId, ...pageQuery(page), responseFields: MEMBER_FIELDS } }
}

export function createCustomersApi(client: EcwidClient): CustomersApi {
  return {
    searchGroupMembers: (groupId, page, options) =>
      client.get({ ...groupMembersRequest(groupId, page), ...options }, (json) =>
        parseSearchPage(json, page, parseMember, 'customer'),
      ),
  }
}
