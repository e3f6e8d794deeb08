import { createEcwidClient, DEFAULT_API_BASE, type ApiResponse } from '@/api/client'
import { customerGroupFieldNames, type CustomerGroup, type CustomerGroupFieldName } from '@/api/customer-group-fields'
import { createCustomerGroupsApi, type CustomerGroupPage, type CustomerGroupsApi } from '@/api/customer-groups'
import { createCustomersApi, type CustomersApi, type GroupMemberPage } from '@/api/customers'
import { MAX_PAGE_SIZE } from '@/api/search-page'
import { parseDeepLink } from '@/ecwid/deep-link'
import { parsePayload } from '@/ecwid/payload'
import type { Locale } from '@/i18n/locales'
import { readFragmentPayload } from './fragment-payload'
import { prefetch, type Prefetch } from './prefetch'

/** The APIs the app talks to, bound to one store and its token. */
export interface StoreApis {
  readonly customerGroups: CustomerGroupsApi
  readonly customers: CustomersApi
}

/** The requests a deep link's first screen makes, started from the payload in the URL. */
export interface EarlyRequests {
  /** The merchant's language, as the payload says. */
  readonly lang: Locale
  /** Whether these were made for this store and token (the SDK's reading of the same payload). */
  isFor(storeId: number, accessToken: string): boolean
  /** The APIs, whose first call for each of these requests gets the one already in flight. */
  readonly apis: StoreApis
}

export function createStoreApis(storeId: number, accessToken: string): StoreApis {
  const client = createEcwidClient({
    apiBase: import.meta.env.VITE_ECWID_API_BASE || DEFAULT_API_BASE,
    storeId,
    authorization: `Bearer ${accessToken}`,
  })
  return { customerGroups: createCustomerGroupsApi(client), customers: createCustomersApi(client) }
}

const sameFields = (a: readonly CustomerGroupFieldName[], b: readonly CustomerGroupFieldName[]) =>
  a.length === b.length && a.every((name, index) => name === b[index])

/**
 * Starts, from the URL alone, what the first screen will ask for: the first page of groups and,
 * for a deep link, the group and its first 100 members. The stores ask for the same a few hundred
 * milliseconds later, once the framework has loaded, and get these answers instead of new requests.
 * The token goes into the API client and nowhere else.
 */
export function startEarlyRequests(location: Pick<Location, 'hash'>): EarlyRequests | null {
  const payload = parsePayload(readFragmentPayload(location.hash), true)
  if (!payload.ok) return null
  const { storeId, accessToken, appState } = payload.session
  const real = createStoreApis(storeId, accessToken)

  const firstListPage = { keyword: '', offset: 0, limit: MAX_PAGE_SIZE }
  const list: Prefetch<ApiResponse<CustomerGroupPage>> = prefetch((options) =>
    real.customerGroups.searchGroups(firstListPage, options),
  )
  const link = parseDeepLink(appState)
  const deepLinked =
    link.kind === 'group'
      ? {
          groupId: link.groupId,
          // As the details store orders them: a link's fields in schema order, or every field.
          fields: link.fields?.length
            ? customerGroupFieldNames.filter((name) => link.fields?.includes(name))
            : customerGroupFieldNames,
        }
      : null
  const group: Prefetch<ApiResponse<CustomerGroup>> | null =
    deepLinked && prefetch((options) => real.customerGroups.getGroup(deepLinked.groupId, deepLinked.fields, options))
  const members: Prefetch<ApiResponse<GroupMemberPage>> | null =
    deepLinked &&
    prefetch((options) =>
      real.customers.searchGroupMembers(deepLinked.groupId, { offset: 0, limit: MAX_PAGE_SIZE }, options),
    )

  const apis: StoreApis = {
    customerGroups: {
      ...real.customerGroups,
      getGroup: (groupId, fields, options) =>
        (deepLinked?.groupId === groupId && sameFields(deepLinked.fields, fields) ? group?.take(options) : null) ??
        real.customerGroups.getGroup(groupId, fields, options),
      searchGroups: (page, options) =>
        ((page.keyword ?? '') === '' && page.offset === 0 && page.limit === MAX_PAGE_SIZE
          ? list.take(options)
          : null) ?? real.customerGroups.searchGroups(page, options),
    },
    customers: {
      searchGroupMembers: (groupId, page, options) =>
        (deepLinked?.groupId === groupId && page.offset === 0 && page.limit === MAX_PAGE_SIZE
          ? members?.take(options)
          : null) ?? real.customers.searchGroupMembers(groupId, page, options),
    },
  }
  return { lang: payload.session.lang, isFor: (id, token) => id === storeId && token === accessToken, apis }
}

/**
 * Started once, as this module is first evaluated: index.html loads it as its own small module
 * before the app's bundle, so the requests are out while the rest downloads.
 */
const started = startEarlyRequests(window.location)

export function earlyRequests(): EarlyRequests | null {
  return started
}
