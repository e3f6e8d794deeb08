import { customerGroupFields } from '../src/api/customer-group-fields.ts'
import {
  germanNames,
  japaneseNames,
  namePool,
  seedCustomers,
  westernNames,
  type DemoCustomer,
} from './demo-customers.ts'

export type { DemoCustomer } from './demo-customers.ts'

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

const largeStoreGroups: readonly DemoCustomerGroup[] = [
  ...demoCustomerGroups,
  ...Array.from({ length: LARGE_STORE_GROUP_COUNT - demoCustomerGroups.length }, (_, index) => ({
    id: 9_400_001 + index,
    name: `Segment ${String(index + 1).padStart(3, '0')}`,
  })),
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
 * Members of the demo groups; the large store's extra groups have none. VIP fills more than one
 * page of 100, Staff is empty, and General has a customer with only an email, as Ecwid allows.
 */
export const demoCustomers: readonly DemoCustomer[] = seedCustomers([
  { group: groupById(0), people: [...western.take(11), { name: '', email: 'orders.only@example.com' }] },
  { group: groupById(9367001), people: western.take(130) },
  { group: groupById(9367002), people: namePool(germanNames).take(8) },
  { group: groupById(9367003), people: namePool(japaneseNames).take(6) },
  { group: groupById(9367004), people: western.take(2) },
  { group: groupById(9367006), people: western.take(5) },
])
