import { customerGroupFields } from '../src/api/customer-group-fields.ts'
import {
  germanNames,
  japaneseNames,
  namePool,
  ordersAt,
  seedCustomers,
  westernNames,
  type DemoCustomer,
  type Person,
} from './demo-customers.ts'

export type { CustomerStats, CustomerType, DemoCustomer } from './demo-customers.ts'
export { DEMO_NOW_MS } from './demo-customers.ts'

/** The emulator's store: what the control panel hands the app and what the mock API serves. */
export const DEMO_STORE_ID = 1003
/** Shaped like a real one; masked, it reads exactly as Ecwid's docs print tokens: secret_ab***cd. */
export const DEMO_ACCESS_TOKEN = 'secret_ab4Fh9Kq2Lm7Np3Rs6Tv8Wx1Yz5Ccd'
export const DEMO_APP_ID = 'customer-groups-demo'
/**
 * The demo app's client secret, as Ecwid would show it in the app's settings. In enhanced-security
 * mode the control panel encrypts the payload with its first 16 characters, and the app's server
 * (server/, mounted by the emulator) decrypts it. Not the access token: the browser never gets this.
 */
export const DEMO_CLIENT_SECRET = 'demo-client-secret-7Gk2Vx9Qm4Tz8Lp3'

export interface DemoCustomerGroup {
  readonly id: number
  readonly name: string
  readonly externalReferenceId?: string
}

export const LONG_GROUP_NAME =
  'Wholesale partners in the European Union who order at least twelve pallets per quarter and pay by bank transfer within thirty days of invoice'

/**
 * General (0) comes first, as in Ecwid; the rest cover a non-ASCII and a very long name, and two
 * groups that a search for "whole" both find.
 */
export const demoCustomerGroups: readonly DemoCustomerGroup[] = [
  { id: 0, name: 'General' },
  { id: 9367001, name: 'VIP', externalReferenceId: 'ERP-VIP-01' },
  { id: 9367002, name: 'Großhändler – Wiederverkäufer 🇩🇪' },
  { id: 9367003, name: 'お得意様' },
  { id: 9367004, name: LONG_GROUP_NAME, externalReferenceId: 'ERP-WHOLESALE-EU-0007' },
  { id: 9367005, name: 'Staff' },
  { id: 9367006, name: 'Wholesale' },
]

/** The large store: 1,000 groups, the demo ones first, so lists must page (10 pages of 100). */
export const LARGE_STORE_GROUP_COUNT = 1000

/**
 * The large store's one big group, so that members must page a hundred times over and sorting or
 * counting happens on the server's side. It takes the place of the first generated segment (its
 * ID): the store keeps exactly 1,000 groups, and Segment 993 stays last.
 */
export const LARGE_GROUP_ID = 9_400_001
export const LARGE_GROUP_NAME = 'Newsletter subscribers'
export const LARGE_GROUP_MEMBER_COUNT = 10_000

const generatedSegment = (index: number): DemoCustomerGroup => ({
  id: 9_400_001 + index,
  name: `Segment ${String(index + 1).padStart(3, '0')}`,
})

const largeStoreGroups: readonly DemoCustomerGroup[] = [
  ...demoCustomerGroups,
  ...Array.from({ length: LARGE_STORE_GROUP_COUNT - demoCustomerGroups.length }, (_, index) =>
    index === 0 ? { id: LARGE_GROUP_ID, name: LARGE_GROUP_NAME } : generatedSegment(index),
  ),
]

/** The groups the store has: the demo set, or 1,000 when the control panel asks for a large store. */
export function customerGroupsFor(largeStore: boolean): readonly DemoCustomerGroup[] {
  return largeStore ? largeStoreGroups : demoCustomerGroups
}

// The seed must fit the schema the app reads: a drifted seed would make the emulator lie.
for (const group of largeStoreGroups) {
  for (const [key, value] of Object.entries(group)) {
    const field = customerGroupFields.find((candidate) => candidate.name === key)
    if (!field || typeof value !== field.type)
      throw new Error(`Demo group ${group.id}: ${key} does not fit the field schema`)
  }
}

const groupById = (id: number): DemoCustomerGroup => demoCustomerGroups.find((group) => group.id === id)!
const western = namePool(westernNames)

/**
 * Members of the demo groups. VIP fills more than one page of 100, Staff is empty, and General
 * has a customer with only an email, as Ecwid allows.
 */
export const demoCustomers: readonly DemoCustomer[] = seedCustomers([
  { group: groupById(0), people: [...western.take(11), { name: '', email: 'orders.only@example.com' }] },
  { group: groupById(9367001), people: western.take(130) },
  { group: groupById(9367002), people: namePool(germanNames).take(8) },
  { group: groupById(9367003), people: namePool(japaneseNames).take(6) },
  { group: groupById(9367004), people: western.take(2) },
  { group: groupById(9367006), people: western.take(5) },
])

/**
 * VIP's biggest spender, Isabel Johnson with 12,034.76 (59 orders), 176.64 ahead of the runner-up
 * (Ethan Anderson, 11,858.12): no tie, so SALES_VALUE_DESC has one right first member. Checked
 * against the seed below.
 */
export const VIP_BIGGEST_SPENDER = { name: 'Isabel Johnson', salesValue: 12_034.76 } as const
/** Members who have ordered at least once: VIP has two who never did, General one. */
export const VIP_MEMBERS_WITH_ORDERS = 128
export const GENERAL_MEMBERS_WITH_ORDERS = 11

function checkDemoFigures(): void {
  const membersOf = (groupId: number) => demoCustomers.filter((customer) => customer.customerGroupId === groupId)
  const withOrders = (groupId: number) => membersOf(groupId).filter((customer) => customer.stats.numberOfOrders > 0)
  const [top, runnerUp] = [...membersOf(9367001)].sort((a, b) => b.stats.salesValue - a.stats.salesValue)
  if (
    top?.name !== VIP_BIGGEST_SPENDER.name ||
    top.stats.salesValue !== VIP_BIGGEST_SPENDER.salesValue ||
    runnerUp!.stats.salesValue >= top.stats.salesValue ||
    withOrders(9367001).length !== VIP_MEMBERS_WITH_ORDERS ||
    withOrders(0).length !== GENERAL_MEMBERS_WITH_ORDERS
  )
    throw new Error('Demo customers: the documented figures no longer fit the seed')
}
// The figures are what tests assert: a drifted seed would make them test something else.
checkDemoFigures()

/**
 * Numbered people, as a mailing list holds them: names repeat (the pools have a few hundred
 * pairs), so the number in the email keeps every address unique.
 */
function subscribers(count: number): Person[] {
  const pools = [namePool(westernNames), namePool(germanNames), namePool(japaneseNames)]
  return Array.from({ length: count }, (_, index) => {
    const [person] = pools[index % pools.length]!.take(1)
    const [local, domain] = person!.email.split('@')
    return { name: person!.name, email: `${local}.${String(index + 1).padStart(5, '0')}@${domain}` }
  })
}

/** Two in five subscribers have never ordered; the others have, one to eight times (not sixty). */
const subscriberOrdersAt = (index: number): number => (index % 5 < 2 ? 0 : 1 + (ordersAt(index) % 8))

/**
 * The large store's subscribers, numbered after the demo customers; a sign-up every few hours
 * spreads the 10,000 over the same years.
 */
function seedNewsletterSubscribers(): DemoCustomer[] {
  return seedCustomers(
    [{ group: { id: LARGE_GROUP_ID, name: LARGE_GROUP_NAME }, people: subscribers(LARGE_GROUP_MEMBER_COUNT) }],
    { firstIndex: demoCustomers.length, signUpStepMs: 277 * 60_000, orders: subscriberOrdersAt },
  )
}

/**
 * Every customer of the large store: the demo store's, then the subscribers. Built once, on first
 * use rather than at load: a tenth of a second or more that every test importing the demo store
 * would pay otherwise.
 */
let largeStoreCustomers: readonly DemoCustomer[] | undefined

/** The customers the store has; the large store's subscribers only when the control panel asks for it. */
export function customersFor(largeStore: boolean): readonly DemoCustomer[] {
  if (!largeStore) return demoCustomers
  largeStoreCustomers ??= [...demoCustomers, ...seedNewsletterSubscribers()]
  return largeStoreCustomers
}
