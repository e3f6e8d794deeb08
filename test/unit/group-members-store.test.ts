import { flushPromises } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { shownData } from '@/stores/async-state'
import { useGroupMembersStore } from '@/stores/group-members'
import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import type { CustomersApi, GroupMember } from '@/api/customers'
import { customersApiKey } from '@/stores/injection'
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
    expect(members.shown()).toMatchObject({ groupId: VIP, total: 130, nextOffset: 100 })
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
    expect(members.shown()).toMatchObject({ groupId: STAFF, items: [], total: 0, nextOffset: null })
  })

  it('loads General (group 0) like any other group, although 0 is falsy', async () => {
    const members = openMembers()
    await members.store.loadFor(GENERAL)
    expect(members.backend.memberRequests(GENERAL)).toHaveLength(1)
    expect(members.shown()).toMatchObject({ groupId: GENERAL, total: 12, nextOffset: null })
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
    expect(members.shown()).toMatchObject({ groupId: STAFF, items: [] })
  })

  it('never lets a slow answer for the group left behind replace the chosen group’s members', async () => {
    const members = openMembers()
    members.backend.hold()
    void members.store.loadFor(VIP)
    void members.store.loadFor(GROSSHANDLER)
    members.backend.releaseNewestFirst()
    await flushPromises()
    expect(members.store.state.status).toBe('success')
    expect(members.shown()).toMatchObject({ groupId: GROSSHANDLER, total: 8 })
    expect(members.shown()?.items).toHaveLength(8)
  })

  it('asks only for the four columns the table shows', async () => {
    const members = openMembers()
    await members.store.loadFor(VIP)
    const [request] = members.backend.memberRequests(VIP)
    const query = new URL(request!, 'https://app.ecwid.com').searchParams
    expect(query.get('responseFields')).toBe('total,count,items(id,name,email,totalOrderCount)')
  })
})

describe('the group members store, when customers change between two pages', () => {
  it('shows a member that a shifted offset sends twice only once', async () => {
    const member = (id: number): GroupMember => ({
      id,
      name: `Customer ${id}`,
      email: `c${id}@example.com`,
      totalOrderCount: 1,
    })
    // Someone left the group between the two requests: page 2 starts one member early.
    const pages = [
      Array.from({ length: 100 }, (_, index) => member(index + 1)),
      Array.from({ length: 50 }, (_, index) => member(index + 100)),
    ]
    const api: CustomersApi = {
      searchGroupMembers: async (_groupId, { offset }) => {
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
      .provide(customersApiKey, api)
    const store = app.runWithContext(useGroupMembersStore)
    await store.loadFor(VIP)
    await store.loadMore()
    const ids = shownData(store.state)?.items.map((loaded) => loaded.id) ?? []
    expect(ids).toHaveLength(149)
    expect(new Set(ids).size).toBe(149)
  })
})
