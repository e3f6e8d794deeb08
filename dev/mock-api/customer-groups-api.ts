import { customerGroupsFor, customersFor, DEMO_STORE_ID, type DemoCustomerGroup } from '../demo-store.ts'
import { checkAccess } from './access.ts'
import { error, searchPage, withProjection, wrongParameter, type MockRequest, type MockResponse } from './answers.ts'
import { searchCustomers } from './customers-api.ts'
import type { Faults } from './faults.ts'
import { createRateLimiter } from './rate-limiter.ts'
import { storeProfile } from './store-profile-api.ts'

export type { MockRequest, MockResponse } from './answers.ts'

const GROUPS_PATH = /^\/api\/v3\/([^/]+)\/customer_groups(?:\/([^/]*))?\/?$/
const CUSTOMERS_PATH = /^\/api\/v3\/([^/]+)\/customers\/?$/
const PROFILE_PATH = /^\/api\/v3\/([^/]+)\/profile\/?$/

type Route =
  | { readonly endpoint: 'groups'; readonly storeId: string; readonly groupId: string | undefined }
  | { readonly endpoint: 'customers' | 'profile'; readonly storeId: string }

function routeOf(pathname: string): Route | null {
  const groups = GROUPS_PATH.exec(pathname)
  if (groups) return { endpoint: 'groups', storeId: groups[1]!, groupId: groups[2] }
  const customers = CUSTOMERS_PATH.exec(pathname)
  if (customers) return { endpoint: 'customers', storeId: customers[1]! }
  const profile = PROFILE_PATH.exec(pathname)
  return profile ? { endpoint: 'profile', storeId: profile[1]! } : null
}

/**
 * The faults that belong to one endpoint; every other one still answers. Before the store
 * check, like the other faults: Ecwid checks access before it looks the store up.
 */
function endpointFault(route: Route, failure: Faults['failure']): MockResponse | null {
  // The list still loads; any one group is missing.
  if (route.endpoint === 'groups' && route.groupId !== undefined && failure === 'group-not-found')
    return error(404, `Customer group #${route.groupId} not found`)
  // An app installed before it asked for read_store_profile: customers are readable, formats not.
  if (route.endpoint === 'profile' && failure === 'missing-profile-scope')
    return error(403, 'The app does not have the read_store_profile scope', 'INSUFFICIENT_APP_SCOPE')
  return null
}

function searchGroups(groups: readonly DemoCustomerGroup[], params: URLSearchParams): MockResponse {
  const keyword = params.get('keyword')?.toLowerCase() ?? ''
  return searchPage(
    groups.filter((group) => group.name.toLowerCase().includes(keyword)),
    params,
  )
}

function singleGroup(groups: readonly DemoCustomerGroup[], idText: string, params: URLSearchParams): MockResponse {
  if (!/^\d+$/.test(idText)) return wrongParameter(`Invalid customer group id: ${idText}`)
  const group = groups.find((candidate) => candidate.id === Number(idText))
  if (!group) return error(404, `Customer group #${idText} not found`)
  return withProjection(group, params.get('responseFields'))
}

/**
 * Ecwid's read API for the demo store — customer groups, customers by group, the store's profile
 * — with the faults the emulator injects. The store's size is one of those conditions
 * (`faults.largeStore`).
 */
export function createMockCustomerGroupsApi(options: { now?: () => number } = {}) {
  const now = options.now ?? Date.now
  const rateLimiter = createRateLimiter()

  function handle(request: MockRequest, faults: Faults): MockResponse {
    const url = new URL(request.url, 'http://mock.invalid')
    const route = routeOf(url.pathname)
    if (!route) return error(404, 'Unknown API endpoint')
    if (request.method !== 'GET') return error(405, 'This emulator serves read calls only')

    const refused = checkAccess(request, faults, rateLimiter, now()) ?? endpointFault(route, faults.failure)
    if (refused) return refused
    if (route.storeId !== String(DEMO_STORE_ID)) return error(404, 'Store not found', 'STORE_NOT_FOUND')

    const groups = customerGroupsFor(faults.largeStore)
    switch (route.endpoint) {
      case 'profile':
        return storeProfile(url.searchParams)
      case 'customers':
        return searchCustomers(customersFor(faults.largeStore), groups, url.searchParams)
      case 'groups':
        if (route.groupId === undefined) return searchGroups(groups, url.searchParams)
        return singleGroup(groups, route.groupId, url.searchParams)
    }
  }

  return { handle }
}
