import { DEFAULT_MEMBER_COLUMNS, DEFAULT_MEMBER_SORT } from '@/api/member-columns'
import { createTestingPinia } from '@pinia/testing'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import GroupDetails from '@/components/GroupDetails.vue'
import type { GroupAnswer, GroupDetailsState } from '@/stores/group-details'
import { useGroupDetailsStore } from '@/stores/group-details'
import type { GroupMembers } from '@/stores/group-members'
import type { AsyncState } from '@/loading/async-state'

type GroupMembersState = AsyncState<GroupMembers>
import { createEmulatedBackend } from '../fixtures/emulated-backend'

/** GroupDetails rendered from a given store state, with the store's actions stubbed. */
function renderWithState(
  details: { selectedGroupId?: number | null; state?: GroupDetailsState },
  members: { state?: GroupMembersState } = {},
) {
  const pinia = createTestingPinia({ createSpy: vi.fn, initialState: { groupDetails: details, groupMembers: members } })
  const wrapper = mount(GroupDetails, {
    global: { plugins: [pinia], provide: createEmulatedBackend().provide },
  })
  return { wrapper, store: useGroupDetailsStore(pinia) }
}

/** A tiny fixture factory: an answer for VIP as the API gave it. */
function vipAnswer(data: Record<string, unknown>, extra: Partial<GroupAnswer> = {}): GroupAnswer {
  return {
    data,
    status: 200,
    durationMs: 5,
    sizeBytes: 40,
    attempts: 1,
    groupId: 9367001,
    fields: ['id', 'name'],
    fetchedAt: Date.UTC(2026, 10, 26, 9, 30, 15),
    fromMemory: false,
    ...extra,
  }
}

describe('GroupDetails', () => {
  it('invites a choice when no group is selected', () => {
    const { wrapper } = renderWithState({})
    expect(wrapper.text()).toContain('Choose a group from the list')
    expect(wrapper.find('fieldset').exists()).toBe(false)
  })

  it.each([
    [{ kind: 'not-found', status: 404 }, 'Customer group 9367001 was not found'],
    [{ kind: 'bad-request', status: 400, errorCode: 'WRONG_PARAMETER' }, 'WRONG_PARAMETER'],
  ])('explains %j without offering a Retry that cannot help', (failure, text) => {
    const { wrapper } = renderWithState({
      selectedGroupId: 9367001,
      state: { status: 'error', failure: failure as never, kept: null },
    })
    const alert = wrapper.get('.error-alert')
    expect(alert.text()).toContain(text)
    expect(alert.find('button').exists()).toBe(false)
  })

  it('shows no members for a group that does not exist, only its alert', () => {
    const { wrapper } = renderWithState(
      { selectedGroupId: 12345, state: { status: 'error', failure: { kind: 'not-found', status: 404 }, kept: null } },
      {
        state: {
          status: 'success',
          data: {
            query: { groupId: 12345, keyword: '', sort: DEFAULT_MEMBER_SORT, columns: DEFAULT_MEMBER_COLUMNS },
            items: [],
            total: 0,
            nextOffset: null,
          },
        },
      },
    )
    expect(wrapper.get('.error-alert').text()).toContain('Customer group 12345 was not found')
    expect(wrapper.text()).not.toContain('Members')
    expect(wrapper.text()).not.toContain('No customers are in this group yet.')
  })

  it('moves focus to the group’s heading on Retry, as the alert and its button go away', async () => {
    const { wrapper } = renderWithState({
      selectedGroupId: 9367001,
      state: { status: 'error', failure: { kind: 'timeout' }, kept: null },
    })
    document.body.appendChild(wrapper.element)
    await wrapper.get('.error-alert button').trigger('click')
    expect(document.activeElement?.id).toBe('group-details-title')
    wrapper.element.remove()
  })

  it('tells a scope error in its own pane, with Retry, when no other pane met it', () => {
    const { wrapper } = renderWithState({
      selectedGroupId: 9367001,
      state: { status: 'error', failure: { kind: 'missing-scope', status: 403 }, kept: null },
    })
    expect(wrapper.get('.error-alert').text()).toContain('read_customers')
    expect(wrapper.get('.error-alert').get('button').text()).toBe('Retry')
  })

  it('leaves a failure the members share to the page alert, not the pane', () => {
    const { wrapper } = renderWithState(
      { selectedGroupId: 9367001, state: { status: 'error', failure: { kind: 'network' }, kept: null } },
      { state: { status: 'error', failure: { kind: 'network' }, kept: null } },
    )
    expect(wrapper.find('.error-alert').exists()).toBe(false)
    expect(wrapper.text()).toContain('The members could not be loaded.')
  })

  it('asks the store to fetch the group again when Retry is pressed', async () => {
    const { wrapper, store } = renderWithState({
      selectedGroupId: 9367001,
      state: { status: 'error', failure: { kind: 'timeout' }, kept: null },
    })
    await wrapper.get('.error-alert button').trigger('click')
    expect(store.reload).toHaveBeenCalledTimes(1)
  })

  it('keeps the last good answer under the alert of a failed refresh, with the time it was fetched', () => {
    const kept = vipAnswer({ id: 9367001, name: 'VIP' })
    const { wrapper } = renderWithState({
      selectedGroupId: 9367001,
      state: { status: 'error', failure: { kind: 'server', status: 500 }, kept },
    })
    expect(wrapper.get('.error-alert').text()).toContain('HTTP 500')
    expect(wrapper.get('#group-details-title').text()).toBe('VIP')
    expect(wrapper.get('.field-values').text()).toContain('VIP')
    const fetchedAt = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(
      kept.fetchedAt,
    )
    expect(wrapper.text()).toContain(`Showing the answer fetched at ${fetchedAt}`)
    // The alert comes first in reading order, the kept answer after it.
    const html = wrapper.html()
    expect(html.indexOf('error-alert')).toBeLessThan(html.indexOf('Showing the answer fetched at'))
  })

  it('shows a field the API added after this app was written', () => {
    const state: GroupDetailsState = {
      status: 'success',
      data: vipAnswer({ id: 9367001, name: 'VIP', loyaltyTier: 'gold' }),
    }
    const { wrapper } = renderWithState({ selectedGroupId: 9367001, state })
    const row = wrapper.findAll('.field-values__row').find((candidate) => candidate.text().includes('loyaltyTier'))
    expect(row?.text()).toContain('new field')
    expect(row?.text()).toContain('gold')
  })

  it('lists a ticked field the API did not return as not returned', () => {
    const state: GroupDetailsState = {
      status: 'success',
      data: vipAnswer({ id: 0, name: 'General' }, { groupId: 0, fields: ['id', 'name', 'externalReferenceId'] }),
    }
    const { wrapper } = renderWithState({ selectedGroupId: 0, state })
    const row = wrapper
      .findAll('.field-values__row')
      .find((candidate) => candidate.text().includes('externalReferenceId'))
    expect(row?.get('dd').text()).toBe('not returned')
  })

  it('shows an unreadable answer’s status and the start of its body as text, never as markup', () => {
    const failure = {
      kind: 'invalid-response',
      status: 200,
      bodyExcerpt: '<h1>Back soon</h1>',
      bodyTruncated: true,
    } as const
    const { wrapper } = renderWithState({ selectedGroupId: 9367001, state: { status: 'error', failure, kept: null } })
    expect(wrapper.get('[data-testid="request-outcome"]').text()).toBe('200')
    expect(wrapper.get('[data-testid="raw-response"]').text()).toContain('<h1>Back soon</h1>')
    expect(wrapper.get('[data-testid="raw-response"]').text()).toContain('only the first 2 KB is shown')
    expect(wrapper.find('.group-api h1').exists()).toBe(false)
    expect(wrapper.text()).toContain('Raw body — HTTP 200, as received')
  })
})
