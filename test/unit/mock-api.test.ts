import { describe, expect, it } from 'vitest'
import { DEMO_ACCESS_TOKEN, demoCustomerGroups } from '../../dev/demo-store'
import { createMockCustomerGroupsApi, type MockResponse } from '../../dev/mock-api/customer-groups-api'
import { NO_FAULTS, parseFaults, type Faults } from '../../dev/mock-api/faults'
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
