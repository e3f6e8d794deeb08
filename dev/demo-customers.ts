/**
 * How the demo store's customers are made: names combined from first- and last-name lists so they
 * read like people, and every other field derived from the position — no randomness, so every run
 * and every test sees the same store.
 */

/** Ecwid's `stats` of a customer: what they ordered, in the store's currency. */
export interface CustomerStats {
  readonly numberOfOrders: number
  /** Everything the customer has spent, to the cent. */
  readonly salesValue: number
  readonly averageOrderValue: number
  /** Ecwid leaves both dates out, rather than empty, for a customer who has never ordered. */
  readonly firstOrderDate?: string
  readonly lastOrderDate?: string
}

/** Ecwid's `b2b_b2c`: a business or a private customer. */
export type CustomerType = 'b2b' | 'b2c'

export interface DemoCustomer {
  readonly id: number
  /** Ecwid allows a customer with only an email: the name may be ''. */
  readonly name: string
  readonly email: string
  /** Ecwid's older flat count; always equal to `stats.numberOfOrders`. */
  readonly totalOrderCount: number
  readonly customerGroupId: number
  readonly customerGroupName: string
  /** Ecwid's date format, e.g. `2024-03-05 10:12:00 +0000`. */
  readonly registered: string
  readonly updated: string
  readonly taxExempt: boolean
  readonly b2b_b2c: CustomerType
  readonly stats: CustomerStats
}

export interface Person {
  readonly name: string
  readonly email: string
}

/** A name part as shown; a pair when its ASCII spelling (for the email) cannot be derived from it. */
type NamePart = string | readonly [shown: string, ascii: string]

interface NameList {
  readonly given: readonly NamePart[]
  readonly family: readonly NamePart[]
  /** Japanese order: family name, then given name. */
  readonly familyFirst?: boolean
}

export const westernNames: NameList = {
  given: [
    'Emma',
    'Liam',
    'Olivia',
    'Noah',
    'Amelia',
    'Lucas',
    'Sofia',
    'Mateo',
    'Chloé',
    'Ethan',
    'Hannah',
    'Oscar',
    'Grace',
    'Daniel',
    'Isabel',
    'Samuel',
  ],
  family: [
    'Johnson',
    'García',
    "O'Brien",
    'Nguyen',
    'Taylor',
    'Rossi',
    'Dubois',
    'Kowalski',
    'Anderson',
    'Fernández',
    'Murphy',
    'Bennett',
    'Clarke',
  ],
}

export const germanNames: NameList = {
  given: ['Jürgen', 'Zoë', 'Jörg', 'Käthe', 'Björn', 'Günther'],
  family: ['Weiß', 'Müller-Lüdenscheidt', 'Schäfer', 'Strauß', 'Köhler'],
}

export const japaneseNames: NameList = {
  given: [
    ['太郎', 'taro'],
    ['花子', 'hanako'],
    ['健一', 'kenichi'],
    ['由美', 'yumi'],
    ['翔太', 'shota'],
    ['美咲', 'misaki'],
  ],
  family: [
    ['山田', 'yamada'],
    ['佐藤', 'sato'],
    ['鈴木', 'suzuki'],
    ['高橋', 'takahashi'],
    ['田中', 'tanaka'],
  ],
  familyFirst: true,
}

const GERMAN_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

function ascii(part: NamePart): string {
  if (typeof part !== 'string') return part[1]
  return part
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_SPELLING[letter] ?? letter)
    .normalize('NFD')
    .replace(/[^a-z0-9-]/g, '') // accents (é → e + mark) and apostrophes
}

const shown = (part: NamePart): string => (typeof part === 'string' ? part : part[0])

/**
 * Hands out distinct people from one list, in a fixed order: the n-th is given name n mod G with
 * family name (n + ⌊n/G⌋) mod F, a diagonal walk that mixes names and never repeats a pair for
 * n < G·F as long as G + 1 and F share no factor. A repeat would repeat an email, which
 * seedCustomers refuses.
 */
export function namePool(list: NameList): { take(count: number): Person[] } {
  let next = 0
  return {
    take(count) {
      return Array.from({ length: count }, () => {
        const n = next++
        const given = list.given[n % list.given.length]!
        const family = list.family[(n + Math.floor(n / list.given.length)) % list.family.length]!
        const name = list.familyFirst ? `${shown(family)} ${shown(given)}` : `${shown(given)} ${shown(family)}`
        return { name, email: `${ascii(given)}.${ascii(family)}@example.com` }
      })
    },
  }
}

const FIRST_ID = 50_000_001
const FIRST_REGISTERED = Date.UTC(2021, 0, 4, 9, 12, 0)
/** About nine days between sign-ups: the demo store's customers span a few years. */
const SIGN_UP_STEP_MS = (9 * 24 * 60 + 317) * 60_000
const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

/**
 * The seed's "today": no order, sign-up or update is later. Fixed, not Date.now(), so that every
 * run sees the same store.
 */
export const DEMO_NOW_MS = Date.UTC(2026, 10, 30, 12, 0, 0)

function ecwidDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000`
}

const round2 = (amount: number): number => Math.round(amount * 100) / 100

/**
 * Orders 0..60, spread by a step coprime to 61: every count occurs, 0 included. The offset puts
 * a customer who never ordered in General (position 7) and two in VIP (68 and 129).
 */
export function ordersAt(index: number): number {
  return (index * 37 + 46) % 61
}

/**
 * Spending: 15.00 to 214.99 an order, give or take some cents, so totals have cents and differ
 * between customers with the same number of orders. In cents until the end: no float drift.
 */
function salesValueAt(index: number, numberOfOrders: number): number {
  if (numberOfOrders === 0) return 0
  const perOrderCents = 1_500 + ((index * 7_919) % 20_000)
  return (numberOfOrders * perOrderCents + ((index * 31) % 100)) / 100
}

/**
 * First order a few days after signing up; the last one somewhere between it and "today" (the
 * same one for a single order). Whole minutes, as a store's order times look.
 */
function orderDatesAt(index: number, registeredMs: number, numberOfOrders: number) {
  const firstMs = registeredMs + (1 + (index % 20)) * DAY_MS + ((index * 7) % 600) * MINUTE_MS
  if (numberOfOrders === 1) return { firstMs, lastMs: firstMs }
  const shareOfTimeSince = ((index * 53) % 90) / 100 + 0.05
  const lastMs = firstMs + Math.floor(((DEMO_NOW_MS - firstMs) * shareOfTimeSince) / MINUTE_MS) * MINUTE_MS
  return { firstMs, lastMs }
}

function statsAt(
  index: number,
  registeredMs: number,
  numberOfOrders: number,
): { stats: CustomerStats; lastActivityMs: number } {
  const salesValue = salesValueAt(index, numberOfOrders)
  if (numberOfOrders === 0)
    return { stats: { numberOfOrders, salesValue, averageOrderValue: 0 }, lastActivityMs: registeredMs }
  const { firstMs, lastMs } = orderDatesAt(index, registeredMs, numberOfOrders)
  return {
    stats: {
      numberOfOrders,
      salesValue,
      averageOrderValue: round2(salesValue / numberOfOrders),
      firstOrderDate: ecwidDate(firstMs),
      lastOrderDate: ecwidDate(lastMs),
    },
    lastActivityMs: lastMs,
  }
}

/** About one customer in seven is a business; some businesses buy tax-exempt (a VAT ID on file). */
const customerTypeAt = (index: number): CustomerType => (index % 7 === 2 ? 'b2b' : 'b2c')
const taxExemptAt = (index: number): boolean => customerTypeAt(index) === 'b2b' && index % 2 === 0

export interface SeedOptions {
  /**
   * Where this seed starts in the store's numbering: a second seed continues the first one's IDs
   * (and so its derived values) instead of repeating them.
   */
  readonly firstIndex?: number
  /** Time between two sign-ups, from the store's first one; about nine days by default. */
  readonly signUpStepMs?: number
  /** How many orders the customer at an index has placed; `ordersAt` by default. */
  readonly orders?: (index: number) => number
}

/** Numbers customers in the order given; everything else follows from the position. */
export function seedCustomers(
  members: readonly { group: { id: number; name: string }; people: readonly Person[] }[],
  { firstIndex = 0, signUpStepMs = SIGN_UP_STEP_MS, orders = ordersAt }: SeedOptions = {},
): DemoCustomer[] {
  const customers = members
    .flatMap(({ group, people }) => people.map((person) => ({ group, person })))
    .map(({ group, person }, position): DemoCustomer => {
      const index = firstIndex + position
      const registeredMs = FIRST_REGISTERED + position * signUpStepMs
      const { stats, lastActivityMs } = statsAt(index, registeredMs, orders(index))
      return {
        id: FIRST_ID + index,
        name: person.name,
        email: person.email,
        totalOrderCount: stats.numberOfOrders,
        customerGroupId: group.id,
        customerGroupName: group.name,
        registered: ecwidDate(registeredMs),
        // A profile is touched by the customer's last order, or an edit a few hours after it.
        updated: ecwidDate(Math.min(DEMO_NOW_MS, lastActivityMs + ((index * 11) % 72) * HOUR_MS)),
        taxExempt: taxExemptAt(index),
        b2b_b2c: customerTypeAt(index),
        stats,
      }
    })
  // Ecwid keys customers by email: a repeated one would be a store Ecwid cannot have.
  const emails = new Set(customers.map((customer) => customer.email))
  if (emails.size !== customers.length) throw new Error('Demo customers: an email repeats')
  const implausible = customers.find((customer) => !hasPlausibleDates(customer))
  if (implausible) throw new Error(`Demo customer ${implausible.id}: dates out of order or past the seed's today`)
  return customers
}

const DEMO_TODAY = ecwidDate(DEMO_NOW_MS)

/** Sign-up, first order, last order, today in that order; Ecwid's +0000 dates compare as strings. */
function hasPlausibleDates({ registered, updated, stats }: DemoCustomer): boolean {
  const { firstOrderDate = registered, lastOrderDate = firstOrderDate } = stats
  return (
    registered <= firstOrderDate &&
    firstOrderDate <= lastOrderDate &&
    lastOrderDate <= DEMO_TODAY &&
    registered <= updated &&
    updated <= DEMO_TODAY
  )
}
