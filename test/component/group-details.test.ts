import { createTestingPinia } from '@pinia/testing'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import GroupDetails from '@/components/GroupDetails.vue'
import { useGroupDetailsStore } from '@/stores/group-details'
import { customerGroupsApiKey } from '@/stores/injection'
import { createEmulatedBackend } from '../fixtures/emulated-backend'

/** GroupDetails rendered from a given store state, with the store's actions stubbed. */
function renderWithState(state: Record<string, unknown>) {
  const pinia = createTestingPinia({ createSpy: vi.fn, initialState: { groupDetails: state } })
  const wrapper = mount(GroupDetails, {
    global: { plugins: [pinia], provide: { [customerGroupsApiKey as symbol]: createEmulatedBackend().api } },
  })
  return { wrapper, store: useGroupDetailsStore(pinia) }
}

describe('GroupDetails', () => {
  it('invites a choice when no group is selected', () => {
    const { wrapper } = renderWithState({})
    expect(wrapper.text()).toContain('Choose a group from the list')
    expect(wrapper.find('fieldset').exists()).toBe(false)
  })

  it.each([
    [{ kind: 'plan-required', status: 402 }, 'not available on your current plan'],
    [{ kind: 'invalid-token', status: 403 }, 'Reopen the app'],
    [{ kind: 'store-not-found', status: 404, errorCode: 'STORE_NOT_FOUND' }, 'This store no longer exists'],
    [{ kind: 'bad-request', status: 400, errorCode: 'WRONG_PARAMETER' }, 'WRONG_PARAMETER'],
  ])('explains %j without offering a Retry that cannot help', (failure, text) => {
    const { wrapper } = renderWithState({ selectedGroupId: 9367001, status: 'error', failure })
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain(text)
    expect(alert.find('button').exists()).toBe(false)
  })

  it('asks the store to fetch again when Retry is pressed', async () => {
    const { wrapper, store } = renderWithState({ selectedGroupId: 9367001, status: 'error', failure: { kind: 'timeout' } })
    await wrapper.get('[role="alert"] button').trigger('click')
    expect(store.refresh).toHaveBeenCalledTimes(1)
  })

  it('shows a field the API added after this app was written', () => {
    const data = { id: 9367001, name: 'VIP', loyaltyTier: 'gold' }
    const response = { data, status: 200, durationMs: 5, sizeBytes: 40, attempts: 1, fromMemory: false, request: null }
    const { wrapper } = renderWithState({ selectedGroupId: 9367001, status: 'success', response })
    const row = wrapper.findAll('.field-values__row').find((candidate) => candidate.text().includes('loyaltyTier'))
    expect(row?.text()).toContain('new field')
    expect(row?.text()).toContain('gold')
  })
})
