import { DOMWrapper, flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import CustomerGroupsApp from '@/CustomerGroupsApp.vue'
import { SEARCH_DEBOUNCE_MS } from '@/stores/group-list'
import { LONG_GROUP_NAME } from '../../dev/demo-store'
import { createEmulatedBackend } from '../fixtures/emulated-backend'
import { openedOn } from '../fixtures/first-screen'

let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  unmount = undefined
  vi.useRealTimers()
})

/** The whole screen over the emulated backend, opened as the app opens, with no group deep-linked. */
async function openApp(backend = createEmulatedBackend()) {
  const wrapper = mount(CustomerGroupsApp, {
    props: { viewMode: 'PAGE' },
    global: { plugins: [createPinia(), openedOn(null)], provide: backend.provide },
    attachTo: document.body,
  })
  unmount = () => wrapper.unmount()
  await flushPromises()
  return { wrapper, backend }
}

/** The Groups pane: every query below stays inside it. */
const pane = (wrapper: VueWrapper) => wrapper.get('nav')
const searchBox = (wrapper: VueWrapper) => pane(wrapper).get<HTMLInputElement>('input[type="search"]')
const summary = (wrapper: VueWrapper) => pane(wrapper).get('.group-list__count').text()
const groupButtons = (wrapper: VueWrapper) => pane(wrapper).findAll('li button')
const groupNames = (wrapper: VueWrapper) => groupButtons(wrapper).map((button) => button.text())
/** Anything that can be searched for elements: a pane, an alert, the pager. */
type Scope = Pick<DOMWrapper<Element>, 'findAll'>
const buttonNamed = (scope: Scope, text: string) => scope.findAll('button').find((button) => button.text() === text)
const pager = (wrapper: VueWrapper) => pane(wrapper).get('[role="group"][aria-label="Pages of groups"]')
/** A pager button by its accessible name: its aria-label where it shows a symbol, else its text. */
const pagerButton = (wrapper: VueWrapper, name: string) =>
  pager(wrapper)
    .findAll('button')
    .find((button) => (button.attributes('aria-label') ?? button.text()).startsWith(name))!

/** Types into the search box, then pauses long enough for the search to go out and answer. */
async function searchFor(wrapper: VueWrapper, text: string) {
  await searchBox(wrapper).setValue(text)
  vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
  await flushPromises()
}

describe('the Groups pane', () => {
  it('labels its search box “Search groups” and makes it a search field', async () => {
    const { wrapper } = await openApp()
    const input = searchBox(wrapper)
    const label = pane(wrapper).get(`label[for="${input.element.id}"]`)
    expect(label.text()).toBe('Search groups')
    expect(input.attributes('type')).toBe('search')
  })

  it('shows only the groups whose name matches once typing pauses, with one request for the word', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper, backend } = await openApp()
    const requestsBefore = backend.listRequests().length
    for (const typed of ['w', 'wh', 'who', 'whol', 'whole']) {
      await searchBox(wrapper).setValue(typed)
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1)
    }
    await flushPromises()
    // Still typing: nothing asked yet, the full list still on screen.
    expect(backend.listRequests()).toHaveLength(requestsBefore)
    expect(groupButtons(wrapper)).toHaveLength(7)

    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(backend.listRequests()).toHaveLength(requestsBefore + 1)
    expect(summary(wrapper)).toBe('2 groups match “whole”')
    const names = groupNames(wrapper)
    expect(names).toHaveLength(2)
    expect(names[0]).toContain(LONG_GROUP_NAME)
    expect(names[1]).toContain('Wholesale')
  })

  it('says no group matches and offers Clear search, which brings back every group and empties the box', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper } = await openApp()
    await searchFor(wrapper, 'zzz')
    expect(pane(wrapper).text()).toContain('No group’s name contains “zzz”.')
    expect(groupButtons(wrapper)).toHaveLength(0)

    await buttonNamed(pane(wrapper), 'Clear search')!.trigger('click')
    await flushPromises()
    expect(groupButtons(wrapper)).toHaveLength(7)
    expect(summary(wrapper)).toBe('7 groups')
    expect(searchBox(wrapper).element.value).toBe('')
    expect(pane(wrapper).text()).not.toContain('No group’s name contains')
  })

  it('shows a large store 100 groups at a time and says which 100', async () => {
    const backend = createEmulatedBackend()
    backend.setFaults({ largeStore: true })
    const { wrapper } = await openApp(backend)
    expect(summary(wrapper)).toBe('1,000 groups · 1–100 shown')
    expect(pane(wrapper).findAll('li')).toHaveLength(100)
    expect(pagerButton(wrapper, 'First').attributes('aria-disabled')).toBe('true')
    expect(pagerButton(wrapper, 'Previous').attributes('aria-disabled')).toBe('true')
    expect(pagerButton(wrapper, 'Next').attributes('aria-disabled')).toBeUndefined()
    expect(pagerButton(wrapper, 'Last').attributes('aria-disabled')).toBeUndefined()
  })

  it('jumps to the last page of a large store, where Next is unavailable', async () => {
    const backend = createEmulatedBackend()
    backend.setFaults({ largeStore: true })
    const { wrapper } = await openApp(backend)
    await pagerButton(wrapper, 'Last').trigger('click')
    await flushPromises()
    expect(summary(wrapper)).toBe('1,000 groups · 901–1,000 shown')
    const names = groupNames(wrapper)
    expect(names).toHaveLength(100)
    expect(names.at(-1)).toContain('Segment 993')
    expect(pagerButton(wrapper, 'Next').attributes('aria-disabled')).toBe('true')
    expect(pagerButton(wrapper, 'Previous').attributes('aria-disabled')).toBeUndefined()
    expect(pagerButton(wrapper, 'First').attributes('aria-disabled')).toBeUndefined()
  })

  it('marks the chosen group, and marks it again after searching away and clearing the search', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper } = await openApp()
    await groupButtons(wrapper)
      .find((button) => button.text().startsWith('VIP'))!
      .trigger('click')
    await flushPromises()
    expect(
      pane(wrapper)
        .findAll('[aria-current="true"]')
        .map((marked) => marked.text()),
    ).toEqual([expect.stringContaining('VIP')])

    await searchFor(wrapper, 'whole')
    expect(pane(wrapper).find('[aria-current="true"]').exists()).toBe(false)

    await searchFor(wrapper, '') // the box emptied by hand
    expect(searchBox(wrapper).element.value).toBe('')
    expect(groupButtons(wrapper)).toHaveLength(7)
    expect(
      pane(wrapper)
        .findAll('[aria-current="true"]')
        .map((marked) => marked.text()),
    ).toEqual([expect.stringContaining('VIP')])
  })

  it('tells a failure of the list alone in its own pane, and Retry brings the groups back', async () => {
    const backend = createEmulatedBackend()
    backend.setFaults({ failure: 'server-error' })
    const { wrapper } = await openApp(backend)
    // Only the list failed: no page-wide alert, the pane says it.
    expect(wrapper.findAll('.error-alert')).toHaveLength(1)
    const alert = pane(wrapper).get('.error-alert')
    expect(alert.text()).toContain('HTTP 500')
    expect(summary(wrapper)).toBe('The groups could not be loaded.')
    expect(groupButtons(wrapper)).toHaveLength(0)

    backend.setFaults({})
    await buttonNamed(alert, 'Retry')!.trigger('click')
    await flushPromises()
    expect(pane(wrapper).find('.error-alert').exists()).toBe(false)
    expect(groupButtons(wrapper)).toHaveLength(7)
    expect(summary(wrapper)).toBe('7 groups')
  })

  it('is one tab stop that the arrow keys, Home and End move through', async () => {
    const { wrapper } = await openApp()
    const tabStops = () => groupButtons(wrapper).filter((button) => button.attributes('tabindex') === '0')
    expect(tabStops()).toHaveLength(1)
    expect(tabStops()[0]!.text()).toContain('General')
    await groupButtons(wrapper)[0]!.trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement).toBe(groupButtons(wrapper)[1]!.element)
    expect(tabStops().map((button) => button.element)).toEqual([groupButtons(wrapper)[1]!.element])
    await groupButtons(wrapper)[1]!.trigger('keydown', { key: 'End' })
    expect(document.activeElement).toBe(groupButtons(wrapper)[6]!.element)
    expect(groupButtons(wrapper)[6]!.text()).toContain('9367006')
    await groupButtons(wrapper)[6]!.trigger('keydown', { key: 'Home' })
    expect(document.activeElement).toBe(groupButtons(wrapper)[0]!.element)
  })

  it('gives focus to the search box when Clear search goes away', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { wrapper } = await openApp()
    await searchBox(wrapper).setValue('zzz')
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
    await flushPromises()
    await buttonNamed(pane(wrapper), 'Clear search')!.trigger('click')
    await flushPromises()
    expect(document.activeElement).toBe(searchBox(wrapper).element)
  })
})
