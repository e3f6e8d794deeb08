import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, type Pinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { afterNextPaint } from '@/composables/after-next-paint'
import CustomerGroupsApp from '@/CustomerGroupsApp.vue'
import { DEMO_ACCESS_TOKEN } from '../../dev/demo-store'
import type { Faults } from '../../dev/mock-api/faults'
import { createEmulatedBackend } from '../fixtures/emulated-backend'
import { openedOn } from '../fixtures/first-screen'

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

/** Opens the app as a deep link `appState` (written plainly; encoded here as Ecwid sends it). */
function openApp(appState: string | null, backend = createEmulatedBackend()) {
  return openAppWithEncodedState(appState === null ? null : encodeURIComponent(appState), backend)
}

function openAppWithEncodedState(encodedAppState: string | null, backend = createEmulatedBackend()) {
  const pinia: Pinia = createPinia()
  const wrapper = mount(CustomerGroupsApp, {
    props: { viewMode: 'PAGE' },
    global: { plugins: [pinia, openedOn(encodedAppState)], provide: backend.provide },
    attachTo: document.body,
  })
  unmount = () => wrapper.unmount()
  return { wrapper, backend, pinia }
}

/** Opens VIP while the emulated API fails the given way, and lets the retries play out. */
async function openVipWithFault(failure: Faults['failure']) {
  const backend = createEmulatedBackend()
  backend.setFaults({ failure })
  const opened = openApp('groupId=9367001', backend)
  await flushPromises()
  return opened
}

const heading = (wrapper: ReturnType<typeof mount>) => wrapper.get('#group-details-title').text()
const requestLine = (wrapper: ReturnType<typeof mount>) => wrapper.get('[data-testid="request-line"]').text()
const checkbox = (wrapper: ReturnType<typeof mount>, field: string) =>
  wrapper
    .findAll('fieldset input[type="checkbox"]')
    .find((input) => input.element.closest('label')?.textContent?.trim().startsWith(field))!

describe('the customer groups screen', () => {
  it('opens a deep-linked group with exactly one request for it', async () => {
    const { wrapper, backend } = openApp('groupId=9367001')
    await flushPromises()
    expect(heading(wrapper)).toBe('VIP')
    expect(wrapper.get('dl').text()).toContain('ERP-VIP-01')
    expect(backend.groupRequests(9367001)).toEqual(['/api/v3/1003/customer_groups/9367001'])
  })

  it('asks for the group, its members, the list and the store’s currency before it first renders', async () => {
    const backend = createEmulatedBackend()
    const onScreenWhenAsked: boolean[] = []
    const record = backend.requests.push.bind(backend.requests)
    backend.requests.push = (...paths: string[]) => {
      onScreenWhenAsked.push(document.querySelector('#group-details-title') !== null)
      return record(...paths)
    }
    const { wrapper } = openApp('groupId=9367001', backend)
    expect(backend.requests).toHaveLength(5)
    expect(onScreenWhenAsked).toEqual([false, false, false, false, false])
    await flushPromises()
    expect(heading(wrapper)).toBe('VIP')
  })

  it('opens group 0, General, although 0 is falsy', async () => {
    const { wrapper, backend } = openApp('groupId=0')
    await flushPromises()
    expect(heading(wrapper)).toBe('General')
    expect(backend.groupRequests(0)).toHaveLength(1)
  })

  it('lists every group, General included, and shows the one chosen', async () => {
    const { wrapper } = openApp(null)
    await flushPromises()
    const names = wrapper.findAll('nav li button').map((button) => button.text())
    expect(names[0]).toContain('General')
    expect(names).toHaveLength(7)
    await wrapper.findAll('nav li button')[1]!.trigger('click')
    await flushPromises()
    expect(heading(wrapper)).toBe('VIP')
    expect(wrapper.get('nav [aria-current="true"]').text()).toContain('VIP')
  })

  it('labels each field checkbox with its API name, then its description', async () => {
    const { wrapper } = openApp('groupId=9367001')
    await flushPromises()
    const picker = wrapper.findAll('fieldset').find((fieldset) => fieldset.get('legend').text() === 'Response fields')!
    const labels = picker.findAll('label').map((label) => label.text())
    expect(labels[0]).toMatch(/^id\b.*Unique internal customer group ID/)
    expect(labels[1]).toMatch(/^name\b.*Customer group name/)
    expect(labels[2]).toMatch(/^externalReferenceId\b.*external system/)
  })

  it('asks for responseFields=name when id and externalReferenceId are unticked, and nothing once all are ticked again', async () => {
    const { wrapper, backend } = openApp('groupId=9367001')
    await flushPromises()
    await checkbox(wrapper, 'id').setValue(false)
    await checkbox(wrapper, 'externalReferenceId').setValue(false)
    await flushPromises()
    expect(requestLine(wrapper)).toBe('GET /api/v3/1003/customer_groups/9367001?responseFields=name')
    expect(backend.requests).toContain('/api/v3/1003/customer_groups/9367001?responseFields=name')
    expect(wrapper.get('[data-testid="raw-response"]').text()).toBe('{\n  "name": "VIP"\n}')

    const before = backend.groupRequests(9367001).length
    await wrapper.get('button.field-picker__all').trigger('click')
    await flushPromises()
    expect(requestLine(wrapper)).toBe('GET /api/v3/1003/customer_groups/9367001')
    // Already fetched this session: served from memory, no new request.
    expect(backend.groupRequests(9367001)).toHaveLength(before)
    expect(wrapper.get('[data-testid="request-outcome"]').text()).toContain('from memory')
  })

  it('heads the panel with the name the list knows when name is not selected', async () => {
    const { wrapper } = openApp('groupId=9367001&responseFields=id')
    await flushPromises()
    expect(heading(wrapper)).toBe('VIP')
  })

  it('names the group from the list when its details failed', async () => {
    const { wrapper } = await openVipWithFault('group-not-found')
    expect(heading(wrapper)).toBe('VIP')
    expect(wrapper.get('.group-details .error-alert').text()).toContain('Customer group 9367001 was not found')
  })

  it('keeps the last ticked field ticked', async () => {
    const { wrapper } = openApp('groupId=9367001&responseFields=name')
    await flushPromises()
    expect((checkbox(wrapper, 'name').element as HTMLInputElement).disabled).toBe(true)
    expect((checkbox(wrapper, 'id').element as HTMLInputElement).disabled).toBe(false)
  })

  it('asks the API again on Refresh', async () => {
    const { wrapper, backend } = openApp('groupId=9367001')
    await flushPromises()
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Refresh')!
      .trigger('click')
    await flushPromises()
    expect(backend.groupRequests(9367001)).toHaveLength(2)
  })

  it.each(['-5', '1.5', 'abc', '9007199254740993'])(
    'refuses the deep-linked ID %j without a request',
    async (rawId) => {
      const { wrapper, backend } = openApp(`groupId=${rawId}`)
      await flushPromises()
      expect(wrapper.get('.group-details .error-alert').text()).toContain(`“${rawId}” is not a valid customer group ID`)
      expect(backend.requests.filter((path) => path.includes('/customer_groups/'))).toEqual([])
    },
  )

  it('says so when the deep link itself cannot be read', async () => {
    const { wrapper, backend } = openAppWithEncodedState('groupId%3')
    await flushPromises()
    expect(wrapper.get('.group-details .error-alert').text()).toContain('The link that opened this page is damaged')
    expect(backend.requests.filter((path) => path.includes('/customer_groups/'))).toEqual([])
  })

  it('names a missing group’s ID', async () => {
    const { wrapper } = await openVipWithFault('group-not-found')
    expect(wrapper.get('.group-details .error-alert').text()).toContain('Customer group 9367001 was not found')
    // Like Postman: the status, and the error body exactly as the API sent it.
    expect(wrapper.get('[data-testid="request-outcome"]').text()).toBe('404')
    expect(wrapper.get('[data-testid="raw-response"]').text()).toBe(
      '{\n  "errorMessage": "Customer group #9367001 not found"\n}',
    )
  })

  it('names the read_customers scope on a 403 INSUFFICIENT_APP_SCOPE, once for the whole page', async () => {
    const { wrapper } = await openVipWithFault('missing-scope')
    const alerts = wrapper.findAll('.error-alert')
    expect(alerts).toHaveLength(1)
    expect(alerts[0]!.text()).toContain('read_customers')
    expect(alerts[0]!.findAll('button').map((button) => button.text())).toEqual(['Retry'])
    expect(wrapper.get('[data-testid="raw-response"]').text()).toContain('"errorCode": "INSUFFICIENT_APP_SCOPE"')
  })

  it('offers one Retry once retries give up on a 500 everywhere, and Retry recovers every pane', async () => {
    const { wrapper, backend } = await openVipWithFault('server-error')
    expect(backend.groupRequests(9367001)).toHaveLength(3)
    expect(wrapper.findAll('.error-alert')).toHaveLength(1)
    const alert = wrapper.get('.error-alert')
    expect(alert.text()).toContain('HTTP 500')
    backend.setFaults({})
    await alert.get('button').trigger('click')
    await flushPromises()
    expect(heading(wrapper)).toBe('VIP')
    expect(wrapper.find('.error-alert').exists()).toBe(false)
    expect(wrapper.findAll('nav li button')).toHaveLength(7)
    expect(wrapper.get('[data-testid="members-summary"]').text()).toBe('130 customers in this group')
  })

  it('never shows a group that was superseded while it loaded', async () => {
    const backend = createEmulatedBackend()
    const { wrapper } = openApp(null, backend)
    await flushPromises()
    backend.hold()
    const buttons = wrapper.findAll('nav li button')
    await buttons[1]!.trigger('click') // VIP, held
    await buttons[0]!.trigger('click') // General, held
    // General answers first; VIP's late answer must not replace it.
    backend.releaseNewestFirst()
    await flushPromises()
    expect(heading(wrapper)).toBe('General')
    expect(wrapper.get('[data-testid="raw-response"]').text()).not.toContain('VIP')
  })

  it('says what it loads, and brings the API view in below the members once they are in', async () => {
    const backend = createEmulatedBackend()
    backend.hold()
    const { wrapper } = openApp('groupId=9367001', backend)
    await flushPromises()
    expect(wrapper.get('.group-details__status').text()).toBe('Loading customer group 9367001…')
    expect(wrapper.findAll('.group-members__placeholder li')).toHaveLength(3)
    // Not yet: the members table growing to its rows would push it down (layout shift).
    expect(wrapper.find('.group-api').exists()).toBe(false)
    backend.releaseAll()
    await flushPromises()
    expect(wrapper.get('[data-testid="members-summary"]').text()).toBe('130 customers in this group')
    expect(wrapper.find('.group-api').exists()).toBe(true)
  })

  it('paints the group before its members, and its members before the API view', async () => {
    const waitingForPaint: (() => void)[] = []
    vi.mocked(afterNextPaint).mockImplementation((callback) => void waitingForPaint.push(callback))
    const paint = async () => {
      waitingForPaint.splice(0).forEach((callback) => callback())
      await nextTick()
    }
    try {
      const { wrapper } = openApp('groupId=9367001')
      await flushPromises()
      expect(heading(wrapper)).toBe('VIP')
      expect(wrapper.find('[data-testid="members-summary"]').exists()).toBe(false)
      expect(wrapper.find('.group-api').exists()).toBe(false)
      await paint()
      expect(wrapper.get('[data-testid="members-summary"]').text()).toBe('130 customers in this group')
      expect(wrapper.find('.group-api').exists()).toBe(false)
      await paint()
      expect(wrapper.find('.group-api').exists()).toBe(true)
    } finally {
      vi.mocked(afterNextPaint).mockRestore()
    }
  })

  it('keeps the token out of the page and out of every store', async () => {
    const { wrapper, pinia } = openApp('groupId=9367001')
    await flushPromises()
    expect(wrapper.html()).not.toContain(DEMO_ACCESS_TOKEN)
    const state = JSON.stringify(pinia.state.value)
    expect(state).not.toContain(DEMO_ACCESS_TOKEN)
    // The serialised state is the real thing: the group and its members are in it.
    expect(state).toContain('ERP-VIP-01')
    expect(state).toContain('amelia.anderson@example.com')
  })
})
