import { customerGroupsFor, DEMO_STORE_ID, demoCustomers, type DemoCustomerGroup } from '../demo-store.ts'
import { checkAccess } from './access.ts'
import { error, searchPage, withProjection, wrongParameter, type MockRequest, type MockResponse } from './answers.ts'
import { searchCustomers } from './customers-api.ts'
import type { Faults } from './faults.ts'
import { createRateLimiter } from './rate-limiter.ts'

export type { MockRequest, MockResponse } from './answers.ts'

const GROUPS_PATH = /^\/api\/v3\/([^/]+)\/customer_groups(?:\/([^/]*))?\/?$/
const CUSTOMERS_PATH = /^\/api\/v3\/([^/]+)\/customers\/?$/

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
 * Ecwid's read API for the demo store — customer groups, and customers by group — with the faults
 * the emulator injects. The store's size is one of those conditions (`faults.largeStore`).
 */
export function createMockCustomerGroupsApi(options: { now?: () => number } = {}) {
  const now = options.now ?? Date.now
  const rateLimiter = createRateLimiter()

  function handle(request: MockRequest, faults: Faults): MockResponse {
    const url = new URL(request.url, 'http://mock.invalid')
    const groupsRoute = GROUPS_PATH.exec(url.pathname)
    const storeId = (groupsRoute ?? CUSTOMERS_PATH.exec(url.pathname))?.[1]
    if (storeId === undefined) return error(404, 'Unknown API endpoint')
    if (request.method !== 'GET') return error(405, 'This emulator serves read calls only')

    const refused = checkAccess(request, faults, rateLimiter, now())
    if (refused) return refused
    const groupId = groupsRoute?.[2]
    // Before the store check, like the other faults: the list still loads, any one group is missing.
    if (groupId !== undefined && faults.failure === 'group-not-found')
      return error(404, `Customer group #${groupId} not found`)
    if (storeId !== String(DEMO_STORE_ID)) return error(404, 'Store not found', 'STORE_NOT_FOUND')

    const groups = customerGroupsFor(faults.largeStore)
    if (!groupsRoute) return searchCustomers(demoCustomers, groups, url.searchParams)
    if (groupId === undefined) return searchGroups(groups, url.searchParams)
    return singleGroup(groups, groupId, url.searchParams)
  }

  return { handle }
}
