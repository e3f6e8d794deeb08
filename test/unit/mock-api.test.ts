import { describe, expect, it } from 'vitest'
import { DEMO_ACCESS_TOKEN, demoCustomerGroups, LARGE_GROUP_ID, LARGE_GROUP_NAME } from '../../dev/demo-store'
import { createMockCustomerGroupsApi, type MockResponse } from '../../dev/mock-api/customer-groups-api'
import { FAILURES, NO_FAULTS, parseFaults, type Faults } from '../../dev/mock-api/faults'
import { parseResponseFields, project } from '../../dev/mock-api/response-fields-projection'

const bearer = `Bearer ${DEMO_ACCESS_TOKEN}`

function get(
  url: string,
  options: { authorization?: string; faults?: Faults; api?: ReturnType<typeof createMockCustomerGroupsApi> } = {},
) {
  const api = options.api ?? createMockCustomerGroupsApi()
  return api.handle({ method: 'GET', url, authorization: options.authorization ?? bearer }, options.faults ?? NO_FAULTS)
}

function body(response: MockResponse): unknown {
  if (response.kind !== 'answer') throw new Error('dropped')
  return response.body === '' ? undefined : JSON.parse(response.body)
}

describe('the emulator’s customer-group API', () => {
  it('lists General (0) first and counts it in total', () => {
    const answer = body(get('/api/v3/1003/customer_groups')) as { total: number; items: { id: number }[] }
    expect(answer.items[0]).toEqual({ id: 0, name: 'General' })
    expect(answer.total).toBe(demoCustomerGroups.length)
  })

  it('projects responseFields, nesting included', () => {
    expect(body(get('/api/v3/1003/customer_groups?responseFields=total,items(name)&limit=2'))).toEqual({
      total: demoCustomerGroups.length,
      items: [{ name: 'General' }, { name: 'VIP' }],
    })
    expect(body(get('/api/v3/1003/customer_groups/9367001?responseFields=name'))).toEqual({ name: 'VIP' })
  })

  it('searches by keyword and pages with offset and a limit of at most 100', () => {
    expect(body(get('/api/v3/1003/customer_groups?keyword=vi&responseFields=items(id)'))).toEqual({
      items: [{ id: 9367001 }],
    })
    expect(body(get('/api/v3/1003/customer_groups?offset=1&limit=1&responseFields=count,limit,items(id)'))).toEqual({
      count: 1,
      limit: 1,
      items: [{ id: 9367001 }],
    })
    expect(body(get('/api/v3/1003/customer_groups?limit=500&responseFields=limit'))).toEqual({ limit: 100 })
  })

  it('finds both wholesale groups in the demo store, case aside', () => {
    expect(body(get('/api/v3/1003/customer_groups?keyword=whole&responseFields=total,items(id)'))).toEqual({
      total: 2,
      items: [{ id: 9367004 }, { id: 9367006 }],
    })
  })

  it('serves 1,000 groups in the large store, General first and Segment 993 last', () => {
    const faults: Faults = { ...NO_FAULTS, largeStore: true }
    const first = body(get('/api/v3/1003/customer_groups?responseFields=total,count,items(id,name)', { faults })) as {
      total: number
      count: number
      items: { id: number }[]
    }
    expect(first).toMatchObject({ total: 1000, count: 100 })
    expect(first.items[0]).toEqual({ id: 0, name: 'General' })
    const last = body(get('/api/v3/1003/customer_groups?offset=900&responseFields=count,items(name)', { faults })) as {
      count: number
      items: { name: string }[]
    }
    expect(last.count).toBe(100)
    expect(last.items.at(-1)).toEqual({ name: 'Segment 993' })
    expect(body(get('/api/v3/1003/customer_groups/9400993', { faults }))).toEqual({ id: 9400993, name: 'Segment 993' })
    // The demo store does not have it.
    expect(get('/api/v3/1003/customer_groups/9400993')).toMatchObject({ status: 404 })
  })

  it('has one big group in the large store, in place of the first generated segment', () => {
    const faults: Faults = { ...NO_FAULTS, largeStore: true }
    expect(body(get(`/api/v3/1003/customer_groups/${LARGE_GROUP_ID}`, { faults }))).toEqual({
      id: LARGE_GROUP_ID,
      name: LARGE_GROUP_NAME,
    })
    expect(
      body(get('/api/v3/1003/customer_groups?offset=7&limit=2&responseFields=items(id,name)', { faults })),
    ).toEqual({
      items: [
        { id: LARGE_GROUP_ID, name: 'Newsletter subscribers' },
        { id: 9400002, name: 'Segment 002' },
      ],
    })
    expect(get(`/api/v3/1003/customer_groups/${LARGE_GROUP_ID}`)).toMatchObject({ status: 404 })
  })

  it('answers an unknown endpoint with 404, before asking for a token', () => {
    for (const url of ['/api/v3/1003/products', '/api/v3/1003/customers/50000001', '/api/v3/1003/customer_groupsX']) {
      expect(body(get(url, { authorization: '' }))).toEqual({ errorMessage: 'Unknown API endpoint' })
    }
  })

  it('answers a missing group with 404 and Ecwid’s message', () => {
    const response = get('/api/v3/1003/customer_groups/77')
    expect(response).toMatchObject({ status: 404 })
    expect(body(response)).toEqual({ errorMessage: 'Customer group #77 not found' })
  })

  it.each([
    ['no header', undefined],
    ['another token', 'Bearer secret_wrong'],
    ['the token without Bearer', DEMO_ACCESS_TOKEN],
  ])('answers %s with an empty 403', (_case, authorization) => {
    expect(get('/api/v3/1003/customer_groups/0', { authorization: authorization ?? '' })).toEqual({
      kind: 'answer',
      status: 403,
      headers: {},
      body: '',
    })
  })

  it('ignores a token in the query', () => {
    expect(get(`/api/v3/1003/customer_groups/0?token=${DEMO_ACCESS_TOKEN}`, { authorization: '' })).toMatchObject({
      status: 403,
    })
  })

  it('refuses broken responseFields with WRONG_PARAMETER', () => {
    expect(body(get('/api/v3/1003/customer_groups/0?responseFields=items(id'))).toMatchObject({
      errorCode: 'WRONG_PARAMETER',
    })
  })

  it('limits a token to 600 requests a minute', () => {
    let now = 0
    const api = createMockCustomerGroupsApi({ now: () => now })
    for (let i = 0; i < 600; i++) expect(get('/api/v3/1003/customer_groups/0', { api })).toMatchObject({ status: 200 })
    const limited = get('/api/v3/1003/customer_groups/0', { api })
    expect(limited).toMatchObject({ status: 429, headers: { 'Retry-After': '60' } })
    now = 60_001
    expect(get('/api/v3/1003/customer_groups/0', { api })).toMatchObject({ status: 200 })
  })

  it.each([
    ['missing-scope', 403, 'INSUFFICIENT_APP_SCOPE'],
    ['plan-required', 402, 'NOT_AVAILABLE_ON_CURRENT_PLAN'],
    ['rate-limited', 429, 'RATE_LIMITED'],
    ['server-error', 500, 'INTERNAL_ERROR'],
  ] as const)('injects the %s fault', (failure, status, errorCode) => {
    const response = get('/api/v3/1003/customer_groups/0', { faults: { ...NO_FAULTS, failure } })
    expect(response).toMatchObject({ status })
    expect(body(response)).toMatchObject({ errorCode })
  })

  it('injects a 404 for single groups only, so the list still loads', () => {
    const faults: Faults = { ...NO_FAULTS, failure: 'group-not-found' }
    expect(get('/api/v3/1003/customer_groups/0', { faults })).toMatchObject({ status: 404 })
    expect(get('/api/v3/1003/customer_groups', { faults })).toMatchObject({ status: 200 })
  })

  it('drops the connection for a network fault', () => {
    expect(get('/api/v3/1003/customer_groups/0', { faults: { ...NO_FAULTS, failure: 'network-error' } })).toEqual({
      kind: 'drop',
    })
  })
})

describe('the emulator’s store profile', () => {
  const profile = (query = '', options: Parameters<typeof get>[1] = {}) => get(`/api/v3/1003/profile${query}`, options)

  it('answers the store’s formats, Ecwid-shaped', () => {
    const response = profile()
    expect(response).toMatchObject({ status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    expect(body(response)).toMatchObject({
      generalInfo: { storeId: 1003, storeUrl: expect.stringMatching(/^https:\/\//) },
      formatsAndUnits: {
        currency: 'EUR',
        currencyPrefix: '',
        currencySuffix: ' €',
        currencyPrecision: 2,
        currencyDecimalSeparator: ',',
        currencyGroupSeparator: '.',
        currencyTruncateZeroFractional: false,
        dateFormat: expect.any(String),
        timeFormat: expect.any(String),
        timezone: expect.any(String),
        weightUnit: expect.any(String),
      },
    })
  })

  it('projects responseFields, as the app asks for the currency', () => {
    expect(body(profile('?responseFields=formatsAndUnits(currency,currencyPrecision)'))).toEqual({
      formatsAndUnits: { currency: 'EUR', currencyPrecision: 2 },
    })
    expect(body(profile('?responseFields=generalInfo(storeId)'))).toEqual({ generalInfo: { storeId: 1003 } })
    expect(body(profile('?responseFields=formatsAndUnits(currency'))).toMatchObject({ errorCode: 'WRONG_PARAMETER' })
  })

  it('asks for the token, counts in the rate limit, and knows only its store', () => {
    expect(profile('', { authorization: '' })).toEqual({ kind: 'answer', status: 403, headers: {}, body: '' })
    expect(get('/api/v3/42/profile')).toMatchObject({ status: 404 })
    expect(get('/api/v3/1003/profile/extra')).toMatchObject({ status: 404 })
    const api = createMockCustomerGroupsApi({ now: () => 0 })
    for (let i = 0; i < 599; i++) get('/api/v3/1003/customer_groups/0', { api })
    expect(profile('', { api })).toMatchObject({ status: 200 })
    expect(profile('', { api })).toMatchObject({ status: 429 })
  })

  it('answers 403 on /profile alone for the missing-profile-scope fault', () => {
    const faults: Faults = { ...NO_FAULTS, failure: 'missing-profile-scope' }
    const refused = profile('', { faults })
    expect(refused).toMatchObject({ status: 403 })
    expect(body(refused)).toEqual({
      errorMessage: 'The app does not have the read_store_profile scope',
      errorCode: 'INSUFFICIENT_APP_SCOPE',
    })
    for (const url of ['/api/v3/1003/customer_groups', '/api/v3/1003/customer_groups/0', '/api/v3/1003/customers'])
      expect(get(url, { faults })).toMatchObject({ status: 200 })
  })

  it.each([
    ['missing-scope', 403, 'INSUFFICIENT_APP_SCOPE'],
    ['plan-required', 402, 'NOT_AVAILABLE_ON_CURRENT_PLAN'],
    ['rate-limited', 429, 'RATE_LIMITED'],
    ['server-error', 500, 'INTERNAL_ERROR'],
  ] as const)('answers the %s fault on /profile too', (failure, status, errorCode) => {
    const response = profile('', { faults: { ...NO_FAULTS, failure } })
    expect(response).toMatchObject({ status })
    expect(body(response)).toMatchObject({ errorCode })
  })

  it('drops the connection for a network fault, and ignores the group-not-found fault', () => {
    expect(profile('', { faults: { ...NO_FAULTS, failure: 'network-error' } })).toEqual({ kind: 'drop' })
    expect(profile('', { faults: { ...NO_FAULTS, failure: 'group-not-found' } })).toMatchObject({ status: 200 })
  })

  it('offers the fault in the control panel’s list', () => {
    expect(FAILURES['missing-profile-scope']).toBe('403 on /profile: no read_store_profile scope')
    expect(parseFaults({ failure: 'missing-profile-scope' })).toEqual({
      ...NO_FAULTS,
      failure: 'missing-profile-scope',
    })
  })
})

describe('faults from the control panel', () => {
  it.each([
    [
      { failure: 'server-error', latencyMs: 250, largeStore: true },
      { failure: 'server-error', latencyMs: 250, largeStore: true, exposeRetryAfter: false },
    ],
    [
      { failure: 'sdk-hangs', exposeRetryAfter: true },
      { ...NO_FAULTS, failure: 'sdk-hangs', exposeRetryAfter: true },
    ],
    [{ failure: 'none', latencyMs: 0 }, NO_FAULTS],
    [{ largeStore: 'yes', exposeRetryAfter: 'yes', failure: 'made-up', latencyMs: -5 }, NO_FAULTS],
    [null, NO_FAULTS],
  ])('reads %j as %j', (json, faults) => {
    expect(parseFaults(json)).toEqual(faults)
  })
})

describe('responseFields projection', () => {
  it('parses nested lists', () => {
    expect(parseResponseFields('total,items(id,options(name))')).toEqual([
      { name: 'total', children: null },
      {
        name: 'items',
        children: [
          { name: 'id', children: null },
          { name: 'options', children: [{ name: 'name', children: null }] },
        ],
      },
    ])
  })

  it.each(['', 'a,,b', 'a(b', 'a)', 'a b', 'a()'])('refuses %j', (text) => {
    expect(() => parseResponseFields(text)).toThrow()
  })

  it('keeps only listed keys, through arrays', () => {
    expect(project({ a: 1, b: [{ c: 1, d: 2 }], e: 3 }, parseResponseFields('b(d),x'))).toEqual({ b: [{ d: 2 }] })
  })
})
