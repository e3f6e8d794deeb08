import { describe, expect, it } from 'vitest'
import { DEMO_ACCESS_TOKEN, demoCustomers } from '../../dev/demo-store'
import { createMockCustomerGroupsApi, type MockResponse } from '../../dev/mock-api/customer-groups-api'
import { NO_FAULTS, type Faults } from '../../dev/mock-api/faults'

interface CustomerPage {
  total: number
  count: number
  offset: number
  limit: number
  allCustomerCount: number
  items: {
    id: number
    name: string
    email: string
    totalOrderCount: number
    customerGroupId: number
    customerGroupName: string
    registered: string
  }[]
}

function get(url: string, faults: Faults = NO_FAULTS): MockResponse {
  return createMockCustomerGroupsApi().handle(
    { method: 'GET', url: `/api/v3/1003/customers${url}`, authorization: `Bearer ${DEMO_ACCESS_TOKEN}` },
    faults,
  )
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

  it('keeps the demo groups’ members in the large store; its generated groups have none', () => {
    const large: Faults = { ...NO_FAULTS, largeStore: true }
    expect(page('?customerGroupIds=9367001', large).total).toBe(130)
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
