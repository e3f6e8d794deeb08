/**
 * How the demo store's customers are made: names combined from first- and last-name lists so they
 * read like people, and every other field derived from the position — no randomness, so every run
 * and every test sees the same store.
 */
export interface DemoCustomer {
  readonly id: number
  /** Ecwid allows a customer with only an email: the name may be ''. */
  readonly name: string
  readonly email: string
  readonly totalOrderCount: number
  readonly customerGroupId: number
  readonly customerGroupName: string
  /** Ecwid's date format, e.g. `2024-03-05 10:12:00 +0000`. */
  readonly registered: string
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
/** About nine days between sign-ups: the store's customers span a few years. */
const SIGN_UP_STEP_MS = (9 * 24 * 60 + 317) * 60_000

function ecwidDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000`
}

/** Numbers customers in the order given; orders 0..60, spread by a step coprime to 61. */
export function seedCustomers(
  members: readonly { group: { id: number; name: string }; people: readonly Person[] }[],
): DemoCustomer[] {
  const customers = members
    .flatMap(({ group, people }) => people.map((person) => ({ group, person })))
    .map(({ group, person }, index) => ({
      id: FIRST_ID + index,
      name: person.name,
      email: person.email,
      totalOrderCount: (index * 37 + 5) % 61,
      customerGroupId: group.id,
      customerGroupName: group.name,
      registered: ecwidDate(FIRST_REGISTERED + index * SIGN_UP_STEP_MS),
    }))
  // Ecwid keys customers by email: a repeated one would be a store Ecwid cannot have.
  const emails = new Set(customers.map((customer) => customer.email))
  if (emails.size !== customers.length) throw new Error('Demo customers: an email repeats')
  return customers
}
