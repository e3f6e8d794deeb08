import type { DemoCustomer, DemoCustomerGroup } from '../demo-store.ts'
import { searchPage, wrongParameter, type MockResponse } from './answers.ts'

const byText = new Intl.Collator('en', { sensitivity: 'base' })
/** Ecwid's dates (`2024-03-05 10:12:00 +0000`, always +0000 here) compare as plain strings. */
const byDate = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** One of Ecwid's `sortBy` keys: how two customers that both have the value compare, ascending. */
interface SortField {
  /** False for a customer without the value (no orders, so no order dates): sorted last either way. */
  readonly has: (customer: DemoCustomer) => boolean
  readonly compare: (a: DemoCustomer, b: DemoCustomer) => number
}

const always = (): boolean => true

function byOptionalDate(read: (customer: DemoCustomer) => string | undefined): SortField {
  return { has: (customer) => read(customer) !== undefined, compare: (a, b) => byDate(read(a)!, read(b)!) }
}

const SORT_FIELDS: Readonly<Record<string, SortField>> = {
  NAME: { has: always, compare: (a, b) => byText.compare(a.name, b.name) },
  EMAIL: { has: always, compare: (a, b) => byText.compare(a.email, b.email) },
  ORDER_COUNT: { has: always, compare: (a, b) => a.stats.numberOfOrders - b.stats.numberOfOrders },
  REGISTERED_DATE: { has: always, compare: (a, b) => byDate(a.registered, b.registered) },
  UPDATED_DATE: { has: always, compare: (a, b) => byDate(a.updated, b.updated) },
  SALES_VALUE: { has: always, compare: (a, b) => a.stats.salesValue - b.stats.salesValue },
  FIRST_ORDER_DATE: byOptionalDate((customer) => customer.stats.firstOrderDate),
  LAST_ORDER_DATE: byOptionalDate((customer) => customer.stats.lastOrderDate),
}

/**
 * Ecwid's default is registration date; the emulator's stays by name (ties by ID), as before
 * `sortBy` was emulated: a page reads predictably, and the tests written then rely on it.
 */
const DEFAULT_SORT = 'NAME_ASC'

type Comparator = (a: DemoCustomer, b: DemoCustomer) => number

/** The order `sortBy` asks for, or null for a key Ecwid does not have. Ties by ID, so pages never overlap. */
function comparatorFor(sortBy: string): Comparator | null {
  const match = /^([A-Z_]+)_(ASC|DESC)$/.exec(sortBy)
  const field = match ? SORT_FIELDS[match[1]!] : undefined
  if (!match || !field) return null
  const direction = match[2] === 'DESC' ? -1 : 1
  return (a, b) => {
    const [aHas, bHas] = [field.has(a), field.has(b)]
    if (aHas !== bHas) return aHas ? -1 : 1
    return (aHas ? direction * field.compare(a, b) : 0) || a.id - b.id
  }
}

/** A store's customers in one order, and each group's members in the same order. */
interface SortedCustomers {
  readonly all: readonly DemoCustomer[]
  readonly byGroup: ReadonlyMap<number, readonly DemoCustomer[]>
}

/**
 * The seed never changes, so what does not depend on the request is worked out once: the store's
 * customers (for each customer base and group list), sorted once per `sortBy` — sorting 10,000
 * with a collator takes tens of milliseconds — and split by group, the way the app asks. A page of
 * one group is then a slice; other filters walk a sorted list, which keeps its order.
 */
const storeLists = new WeakMap<
  readonly DemoCustomer[],
  WeakMap<readonly DemoCustomerGroup[], readonly DemoCustomer[]>
>()
const sortedLists = new WeakMap<readonly DemoCustomer[], Map<string, SortedCustomers>>()

function cached<Key, Value>(
  cache: { get(key: Key): Value | undefined; set(key: Key, value: Value): unknown },
  key: Key,
  make: () => Value,
): Value {
  const known = cache.get(key)
  if (known !== undefined) return known
  const made = make()
  cache.set(key, made)
  return made
}

function storeCustomers(
  allCustomers: readonly DemoCustomer[],
  groups: readonly DemoCustomerGroup[],
): readonly DemoCustomer[] {
  const byGroups = cached(storeLists, allCustomers, () => new WeakMap())
  return cached(byGroups, groups, () => {
    // A customer of a group this store does not have would be a customer Ecwid cannot have.
    const groupIds = new Set(groups.map((group) => group.id))
    return allCustomers.filter((customer) => groupIds.has(customer.customerGroupId))
  })
}

function sortedOnce(customers: readonly DemoCustomer[], sortBy: string, compare: Comparator): SortedCustomers {
  const bySortKey = cached(sortedLists, customers, () => new Map<string, SortedCustomers>())
  return cached(bySortKey, sortBy, () => {
    const all = [...customers].sort(compare)
    const byGroup = new Map<number, DemoCustomer[]>()
    for (const customer of all) cached(byGroup, customer.customerGroupId, () => []).push(customer)
    return { all, byGroup }
  })
}

interface Range {
  readonly min: number
  readonly max: number
}

const WHOLE_NUMBER = /^\d+$/
const AMOUNT = /^\d+(\.\d+)?$/

/** `min…`/`max…` as an inclusive range (open where absent), or null when either is malformed. */
function rangeOf(params: URLSearchParams, minName: string, maxName: string, format: RegExp): Range | null {
  const [min, max] = [params.get(minName), params.get(maxName)]
  // Present but empty counts as malformed: Ecwid's own client leaves a parameter out instead.
  if ((min !== null && !format.test(min)) || (max !== null && !format.test(max))) return null
  return { min: min === null ? 0 : Number(min), max: max === null ? Infinity : Number(max) }
}

const within = (value: number, { min, max }: Range): boolean => min <= value && value <= max

interface CustomerFilters {
  /** Null for every group of the store. */
  readonly groupIds: ReadonlySet<number> | null
  /** Lowercase; empty for everyone. */
  readonly keyword: string
  readonly orders: Range
  readonly sales: Range
}

/** The filters of `GET /customers`, or the 400 Ecwid answers for a malformed one. */
function filtersOf(params: URLSearchParams): CustomerFilters | MockResponse {
  const idsText = params.get('customerGroupIds')
  // Present but empty counts as malformed: Ecwid's own client leaves the parameter out instead.
  if (idsText !== null && !/^\d+(,\d+)*$/.test(idsText)) return wrongParameter(`Invalid customerGroupIds: ${idsText}`)
  const orders = rangeOf(params, 'minOrderCount', 'maxOrderCount', WHOLE_NUMBER)
  if (!orders) return wrongParameter('minOrderCount and maxOrderCount must be non-negative integers')
  const sales = rangeOf(params, 'minSalesValue', 'maxSalesValue', AMOUNT)
  if (!sales) return wrongParameter('minSalesValue and maxSalesValue must be non-negative numbers')
  return {
    groupIds: idsText === null ? null : new Set(idsText.split(',').map(Number)),
    keyword: params.get('keyword')?.toLowerCase() ?? '',
    orders,
    sales,
  }
}

const isOpen = ({ min, max }: Range): boolean => min === 0 && max === Infinity

function inGroups(sorted: SortedCustomers, groupIds: ReadonlySet<number> | null): readonly DemoCustomer[] {
  if (groupIds === null) return sorted.all
  if (groupIds.size === 1) return sorted.byGroup.get([...groupIds][0]!) ?? []
  return sorted.all.filter((customer) => groupIds.has(customer.customerGroupId))
}

/** The customers of the groups asked for, narrowed by the other filters, in the sorted order. */
function matching(sorted: SortedCustomers, { groupIds, keyword, orders, sales }: CustomerFilters) {
  const members = inGroups(sorted, groupIds)
  if (keyword === '' && isOpen(orders) && isOpen(sales)) return members
  return members.filter(
    (customer) =>
      within(customer.stats.numberOfOrders, orders) &&
      within(customer.stats.salesValue, sales) &&
      (customer.name.toLowerCase().includes(keyword) || customer.email.toLowerCase().includes(keyword)),
  )
}

/**
 * `GET /customers`: the members of groups. Filters `customerGroupIds`, `keyword` (name or email,
 * case aside), `minOrderCount`/`maxOrderCount` and `minSalesValue`/`maxSalesValue` (inclusive, on
 * `stats`); `sortBy` as Ecwid spells it, anything else 400.
 */
export function searchCustomers(
  allCustomers: readonly DemoCustomer[],
  groups: readonly DemoCustomerGroup[],
  params: URLSearchParams,
): MockResponse {
  const sortBy = params.get('sortBy') ?? DEFAULT_SORT
  const compare = comparatorFor(sortBy)
  if (!compare) return wrongParameter(`Invalid sortBy: ${sortBy}`)
  const filters = filtersOf(params)
  if ('kind' in filters) return filters

  const customers = storeCustomers(allCustomers, groups)
  return searchPage(matching(sortedOnce(customers, sortBy, compare), filters), params, {
    allCustomerCount: customers.length,
  })
}
