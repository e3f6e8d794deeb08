import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { shownData } from '@/loading/async-state'
import { useGroupMembersStore } from '@/stores/group-members'
import { SEARCH_DEBOUNCE_MS } from '@/stores/group-list'
import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import type { CustomersApi, GroupMember } from '@/api/customers'
import { customersApiKey } from '@/composables/use-apis'
import { createStoreHarness } from '../fixtures/store-harness'

const GENERAL = 0
const VIP = 9367001 // 130 members: more than one page
const GROSSHANDLER = 9367002 // 8 members
const STAFF = 9367005 // nobody

/** The members store over the emulated backend. */
function openMembers() {
  const { backend, use } = createStoreHarness()
  const store = use(useGroupMembersStore)
  return {
    backend,
    store,
    /** The rows on screen: the answer, or what was kept from before. */
    shown: () => shownData(store.state),
  }
}

describe('the group members store', () => {
  it('shows VIP’s first 100 members of 130, with more to load', async () => {
    const members = openMembers()
    await members.store.loadFor(VIP)
    expect(members.store.state.status).toBe('success')
    expect(members.shown()).toMatchObject({ query: { groupId: VIP }, total: 130, nextOffset: 100 })
    expect(members.shown()?.items).toHaveLength(100)
  })

  it('appends the last 30 of VIP’s members on loadMore, and then has no more', async () => {
    const members = openMembers()
    await members.store.loadFor(VIP)
    await members.store.loadMore()
    const items = members.shown()?.items ?? []
    expect(items).toHaveLength(130)
    expect(new Set(items.map((member) => member.id)).size).toBe(130)
    expect(members.shown()?.nextOffset).toBeNull()
    expect(members.backend.memberRequests(VIP)[1]).toContain('offset=100')
  })

  it('shows Staff as a group with no members', async () => {
    const members = openMembers()
    await members.store.loadFor(STAFF)
    expect(members.store.state.status).toBe('success')
    expect(members.shown()).toMatchObject({ query: { groupId: STAFF }, items: [], total: 0, nextOffset: null })
  })

  it('loads General (group 0) like any other group, although 0 is falsy', async () => {
    const members = openMembers()
    await members.store.loadFor(GENERAL)
    expect(members.backend.memberRequests(GENERAL)).toHaveLength(1)
    expect(members.shown()).toMatchObject({ query: { groupId: GENERAL }, total: 12, nextOffset: null })
    expect(members.shown()?.items.map((member) => member.email)).toContain('orders.only@example.com')
  })

  it('reports a failure, and Retry brings the members back', async () => {
    const members = openMembers()
    members.backend.setFaults({ failure: 'server-error' })
    await members.store.loadFor(VIP)
    expect(members.store.state).toMatchObject({ status: 'error', failure: { kind: 'server', status: 500 }, kept: null })
    members.backend.setFaults({})
    await members.store.retry()
    expect(members.store.state.status).toBe('success')
    expect(members.shown()?.items).toHaveLength(100)
  })

  it('keeps the first 100 rows when loading more fails, and Retry appends the rest', async () => {
    const members = openMembers()
    await members.store.loadFor(VIP)
    members.backend.setFaults({ failure: 'server-error' })
    await members.store.loadMore()
    expect(members.store.state).toMatchObject({ status: 'error', failure: { kind: 'server' } })
    expect(members.shown()?.items).toHaveLength(100)
    members.backend.setFaults({})
    await members.store.retry()
    expect(members.store.state.status).toBe('success')
    expect(members.shown()?.items).toHaveLength(130)
    expect(members.shown()?.nextOffset).toBeNull()
  })

  it('never shows the previous group’s members once another group is chosen', async () => {
    const members = openMembers()
    await members.store.loadFor(VIP)
    members.backend.hold()
    void members.store.loadFor(STAFF)
    expect(members.shown()).toBeNull()
    members.backend.releaseAll()
    await flushPromises()
    expect(members.shown()).toMatchObject({ query: { groupId: STAFF }, items: [] })
  })

  it('never lets a slow answer for the group left behind replace the chosen group’s members', async () => {
    const members = openMembers()
    members.backend.hold()
    void members.store.loadFor(VIP)
    void members.store.loadFor(GROSSHANDLER)
    members.backend.releaseNewestFirst()
    await flushPromises()
    expect(members.store.state.status).toBe('success')
    expect(members.shown()).toMatchObject({ query: { groupId: GROSSHANDLER }, total: 8 })
    expect(members.shown()?.items).toHaveLength(8)
  })

  it('asks only for the default columns, alphabetically: name, email, orders, total spent', async () => {
    const members = openMembers()
    await members.store.loadFor(VIP)
    const [request] = members.backend.memberRequests(VIP)
    const query = new URL(request!, 'https://app.ecwid.com').searchParams
    expect(query.get('responseFields')).toBe('total,count,items(id,name,email,stats(numberOfOrders,salesValue))')
    expect(query.get('sortBy')).toBe('NAME_ASC')
  })

  it('asks for a column once it is ticked, and not again when one is unticked', async () => {
    const members = openMembers()
    await members.store.loadFor(VIP)
    await members.store.setColumns(['name', 'email', 'orders', 'totalSpent', 'registered'])
    const requests = members.backend.memberRequests(VIP)
    expect(requests).toHaveLength(2)
    expect(new URL(requests[1]!, 'https://app.ecwid.com').searchParams.get('responseFields')).toBe(
      'total,count,items(id,name,email,registered,stats(numberOfOrders,salesValue))',
    )
    expect(members.shown()?.items[0]?.registered).toEqual(expect.any(Number))
    await members.store.setColumns(['name', 'registered'])
    expect(members.backend.memberRequests(VIP)).toHaveLength(2)
    expect(members.store.columns).toEqual(['name', 'registered'])
  })

  it('keeps the columns chosen when another group is chosen', async () => {
    const members = openMembers()
    await members.store.loadFor(VIP)
    await members.store.setColumns(['email', 'lastOrder'])
    await members.store.loadFor(GROSSHANDLER)
    const [request] = members.backend.memberRequests(GROSSHANDLER)
    expect(new URL(request!, 'https://app.ecwid.com').searchParams.get('responseFields')).toBe(
      'total,count,items(id,email,stats(lastOrderDate))',
    )
  })

  it('sorts by total spent, biggest spender first, when asked', async () => {
    const members = openMembers()
    await members.store.loadFor(VIP)
    await members.store.sortBy({ column: 'totalSpent', direction: 'descending' })
    const items = members.shown()?.items ?? []
    expect(members.backend.memberRequests(VIP).at(-1)).toContain('sortBy=SALES_VALUE_DESC')
    const spent = items.map((member) => member.totalSpent ?? 0)
    expect(spent).toEqual([...spent].sort((a, b) => b - a))
    expect(spent[0]).toBeGreaterThan(spent[1]!)
  })

  it('searches within the group once typing pauses, and only the last keyword is asked for', async () => {
    vi.useFakeTimers()
    try {
      const members = openMembers()
      await members.store.loadFor(VIP)
      members.store.setKeyword('o')
      members.store.setKeyword('ol')
      members.store.setKeyword('oli')
      await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS)
      await flushPromises()
      const requests = members.backend.memberRequests(VIP)
      expect(requests).toHaveLength(2)
      expect(requests[1]).toContain('keyword=oli')
      const items = members.shown()?.items ?? []
      expect(items.length).toBeGreaterThan(0)
      expect(items.length).toBeLessThan(130)
      for (const member of items) expect(`${member.name} ${member.email}`.toLowerCase()).toContain('oli')
    } finally {
      vi.useRealTimers()
    }
  })

  it('starts the next group with an empty search', async () => {
    const members = openMembers()
    await members.store.loadFor(VIP)
    members.store.setKeyword('oli')
    await members.store.search()
    await members.store.loadFor(GENERAL)
    expect(members.store.keyword).toBe('')
    expect(members.backend.memberRequests(GENERAL)[0]).not.toContain('keyword=')
  })
})

describe('the group members store, when customers change between two pages', () => {
  it('shows a member that a shifted offset sends twice only once', async () => {
    const member = (id: number): GroupMember => ({
      id,
      name: `Customer ${id}`,
      email: `c${id}@example.com`,
      orders: 1,
    })
    // Someone left the group between the two requests: page 2 starts one member early.
    const pages = [
      Array.from({ length: 100 }, (_, index) => member(index + 1)),
      Array.from({ length: 50 }, (_, index) => member(index + 100)),
    ]
    const api: Pick<CustomersApi, 'searchGroupMembers'> = {
      searchGroupMembers: async ({ offset }) => {
        const items = pages[offset / 100]!
        return {
          data: { total: 149, count: items.length, offset, items },
          status: 200,
          durationMs: 1,
          sizeBytes: 1,
          attempts: 1,
        }
      },
    }
    const pinia = createPinia()
    setActivePinia(pinia)
    const app = createApp({ render: () => null })
      .use(pinia)
      .provide(customersApiKey, api as CustomersApi)
    const store = app.runWithContext(useGroupMembersStore)
    await store.loadFor(VIP)
    await store.loadMore()
    const ids = shownData(store.state)?.items.map((loaded) => loaded.id) ?? []
    expect(ids).toHaveLength(149)
    expect(new Set(ids).size).toBe(149)
  })
})
