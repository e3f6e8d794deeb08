import type { DemoCustomer, DemoCustomerGroup } from '../demo-store.ts'
import { searchPage, wrongParameter, type MockResponse } from './answers.ts'

const byName = new Intl.Collator('en', { sensitivity: 'base' })

/**
 * `GET /customers`: the members of groups, `customerGroupIds` and `keyword` (name or email) as
 * filters. Sorted by name (ties by ID) rather than by Ecwid's default, registration date, so a
 * page reads predictably; `sortBy` is not emulated.
 */
export function searchCustomers(
  allCustomers: readonly DemoCustomer[],
  groups: readonly DemoCustomerGroup[],
  params: URLSearchParams,
): MockResponse {
  // A customer of a group this store does not have would be a customer Ecwid cannot have.
  const groupIds = new Set(groups.map((group) => group.id))
  const customers = allCustomers.filter((customer) => groupIds.has(customer.customerGroupId))

  const idsText = params.get('customerGroupIds')
  // Present but empty counts as malformed: Ecwid's own client leaves the parameter out instead.
  if (idsText !== null && !/^\d+(,\d+)*$/.test(idsText)) return wrongParameter(`Invalid customerGroupIds: ${idsText}`)
  const wanted = idsText === null ? null : new Set(idsText.split(',').map(Number))

  const keyword = params.get('keyword')?.toLowerCase() ?? ''
  const matching = customers
    .filter((customer) => wanted === null || wanted.has(customer.customerGroupId))
    .filter(
      (customer) => customer.name.toLowerCase().includes(keyword) || customer.email.toLowerCase().includes(keyword),
    )
    .sort((a, b) => byName.compare(a.name, b.name) || a.id - b.id)
  return searchPage(matching, params, { allCustomerCount: customers.length })
}
