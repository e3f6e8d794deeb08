import { createTestingPinia } from '@pinia/testing'
import { DOMWrapper, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { GroupMember, MemberQuery } from '@/api/customers'
import { DEFAULT_MEMBER_COLUMNS, DEFAULT_MEMBER_SORT } from '@/api/member-columns'
import GroupMembers from '@/components/GroupMembers.vue'
import CustomerGroupsApp from '@/CustomerGroupsApp.vue'
import type { ApiFailure } from '@/presentation/api-failure'
import type { AsyncState } from '@/loading/async-state'
import type { GroupDetailsState } from '@/stores/group-details'
import { useGroupMembersStore, type GroupMembers as LoadedMembers } from '@/stores/group-members'
import { createEmulatedBackend } from '../fixtures/emulated-backend'
import { openedOn } from '../fixtures/first-screen'

let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  unmount = undefined
})

/** The whole screen over the emulated backend, opened on one group as a deep link would. */
async function openGroup(groupId: number) {
  const wrapper = mount(CustomerGroupsApp, {
    props: { viewMode: 'PAGE' },
    global: {
      plugins: [createPinia(), openedOn(encodeURIComponent(`groupId=${groupId}`))],
      provide: createEmulatedBackend().provide,
    },
    attachTo: document.body,
  })
  unmount = () => wrapper.unmount()
  await flushPromises()
  return wrapper
}

/** The Members section, found by its heading. */
function membersSection(wrapper: VueWrapper): DOMWrapper<Element> {
  const section = wrapper
    .findAll('section')
    .find((candidate) => candidate.find('h3').exists() && candidate.get('h3').text() === 'Members')
  if (!section) throw new Error('No Members section on screen')
  return section
}
/** Anything that can be searched for elements: the section, the table. */
type Scope = Pick<DOMWrapper<Element>, 'findAll'>
const loadMoreButton = (scope: Scope) => scope.findAll('button').find((button) => button.text() === 'Load more')
const bodyRows = (scope: Scope) => scope.findAll('tbody tr')

/** GroupMembers alone, rendered from given store states, with the stores' actions stubbed. */
function renderWithState(
  members: AsyncState<LoadedMembers>,
  details: { selectedGroupId?: number; state?: GroupDetailsState } = {},
) {
  const pinia = createTestingPinia({
    createSpy: vi.fn,
    initialState: { groupMembers: { state: members }, groupDetails: details },
  })
  const wrapper = mount(GroupMembers, {
    props: { groupId: 9367001, groupName: 'VIP' },
    global: { plugins: [pinia], provide: createEmulatedBackend().provide },
  })
  return { wrapper, store: useGroupMembersStore(pinia) }
}

/** A tiny fixture factory: VIP's first page as the store holds it. */
function firstHundredOfVip(): LoadedMembers {
  const items: GroupMember[] = Array.from({ length: 100 }, (_, index) => ({
    id: 500 + index,
    name: `Customer ${index + 1}`,
    email: `customer${index + 1}@example.com`,
    orders: index % 4,
    totalSpent: (index % 4) * 25.5,
  }))
  return { query: { ...VIP_QUERY }, items, total: 130, nextOffset: 100 }
}

/** A fresh object per store, as two failed requests give (the page alert tells failures apart by identity). */
const VIP_QUERY: MemberQuery = {
  groupId: 9367001,
  keyword: '',
  sort: DEFAULT_MEMBER_SORT,
  columns: DEFAULT_MEMBER_COLUMNS,
}

const serverError = (): ApiFailure => ({ kind: 'server', status: 500 })

describe('the Members section', () => {
  it('shows the first 100 of VIP’s 130 customers in a table of name, email, orders and total spent', async () => {
    const section = membersSection(await openGroup(9367001))
    expect(section.text()).toContain('130 customers in this group')
    expect(section.findAll('table th').map((header) => header.text())).toEqual([
      'Name',
      'Email',
      'Orders',
      'Total spent',
    ])
    expect(bodyRows(section)).toHaveLength(100)
    expect(section.text()).toContain('Showing 100 of 130')
    expect(loadMoreButton(section)).toBeDefined()
  })

  it('loads the remaining 30 on Load more, then stops offering more', async () => {
    const wrapper = await openGroup(9367001)
    await loadMoreButton(membersSection(wrapper))!.trigger('click')
    await flushPromises()
    const section = membersSection(wrapper)
    expect(bodyRows(section)).toHaveLength(130)
    expect(loadMoreButton(section)).toBeUndefined()
    expect(section.text()).not.toContain('Showing')
  })

  it('says an empty group has no customers yet, without an empty table', async () => {
    const section = membersSection(await openGroup(9367005))
    expect(section.text()).toContain('No customers are in this group yet.')
    expect(section.find('table').exists()).toBe(false)
    expect(loadMoreButton(section)).toBeUndefined()
  })

  it('shows a dash for a customer with only an email', async () => {
    const section = membersSection(await openGroup(0))
    const row = bodyRows(section).find((candidate) => candidate.text().includes('orders.only@example.com'))
    expect(row).toBeDefined()
    const cells = row!.findAll('td').map((cell) => cell.text())
    expect(cells[0]).toBe('—')
    expect(cells[1]).toBe('orders.only@example.com')
  })

  it('tells a failure of the members alone in its own alert, whose Retry asks the store again', async () => {
    const { wrapper, store } = renderWithState({ status: 'error', failure: serverError(), kept: null })
    const alert = wrapper.get('.error-alert')
    expect(alert.text()).toContain('HTTP 500')
    expect(wrapper.text()).toContain('The members could not be loaded.')
    expect(wrapper.find('table').exists()).toBe(false)
    await alert
      .findAll('button')
      .find((button) => button.text() === 'Retry')!
      .trigger('click')
    expect(store.retry).toHaveBeenCalledTimes(1)
  })

  it('leaves a failure the details share to the page alert, not the members pane', () => {
    const { wrapper } = renderWithState(
      { status: 'error', failure: serverError(), kept: null },
      { selectedGroupId: 9367001, state: { status: 'error', failure: serverError(), kept: null } },
    )
    expect(wrapper.find('.error-alert').exists()).toBe(false)
    expect(wrapper.text()).toContain('The members could not be loaded.')
  })

  it('keeps the rows already loaded under the alert when Load more fails', () => {
    const { wrapper } = renderWithState({ status: 'error', failure: serverError(), kept: firstHundredOfVip() })
    expect(wrapper.get('.error-alert').text()).toContain('HTTP 500')
    expect(wrapper.text()).toContain('130 customers in this group')
    const rows = bodyRows(wrapper.get('table'))
    expect(rows).toHaveLength(100)
    expect(rows[0]!.text()).toContain('customer1@example.com')
    expect(wrapper.text()).toContain('Showing 100 of 130')
    // The alert comes first in reading order, the kept rows after it.
    const html = wrapper.html()
    expect(html.indexOf('error-alert')).toBeLessThan(html.indexOf('<table'))
  })
})
