import { customerGroupFieldNames, type CustomerGroupFieldName } from '@/api/customer-group-fields'
import { groupListRequest, groupRequest } from '@/api/customer-groups'
import { groupMembersRequest, membersWithOrdersRequest } from '@/api/customers'
import { DEFAULT_MEMBER_COLUMNS, DEFAULT_MEMBER_SORT, showsAmounts, type MemberColumnId } from '@/api/member-columns'
import { storeProfileRequest } from '@/api/store-profile'
import type { StoreRequest } from '@/api/request'
import { MAX_PAGE_SIZE, type PageRequest } from '@/api/search-page'
import { parseDeepLink } from '@/ecwid/deep-link'

/** What the first screen asks for, read from the deep link alone. */
export interface FirstScreenPlan {
  /** The first page of the group list, unfiltered. */
  readonly listPage: PageRequest
  /** The deep-linked group, with its fields as the details store orders them; null without a link. */
  readonly deepLinked: {
    readonly groupId: number
    readonly fields: readonly CustomerGroupFieldName[]
    readonly memberColumns: readonly MemberColumnId[]
  } | null
}

/** The same plan the stores follow once they run: the first list page and, for a link, the group. */
export function firstScreenPlan(appState: string | null): FirstScreenPlan {
  const link = parseDeepLink(appState)
  return {
    listPage: { keyword: '', offset: 0, limit: MAX_PAGE_SIZE },
    deepLinked:
      link.kind === 'group'
        ? {
            groupId: link.groupId,
            // A link's fields in schema order, or every field.
            fields: link.fields?.length
              ? customerGroupFieldNames.filter((name) => link.fields?.includes(name))
              : customerGroupFieldNames,
            memberColumns: link.memberColumns ?? DEFAULT_MEMBER_COLUMNS,
          }
        : null,
  }
}

/**
 * The plan's requests, the deep-linked group first (what the merchant opened the app for), then
 * the list page, the group's first page of members, its count of members who have ordered, and
 * the store's currency when a column shows amounts.
 */
export function firstScreenRequests({ listPage, deepLinked }: FirstScreenPlan): StoreRequest[] {
  if (!deepLinked) return [groupListRequest(listPage)]
  return [
    groupRequest(deepLinked.groupId, deepLinked.fields),
    groupListRequest(listPage),
    groupMembersRequest({
      groupId: deepLinked.groupId,
      keyword: '',
      sort: DEFAULT_MEMBER_SORT,
      columns: deepLinked.memberColumns,
      offset: 0,
      limit: MAX_PAGE_SIZE,
    }),
    membersWithOrdersRequest(deepLinked.groupId),
    ...(showsAmounts(deepLinked.memberColumns) ? [storeProfileRequest()] : []),
  ]
}
