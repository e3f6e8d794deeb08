import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseDeepLink } from '@/ecwid/deep-link'
import { shownData } from '@/loading/async-state'
import { useGroupDetailsStore } from '@/stores/group-details'
import { useGroupListStore } from '@/stores/group-list'
import { useGroupMembersStore } from '@/stores/group-members'
import { useMembersWithOrdersStore } from '@/stores/members-with-orders'
import { DEMO_ACCESS_TOKEN, demoCustomers } from '../../dev/demo-store'
import { createStoreHarness } from '../fixtures/store-harness'

const GENERAL = 0
const VIP = 9367001
const VIP_MEMBERS_WITH_ORDERS = demoCustomers.filter(
  (customer) => customer.customerGroupId === VIP && customer.totalOrderCount > 0,
).length

/** The details store (and the members store it drives) over the emulated backend. */
function openDetails() {
  const { backend, pinia, use } = createStoreHarness()
  const store = use(useGroupDetailsStore)
  const members = use(useGroupMembersStore)
  return {
    backend,
    pinia,
    store,
    use,
    shownMembers: () => shownData(members.state),
    membersState: () => members.state,
    /** Follows an app_state exactly as Ecwid hands it over: still URL-encoded. */
    openLink: (appState: string) => store.openDeepLink(parseDeepLink(encodeURIComponent(appState))),
  }
}

describe('the group details store', () => {
  afterEach(() => vi.useRealTimers())

  it('shows the selected group as the API answered it, and its members', async () => {
    const details = openDetails()
    await details.store.selectGroup(VIP)
    await flushPromises()
    expect(details.store.state.status).toBe('success')
    expect(details.store.answer).toMatchObject({
      status: 200,
      groupId: VIP,
      fromMemory: false,
      data: { id: VIP, name: 'VIP', externalReferenceId: 'ERP-VIP-01' },
    })
    expect(details.shownMembers()).toMatchObject({ query: { groupId: VIP }, total: 130 })
    expect(details.shownMembers()?.items).toHaveLength(100)
  })

  it('settles a deep link once the group and its members are both in: the first screen waits for both', async () => {
    const details = openDetails()
    let letMembersIn!: () => void
    const membersHeld = new Promise<void>((resolve) => (letMembersIn = resolve))
    const searchGroupMembers = details.backend.customersApi.searchGroupMembers
    details.backend.customersApi.searchGroupMembers = async (...args) => {
      await membersHeld
      return searchGroupMembers(...args)
    }
    let settled = false
    void details.openLink(`groupId=${VIP}`).then(() => (settled = true))
    await flushPromises()
    expect(details.store.answer?.data.name).toBe('VIP')
    expect(settled).toBe(false)

    letMembersIn()
    await flushPromises()
    expect(settled).toBe(true)
    expect(details.shownMembers()?.items).toHaveLength(100)
  })

  it('serves a group and field selection it has already fetched from memory, without a request', async () => {
    const details = openDetails()
    await details.store.selectGroup(VIP)
    await details.store.selectGroup(GENERAL)
    await details.store.selectGroup(VIP)
    expect(details.backend.groupRequests(VIP)).toHaveLength(1)
    expect(details.store.answer).toMatchObject({ groupId: VIP, fromMemory: true, data: { name: 'VIP' } })
  })

  it('fetches a field selection it has not seen yet, then serves it from memory', async () => {
    const details = openDetails()
    await details.store.selectGroup(VIP)
    await details.store.setFields(['name'])
    expect(details.store.answer).toMatchObject({ fromMemory: false, data: { name: 'VIP' } })
    expect(details.store.answer?.data).not.toHaveProperty('externalReferenceId')
    await details.store.selectAllFields()
    await details.store.setFields(['name'])
    expect(details.backend.groupRequests(VIP)).toHaveLength(2)
    expect(details.store.answer?.fromMemory).toBe(true)
  })

  it('asks the API again on refresh, whatever it remembers', async () => {
    const details = openDetails()
    await details.store.selectGroup(VIP)
    await details.store.refresh()
    expect(details.backend.groupRequests(VIP)).toHaveLength(2)
    expect(details.backend.memberRequests(VIP)).toHaveLength(2)
    expect(details.store.answer?.fromMemory).toBe(false)
  })

  it('keeps the previous answer, with the time it was fetched, when a refresh fails', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const fetchedAt = Date.UTC(2026, 10, 26, 9, 30, 15)
    vi.setSystemTime(fetchedAt)
    const details = openDetails()
    await details.store.selectGroup(VIP)
    vi.setSystemTime(fetchedAt + 60_000)
    details.backend.setFaults({ failure: 'server-error' })
    await details.store.refresh()
    expect(details.store.state).toMatchObject({
      status: 'error',
      failure: { kind: 'server', status: 500 },
      kept: { groupId: VIP, fetchedAt, data: { name: 'VIP' } },
    })
    expect(details.store.answer?.fetchedAt).toBe(fetchedAt)
  })

  it('follows a deep link with its fields, and says which fields it ignored', async () => {
    const details = openDetails()
    await details.openLink(`groupId=${VIP}&responseFields=name,loyaltyTier`)
    expect(details.store.ignoredLinkFields).toEqual(['loyaltyTier'])
    expect(details.store.selectedFields).toEqual(['name'])
    expect(details.store.answer?.data).toEqual({ name: 'VIP' })
    expect(details.backend.groupRequests(VIP)[0]).toContain('responseFields=name')
  })

  it.each(['groupId=-1', 'groupId=1.5', 'groupId=abc', 'groupId=9007199254740993'])(
    'rejects the deep link %s without sending a request',
    async (appState) => {
      const details = openDetails()
      await details.openLink(appState)
      await flushPromises()
      expect(details.store.state).toMatchObject({ status: 'invalid-link', link: { kind: 'invalid-group-id' } })
      expect(details.store.selectedGroupId).toBeNull()
      expect(details.backend.requests).toEqual([])
    },
  )

  it('stays on the invalid-link notice when the group it replaced answers late', async () => {
    const details = openDetails()
    details.backend.hold()
    void details.store.selectGroup(VIP)
    await details.openLink('groupId=abc')
    details.backend.releaseAll()
    await flushPromises()
    expect(details.store.state.status).toBe('invalid-link')
    expect(details.membersState().status).toBe('idle')
  })

  it('retries members that failed when the merchant chooses the same group again', async () => {
    const details = openDetails()
    details.backend.setFaults({ failure: 'server-error' })
    await details.store.selectGroup(VIP)
    await flushPromises()
    expect(details.membersState().status).toBe('error')
    details.backend.setFaults({})
    await details.store.selectGroup(VIP)
    await flushPromises()
    expect(details.shownMembers()).toMatchObject({ query: { groupId: VIP }, total: 130 })
  })

  it('asks again, rather than serve from memory, a group whose refresh just failed', async () => {
    const details = openDetails()
    await details.store.selectGroup(VIP)
    details.backend.setFaults({ failure: 'server-error' })
    await details.store.refresh()
    await flushPromises()
    const asked = details.backend.groupRequests(VIP).length
    await details.store.selectGroup(VIP)
    await flushPromises()
    expect(details.backend.groupRequests(VIP).length).toBeGreaterThan(asked)
    expect(details.store.state.status).toBe('error')
    expect(details.store.answer?.fromMemory).toBe(false)
  })

  it('counts the group’s members who have ordered, with one request that lists nobody', async () => {
    const details = openDetails()
    await details.store.selectGroup(VIP)
    await flushPromises()
    const [count] = details.backend.withOrdersRequests(VIP)
    expect(count).toBe('/api/v3/1003/customers?customerGroupIds=9367001&minOrderCount=1&limit=1&responseFields=total')
    const withOrders = details.use(useMembersWithOrdersStore)
    expect(withOrders.state).toMatchObject({
      status: 'success',
      data: { groupId: VIP, count: VIP_MEMBERS_WITH_ORDERS },
    })
  })

  it('never puts the access token into Pinia state', async () => {
    const details = openDetails()
    const list = details.use(useGroupListStore)
    await list.search()
    await details.openLink(`groupId=${VIP}&responseFields=name,loyaltyTier`)
    await details.store.setFields(['id', 'name', 'externalReferenceId'])
    await flushPromises()
    details.backend.setFaults({ failure: 'html-instead-of-json' })
    await details.store.refresh()
    expect(details.store.state.status).toBe('error')
    const everything = JSON.stringify(details.pinia.state.value)
    expect(everything).toContain('VIP')
    expect(everything).not.toContain(DEMO_ACCESS_TOKEN)
    expect(everything).not.toContain(DEMO_ACCESS_TOKEN.slice('secret_'.length))
  })
})
