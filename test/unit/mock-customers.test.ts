import { describe, expect, it } from 'vitest'
import {
  customersFor,
  DEMO_ACCESS_TOKEN,
  DEMO_NOW_MS,
  demoCustomerGroups,
  demoCustomers,
  GENERAL_MEMBERS_WITH_ORDERS,
  LARGE_GROUP_ID,
  LARGE_GROUP_MEMBER_COUNT,
  VIP_BIGGEST_SPENDER,
  VIP_MEMBERS_WITH_ORDERS,
  type DemoCustomer,
} from '../../dev/demo-store'
import { createMockCustomerGroupsApi, type MockResponse } from '../../dev/mock-api/customer-groups-api'
import { searchCustomers } from '../../dev/mock-api/customers-api'
import { NO_FAULTS, type Faults } from '../../dev/mock-api/faults'

interface CustomerPage {
  total: number
  count: number
  offset: number
  limit: number
  allCustomerCount: number
  /** The JSON of the seed's customers, field for field. */
  items: DemoCustomer[]
}

const VIP = 9367001
const LARGE: Faults = { ...NO_FAULTS, largeStore: true }
const ECWID_DATE = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000$/

function get(url: string, faults: Faults = NO_FAULTS): MockResponse {
  return createMockCustomerGroupsApi().handle(
    { method: 'GET', url: `/api/v3/1003/customers${url}`, authorization: `Bearer ${DEMO_ACCESS_TOKEN}` },
    faults,
  )
}

/** The JSON an answer carries, whatever its status. */
function bodyOf(response: MockResponse): unknown {
  if (response.kind !== 'answer') throw new Error('The connection was dropped')
  return JSON.parse(response.body)
}

function page(url: string, faults: Faults = NO_FAULTS): CustomerPage {
  const response = get(url, faults)
  if (response.kind !== 'answer' || response.status !== 200)
    throw new Error(`Expected 200, got ${JSON.stringify(response)}`)
  return JSON.parse(response.body) as CustomerPage
}

describe('the emulator’s customers of a group', () => {
  it.each([
    ['VIP, first page', '?customerGroupIds=9367001', { total: 130, count: 100, offset: 0, limit: 100 }],
    ['VIP, second page', '?customerGroupIds=9367001&offset=100', { total: 130, count: 30, offset: 100, limit: 100 }],
    ['VIP, past the end', '?customerGroupIds=9367001&offset=200', { total: 130, count: 0 }],
    ['Staff, nobody', '?customerGroupIds=9367005', { total: 0, count: 0 }],
    ['General (0)', '?customerGroupIds=0', { total: 12 }],
    ['two groups at once', '?customerGroupIds=9367002,9367003', { total: 14 }],
    ['a group the store does not have', '?customerGroupIds=9400001', { total: 0 }],
    ['no filter: everybody', '', { total: demoCustomers.length }],
    ['a keyword in a name, case aside', '?keyword=jürgen', { total: 2 }],
    ['a keyword in an email', '?keyword=JUERGEN.WEISS@', { total: 1 }],
    ['a limit over 100', '?customerGroupIds=9367001&limit=500', { count: 100, limit: 100 }],
  ])('pages %s', (_case, query, expected) => {
    expect(page(query)).toMatchObject({ ...expected, allCustomerCount: demoCustomers.length })
  })

  it('sorts by name and returns the fields the app shows', () => {
    const { items } = page('?customerGroupIds=9367003')
    expect(items.map((item) => item.name)).toEqual([...items.map((item) => item.name)].sort())
    expect(items).toContainEqual(
      expect.objectContaining({
        name: '山田 太郎',
        email: 'taro.yamada@example.com',
        customerGroupId: 9367003,
        customerGroupName: 'お得意様',
      }),
    )
    expect(items[0]?.registered).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000$/)
  })

  it('includes General’s customer who has only an email', () => {
    expect(page('?customerGroupIds=0').items).toContainEqual(
      expect.objectContaining({ name: '', email: 'orders.only@example.com' }),
    )
  })

  it('keeps German names as written and spells their emails in ASCII', () => {
    expect(page('?customerGroupIds=9367002&responseFields=items(name,email)').items).toEqual(
      expect.arrayContaining([
        { name: 'Jürgen Weiß', email: 'juergen.weiss@example.com' },
        { name: 'Zoë Müller-Lüdenscheidt', email: 'zoe.mueller-luedenscheidt@example.com' },
      ]),
    )
  })

  it('counts only, the way the app asks for a group’s size', () => {
    expect(
      JSON.parse((get('?customerGroupIds=9367001&limit=1&responseFields=total') as { body: string }).body),
    ).toEqual({ total: 130 })
  })

  it.each(['abc', '', '1,,2', '-1', '1.5', '9367001,'])('refuses customerGroupIds=%j with WRONG_PARAMETER', (ids) => {
    const response = get(`?customerGroupIds=${ids}`)
    expect(response).toMatchObject({ status: 400 })
    expect(JSON.parse((response as { body: string }).body)).toMatchObject({ errorCode: 'WRONG_PARAMETER' })
  })

  it.each(['?offset=-1', '?limit=ten', '?responseFields=items(id'])('refuses %s with WRONG_PARAMETER', (query) => {
    expect(get(query)).toMatchObject({ status: 400 })
  })

  it.each([
    ['missing-scope', 403],
    ['invalid-token', 403],
    ['plan-required', 402],
    ['rate-limited', 429],
    ['server-error', 500],
    ['html-instead-of-json', 200],
  ] as const)('answers the %s fault with %i', (failure, status) => {
    const response = get('?customerGroupIds=9367001', { ...NO_FAULTS, failure })
    expect(response).toMatchObject({ status })
    if (failure === 'html-instead-of-json') expect(response).toMatchObject({ headers: { 'Content-Type': 'text/html' } })
  })

  it('drops the connection for a network fault, and ignores the group-not-found fault', () => {
    expect(get('?customerGroupIds=9367001', { ...NO_FAULTS, failure: 'network-error' })).toEqual({ kind: 'drop' })
    expect(page('?customerGroupIds=9367001', { ...NO_FAULTS, failure: 'group-not-found' }).total).toBe(130)
  })

  it('keeps the demo groups’ members in the large store', () => {
    const large: Faults = { ...NO_FAULTS, largeStore: true }
    expect(page('?customerGroupIds=9367001', large).total).toBe(130)
  })

  it('gives the large store’s generated groups no members', () => {
    const large: Faults = { ...NO_FAULTS, largeStore: true }
    expect(page('?customerGroupIds=9400993', large).total).toBe(0)
  })

  it('asks for the Bearer token and the right store', () => {
    const api = createMockCustomerGroupsApi()
    expect(
      api.handle({ method: 'GET', url: '/api/v3/1003/customers', authorization: undefined }, NO_FAULTS),
    ).toMatchObject({ status: 403, body: '' })
    expect(
      api.handle(
        { method: 'GET', url: '/api/v3/42/customers', authorization: `Bearer ${DEMO_ACCESS_TOKEN}` },
        NO_FAULTS,
      ),
    ).toMatchObject({ status: 404 })
  })
})

describe('the demo store’s customers', () => {
  it('have unique IDs and emails, lowercase ASCII addresses and 0..60 orders', () => {
    expect(new Set(demoCustomers.map((customer) => customer.id)).size).toBe(demoCustomers.length)
    expect(new Set(demoCustomers.map((customer) => customer.email)).size).toBe(demoCustomers.length)
    for (const customer of demoCustomers) {
      expect(customer.email).toMatch(/^[a-z0-9.-]+@example\.com$/)
      expect(customer.totalOrderCount).toBeGreaterThanOrEqual(0)
      expect(customer.totalOrderCount).toBeLessThanOrEqual(60)
    }
    expect(new Set(demoCustomers.map((customer) => customer.totalOrderCount)).size).toBeGreaterThan(30)
  })
})

/** Every member of a group, page after page, in the order asked for. */
function allPages(query: string, faults: Faults = NO_FAULTS): DemoCustomer[] {
  const members: DemoCustomer[] = []
  for (;;) {
    const { items, total } = page(`${query}&offset=${members.length}`, faults)
    members.push(...items)
    if (items.length === 0 || members.length >= total) return members
  }
}

const byText = new Intl.Collator('en', { sensitivity: 'base' })
const byPlainOrder = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0)

/** What each sortBy key sorts on, read from the answer; undefined when the customer has none. */
const SORT_VALUES: Record<string, { read: (customer: DemoCustomer) => string | number | undefined; text?: true }> = {
  NAME: { read: (customer) => customer.name, text: true },
  EMAIL: { read: (customer) => customer.email, text: true },
  ORDER_COUNT: { read: (customer) => customer.stats.numberOfOrders },
  REGISTERED_DATE: { read: (customer) => customer.registered },
  UPDATED_DATE: { read: (customer) => customer.updated },
  SALES_VALUE: { read: (customer) => customer.stats.salesValue },
  FIRST_ORDER_DATE: { read: (customer) => customer.stats.firstOrderDate },
  LAST_ORDER_DATE: { read: (customer) => customer.stats.lastOrderDate },
}

const SORT_KEYS = Object.keys(SORT_VALUES).flatMap((key) => [`${key}_ASC`, `${key}_DESC`])

/** Why two neighbours are out of order, or null: by the value in the direction asked, missing last, ties by ID. */
function misorder(sortBy: string, a: DemoCustomer, b: DemoCustomer): string | null {
  const [key, direction] = [sortBy.replace(/_(ASC|DESC)$/, ''), sortBy.endsWith('_DESC') ? -1 : 1]
  const { read, text } = SORT_VALUES[key]!
  const [x, y] = [read(a), read(b)]
  if (x === undefined && y !== undefined) return `${a.id} has no value but comes before ${b.id}`
  if (x === undefined || y === undefined)
    return y === undefined && x === undefined && a.id > b.id ? 'ties not by ID' : null
  const order = direction * (text ? byText.compare(String(x), String(y)) : byPlainOrder(x, y))
  if (order > 0) return `${String(x)} before ${String(y)}`
  return order === 0 && a.id > b.id ? `tie ${String(x)}: ${a.id} before ${b.id}` : null
}

describe('the emulator’s sortBy on customers', () => {
  it.each(SORT_KEYS)('sorts VIP by %s, missing values last, ties by ID, each member once', (sortBy) => {
    const members = allPages(`?customerGroupIds=${VIP}&sortBy=${sortBy}`)
    expect(new Set(members.map((member) => member.id)).size).toBe(130)
    const problems = members.slice(1).flatMap((member, index) => misorder(sortBy, members[index]!, member) ?? [])
    expect(problems).toEqual([])
  })

  it.each(['ORDER_COUNT_DESC', 'SALES_VALUE_ASC', 'LAST_ORDER_DATE_DESC'])(
    'breaks ties by ID by %s, whatever order the store holds its customers in',
    (sortBy) => {
      const heldBackwards = [...demoCustomers].reverse()
      const members = [0, 100].flatMap((offset) => {
        const query = new URLSearchParams({ customerGroupIds: String(VIP), sortBy, offset: String(offset) })
        return (bodyOf(searchCustomers(heldBackwards, demoCustomerGroups, query)) as CustomerPage).items
      })
      expect(members).toHaveLength(130)
      expect(members.slice(1).flatMap((member, index) => misorder(sortBy, members[index]!, member) ?? [])).toEqual([])
    },
  )

  it('puts VIP’s biggest spender first by SALES_VALUE_DESC, and those who never ordered first by _ASC', () => {
    const [first] = page(`?customerGroupIds=${VIP}&sortBy=SALES_VALUE_DESC&limit=1`).items
    expect(first).toMatchObject({
      name: VIP_BIGGEST_SPENDER.name,
      stats: { salesValue: VIP_BIGGEST_SPENDER.salesValue },
    })
    const ascending = page(`?customerGroupIds=${VIP}&sortBy=SALES_VALUE_ASC&limit=3`).items
    expect(ascending.map((member) => member.stats.salesValue)).toEqual([0, 0, expect.any(Number)])
    expect(ascending[2]!.stats.salesValue).toBeGreaterThan(0)
  })

  it.each(['LAST_ORDER_DATE_DESC', 'LAST_ORDER_DATE_ASC', 'FIRST_ORDER_DATE_DESC', 'FIRST_ORDER_DATE_ASC'])(
    'puts the members who never ordered last by %s, in both directions',
    (sortBy) => {
      const neverOrdered = demoCustomers.filter(
        (customer) => customer.customerGroupId === VIP && customer.stats.numberOfOrders === 0,
      )
      expect(neverOrdered).toHaveLength(130 - VIP_MEMBERS_WITH_ORDERS)
      const { items } = page(`?customerGroupIds=${VIP}&sortBy=${sortBy}&offset=100`)
      expect(items.slice(-neverOrdered.length).map((member) => member.id)).toEqual(
        neverOrdered.map((member) => member.id).sort((a, b) => a - b),
      )
      expect(items.at(-neverOrdered.length - 1)?.stats.lastOrderDate).toMatch(ECWID_DATE)
    },
  )

  it('sorts by name, ties by ID, without sortBy: the order the tests written before sortBy rely on', () => {
    expect(page(`?customerGroupIds=${VIP}`).items).toEqual(page(`?customerGroupIds=${VIP}&sortBy=NAME_ASC`).items)
    expect(page(`?customerGroupIds=${VIP}`).items).not.toEqual(page(`?customerGroupIds=${VIP}&sortBy=NAME_DESC`).items)
  })

  it.each(['NAME', 'name_asc', 'PRICE_ASC', 'NAME_UP', '', 'NAME_ASC,EMAIL_ASC', ' NAME_ASC'])(
    'refuses sortBy=%j with WRONG_PARAMETER',
    (sortBy) => {
      const response = get(`?customerGroupIds=${VIP}&sortBy=${encodeURIComponent(sortBy)}`)
      expect(response).toMatchObject({ status: 400 })
      expect(bodyOf(response)).toMatchObject({ errorCode: 'WRONG_PARAMETER' })
    },
  )
})

describe('the emulator’s order and spending filters', () => {
  const total = (query: string, faults: Faults = NO_FAULTS): unknown =>
    bodyOf(get(`${query}&limit=1&responseFields=total`, faults))

  it('counts the members who ordered at least once, as the app asks', () => {
    expect(total(`?customerGroupIds=${VIP}&minOrderCount=1`)).toEqual({ total: VIP_MEMBERS_WITH_ORDERS })
    expect(total('?customerGroupIds=0&minOrderCount=1')).toEqual({ total: GENERAL_MEMBERS_WITH_ORDERS })
    expect(total(`?customerGroupIds=${VIP}&maxOrderCount=0`)).toEqual({ total: 130 - VIP_MEMBERS_WITH_ORDERS })
    expect(total('?customerGroupIds=0&maxOrderCount=0')).toEqual({ total: 12 - GENERAL_MEMBERS_WITH_ORDERS })
  })

  it('includes both bounds, on stats', () => {
    const vip = demoCustomers.filter((customer) => customer.customerGroupId === VIP)
    const withCount = (count: number) => vip.filter((customer) => customer.stats.numberOfOrders === count).length
    expect(withCount(60)).toBeGreaterThan(0)
    expect(total(`?customerGroupIds=${VIP}&minOrderCount=60&maxOrderCount=60`)).toEqual({ total: withCount(60) })
    expect(total(`?customerGroupIds=${VIP}&minOrderCount=59&maxOrderCount=60`)).toEqual({
      total: withCount(59) + withCount(60),
    })
    const top = VIP_BIGGEST_SPENDER.salesValue
    expect(total(`?customerGroupIds=${VIP}&minSalesValue=${top}`)).toEqual({ total: 1 })
    expect(total(`?customerGroupIds=${VIP}&minSalesValue=${top + 0.01}`)).toEqual({ total: 0 })
    expect(total(`?customerGroupIds=${VIP}&maxSalesValue=0`)).toEqual({ total: 130 - VIP_MEMBERS_WITH_ORDERS })
    const between = vip.filter(({ stats }) => stats.salesValue >= 1000 && stats.salesValue <= 5000.5).length
    expect(between).toBeGreaterThan(0)
    expect(total(`?customerGroupIds=${VIP}&minSalesValue=1000&maxSalesValue=5000.5`)).toEqual({ total: between })
  })

  it('combines the filters with the keyword and sortBy', () => {
    const { items } = page(`?customerGroupIds=${VIP}&keyword=johnson&minOrderCount=10&sortBy=ORDER_COUNT_DESC`)
    const expected = demoCustomers.filter(
      (customer) =>
        customer.customerGroupId === VIP && customer.name.includes('Johnson') && customer.stats.numberOfOrders >= 10,
    )
    expect(expected.length).toBeGreaterThan(1)
    expect(items.map((item) => item.id).sort()).toEqual(expected.map((customer) => customer.id).sort())
    expect(items.map((item) => item.stats.numberOfOrders)).toEqual(
      [...items.map((item) => item.stats.numberOfOrders)].sort((a, b) => b - a),
    )
  })

  it.each([
    'minOrderCount=-1',
    'minOrderCount=1.5',
    'minOrderCount=abc',
    'minOrderCount=',
    'maxOrderCount=x',
    'maxOrderCount=1e2',
    'minSalesValue=-5',
    'minSalesValue=abc',
    'minSalesValue=',
    'maxSalesValue=1e3',
    'maxSalesValue=1,5',
  ])('refuses %s with WRONG_PARAMETER', (query) => {
    const response = get(`?customerGroupIds=${VIP}&${query}`)
    expect(response).toMatchObject({ status: 400 })
    expect(bodyOf(response)).toMatchObject({ errorCode: 'WRONG_PARAMETER' })
  })
})

describe('the emulator’s customer fields', () => {
  it('projects nested stats with responseFields', () => {
    const fields = 'total,items(id,name,stats(numberOfOrders,salesValue))'
    const answer = bodyOf(get(`?customerGroupIds=${VIP}&limit=2&responseFields=${fields}`)) as {
      items: Record<string, unknown>[]
    }
    expect(Object.keys(answer)).toEqual(['total', 'items'])
    expect(answer.items).toHaveLength(2)
    for (const item of answer.items) {
      expect(Object.keys(item)).toEqual(['id', 'name', 'stats'])
      expect(Object.keys(item.stats as object)).toEqual(['numberOfOrders', 'salesValue'])
    }
  })

  it('leaves the order dates out for a customer who never ordered, with nothing spent', () => {
    const { items } = page(`?customerGroupIds=${VIP},0&maxOrderCount=0`)
    expect(items.length).toBe(130 - VIP_MEMBERS_WITH_ORDERS + 12 - GENERAL_MEMBERS_WITH_ORDERS)
    for (const { stats, totalOrderCount } of items) {
      expect(stats).toEqual({ numberOfOrders: 0, salesValue: 0, averageOrderValue: 0 })
      expect(totalOrderCount).toBe(0)
    }
    // Projected too: an absent key stays absent rather than becoming null.
    const projected = bodyOf(get(`?customerGroupIds=${VIP}&maxOrderCount=0&responseFields=items(stats(lastOrderDate))`))
    expect(projected).toEqual({ items: [{ stats: {} }, { stats: {} }] })
  })

  it('answers every customer field the members table can show', () => {
    const [member] = page(`?customerGroupIds=${VIP}&sortBy=SALES_VALUE_DESC&limit=1`).items
    expect(member).toEqual({
      id: expect.any(Number),
      name: VIP_BIGGEST_SPENDER.name,
      email: expect.stringMatching(/@example\.com$/),
      totalOrderCount: member!.stats.numberOfOrders,
      customerGroupId: VIP,
      customerGroupName: 'VIP',
      registered: expect.stringMatching(ECWID_DATE),
      updated: expect.stringMatching(ECWID_DATE),
      taxExempt: expect.any(Boolean),
      b2b_b2c: expect.stringMatching(/^b2[bc]$/),
      stats: {
        numberOfOrders: expect.any(Number),
        salesValue: VIP_BIGGEST_SPENDER.salesValue,
        averageOrderValue: expect.any(Number),
        firstOrderDate: expect.stringMatching(ECWID_DATE),
        lastOrderDate: expect.stringMatching(ECWID_DATE),
      },
    })
  })
})

describe('the large store’s group of 10,000', () => {
  it('has 10,000 members, paged by 100, that only the large store has', () => {
    expect(page(`?customerGroupIds=${LARGE_GROUP_ID}&limit=1`, LARGE)).toMatchObject({
      total: LARGE_GROUP_MEMBER_COUNT,
      allCustomerCount: demoCustomers.length + LARGE_GROUP_MEMBER_COUNT,
    })
    expect(page(`?customerGroupIds=${LARGE_GROUP_ID}&offset=9900`, LARGE)).toMatchObject({ count: 100 })
    expect(page(`?customerGroupIds=${LARGE_GROUP_ID}&offset=10000`, LARGE)).toMatchObject({ count: 0 })
    expect(page(`?customerGroupIds=${LARGE_GROUP_ID}`)).toMatchObject({
      total: 0,
      allCustomerCount: demoCustomers.length,
    })
    expect(page('?keyword=.00001@')).toMatchObject({ total: 0 })
    expect(page('?keyword=.00001@', LARGE)).toMatchObject({ total: 1 })
  })

  it('sorts and counts the 10,000 on the server’s side', () => {
    const [first] = page(`?customerGroupIds=${LARGE_GROUP_ID}&sortBy=SALES_VALUE_DESC&limit=1`, LARGE).items
    const members = customersFor(true).filter((customer) => customer.customerGroupId === LARGE_GROUP_ID)
    expect(first?.stats.salesValue).toBe(Math.max(...members.map((member) => member.stats.salesValue)))
    const ordered = members.filter((member) => member.stats.numberOfOrders > 0).length
    expect(ordered).toBeGreaterThan(0)
    expect(ordered).toBeLessThan(LARGE_GROUP_MEMBER_COUNT * 0.8)
    const count = get(`?customerGroupIds=${LARGE_GROUP_ID}&minOrderCount=1&limit=1&responseFields=total`, LARGE)
    expect(bodyOf(count)).toEqual({ total: ordered })
    const last = page(`?customerGroupIds=${LARGE_GROUP_ID}&sortBy=LAST_ORDER_DATE_DESC&offset=9900`, LARGE).items
    expect(last.every((member) => member.stats.lastOrderDate === undefined)).toBe(true)
  })
})

describe('the seed’s customer fields', () => {
  const round2 = (amount: number): number => Math.round(amount * 100) / 100
  const today = '2026-11-30 12:00:00 +0000'

  /** What is wrong with one customer's fields; collected, not asserted one by one: 10,000 customers. */
  function problemsOf({ id, totalOrderCount, registered, updated, stats }: DemoCustomer): string[] {
    const { numberOfOrders, salesValue, averageOrderValue, firstOrderDate, lastOrderDate } = stats
    const checks: [boolean, string][] = [
      [numberOfOrders === totalOrderCount, 'numberOfOrders is not totalOrderCount'],
      [round2(salesValue) === salesValue, 'salesValue is not to the cent'],
      [ECWID_DATE.test(registered) && ECWID_DATE.test(updated), 'a date not in Ecwid’s format'],
      [registered <= updated && updated <= today, 'updated before registered or after today'],
      numberOfOrders === 0
        ? [
            salesValue === 0 && averageOrderValue === 0 && !('firstOrderDate' in stats) && !('lastOrderDate' in stats),
            'no orders, but something spent or an order date',
          ]
        : [
            salesValue > 0 && averageOrderValue === round2(salesValue / numberOfOrders),
            'salesValue or averageOrderValue',
          ],
    ]
    if (numberOfOrders > 0) {
      const [first = '', last = ''] = [firstOrderDate, lastOrderDate]
      checks.push(
        [ECWID_DATE.test(first) && ECWID_DATE.test(last), 'an order date not in Ecwid’s format'],
        [first > registered && last >= first && last <= today, 'order dates out of order or after today'],
      )
    }
    return checks.flatMap(([ok, problem]) => (ok ? [] : [`${id}: ${problem}`]))
  }

  it.each([
    ['demo store', demoCustomers],
    ['large store', customersFor(true)],
  ])(
    'are consistent in the %s: counts, amounts to the cent, dates in order and not after today',
    (_store, customers) => {
      expect(new Date(DEMO_NOW_MS).toISOString()).toBe('2026-11-30T12:00:00.000Z')
      expect(new Set(customers.map((customer) => customer.email)).size).toBe(customers.length)
      expect(new Set(customers.map((customer) => customer.id)).size).toBe(customers.length)
      expect(customers.flatMap(problemsOf)).toEqual([])
    },
  )

  it('have amounts with cents, a few tax-exempt customers, and mostly private ones', () => {
    expect(demoCustomers.some(({ stats }) => !Number.isInteger(stats.salesValue))).toBe(true)
    const taxExempt = demoCustomers.filter((customer) => customer.taxExempt).length
    expect(taxExempt).toBeGreaterThan(0)
    expect(taxExempt).toBeLessThan(demoCustomers.length / 5)
    const businesses = demoCustomers.filter((customer) => customer.b2b_b2c === 'b2b').length
    expect(businesses).toBeGreaterThan(0)
    expect(demoCustomers.filter((customer) => customer.b2b_b2c === 'b2c').length).toBe(
      demoCustomers.length - businesses,
    )
    expect(businesses).toBeLessThan(demoCustomers.length / 4)
  })

  it('make VIP’s biggest spender the only one at the top', () => {
    const spent = demoCustomers
      .filter((customer) => customer.customerGroupId === VIP)
      .map((customer) => customer.stats.salesValue)
      .sort((a, b) => b - a)
    expect(spent[0]).toBe(VIP_BIGGEST_SPENDER.salesValue)
    expect(spent[1]).toBeLessThan(spent[0]!)
  })
})
