import { customerGroupFields } from '../src/api/customer-group-fields.ts'

/** The emulator's store: what the control panel hands the app and what the mock API serves. */
export const DEMO_STORE_ID = 1003
/** Shaped like a real one; masked, it reads exactly as Ecwid's docs print tokens: secret_ab***cd. */
export const DEMO_ACCESS_TOKEN = 'secret_ab4Fh9Kq2Lm7Np3Rs6Tv8Wx1Yz5Ccd'
export const DEMO_APP_ID = 'customer-groups-demo'

export interface DemoCustomerGroup {
  readonly id: number
  readonly name: string
  readonly externalReferenceId?: string
}

export const LONG_GROUP_NAME =
  'Wholesale partners in the European Union who order at least twelve pallets per quarter and pay by bank transfer within thirty days of invoice'

/** General (0) comes first, as in Ecwid; the rest cover a non-ASCII and a very long name. */
export const demoCustomerGroups: readonly DemoCustomerGroup[] = [
  { id: 0, name: 'General' },
  { id: 9367001, name: 'VIP', externalReferenceId: 'ERP-VIP-01' },
  { id: 9367002, name: 'Großhändler – Wiederverkäufer 🇩🇪' },
  { id: 9367003, name: 'お得意様' },
  { id: 9367004, name: LONG_GROUP_NAME, externalReferenceId: 'ERP-WHOLESALE-EU-0007' },
  { id: 9367005, name: 'Staff' },
]

// The seed must fit the schema the app reads: a drifted seed would make the emulator lie.
for (const group of demoCustomerGroups) {
  for (const [key, value] of Object.entries(group)) {
    const field = customerGroupFields.find((candidate) => candidate.name === key)
    if (!field || typeof value !== field.type) throw new Error(`Demo group ${group.id}: ${key} does not fit the field schema`)
  }
}
