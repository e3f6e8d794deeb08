import { readFileSync } from 'node:fs'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'vue/compiler-sfc'
import { createEcwidClient } from '@/api/client'
import { createCustomerGroupsApi } from '@/api/customer-groups'
import { createCustomersApi } from '@/api/customers'
import { createStoreProfileApi } from '@/api/store-profile'
import CustomerGroupsApp from '@/CustomerGroupsApp.vue'
import { customerGroupsApiKey, customersApiKey, storeProfileApiKey } from '@/composables/use-apis'
import { createEmulatedBackend } from '../fixtures/emulated-backend'
import { openedOn } from '../fixtures/first-screen'

/**
 * Text a store or a link can hold and a merchant should still read in place: very long words,
 * bidi controls, zero-width characters, runaway answers. happy-dom has no layout, so wrapping is
 * checked as the computed `overflow-wrap` of the element that holds the text, from the
 * components' own style blocks; the e2e suite measures the page's real width.
 */

const RIGHT_TO_LEFT_OVERRIDE = '\u202E'
const LEFT_TO_RIGHT_ISOLATE = '\u2066'
const POP_DIRECTIONAL_ISOLATE = '\u2069'
const ZERO_WIDTH_SPACE = '\u200B'

const LONG_ID = 'x'.repeat(400)
const LONG_NAME = 'W'.repeat(300)
const BIDI_NAME = `VIP ${RIGHT_TO_LEFT_OVERRIDE}sresu`
const BIDI_MEMBER = `${LEFT_TO_RIGHT_ISOLATE}Ada${POP_DIRECTIONAL_ISOLATE}${RIGHT_TO_LEFT_OVERRIDE} Lovelace`
const BIDI_EMAIL = `${RIGHT_TO_LEFT_OVERRIDE}moc.elpmaxe@ada`
const BIDI_REFERENCE = `ERP-${RIGHT_TO_LEFT_OVERRIDE}10-PIV`

let cleanUp: (() => void)[] = []
afterEach(() => {
  cleanUp.forEach((undo) => undo())
  cleanUp = []
})

/**
 * The components' style blocks as written, in the document: happy-dom then computes what they
 * set. Unscoped here, which only widens what the rules match; none of them is hidden by that.
 */
function applyComponentStyles(...components: string[]) {
  const style = document.createElement('style')
  style.textContent = components
    .flatMap((name) =>
      parse(readFileSync(`src/components/${name}.vue`, 'utf8')).descriptor.styles.map((block) => block.content),
    )
    .join('\n')
  document.head.append(style)
  cleanUp.push(() => style.remove())
}

interface HostileStore {
  readonly groups: readonly { id: number; name: string }[]
  /** What the list answer says about itself; by default, that it holds every group. */
  readonly listCount?: number
  readonly group?: Record<string, unknown>
  readonly members?: readonly { id: number; name?: string; email?: string; stats?: { numberOfOrders: number } }[]
}

/** The app's real API layer over an in-memory fetch that answers with `store`, whatever it holds. */
function hostileBackend(store: HostileStore) {
  const answer = (path: string): unknown => {
    if (path.endsWith('/customer_groups'))
      return {
        total: store.groups.length,
        count: store.listCount ?? store.groups.length,
        offset: 0,
        items: store.groups,
      }
    if (path.includes('/customer_groups/')) return store.group ?? store.groups[0]
    if (path.endsWith('/profile')) return { formatsAndUnits: { currency: 'EUR', currencyPrecision: 2 } }
    const members = store.members ?? []
    return { total: members.length, count: members.length, offset: 0, items: members }
  }
  const fetch = async (input: string | URL | Request): Promise<Response> =>
    new Response(JSON.stringify(answer(new URL(String(input)).pathname)), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    })
  const client = createEcwidClient({
    apiBase: 'https://app.ecwid.com/api/v3',
    storeId: 1003,
    authorization: 'Bearer secret_hostileinputtest',
    fetch: fetch as typeof globalThis.fetch,
    sleep: async () => {},
  })
  return {
    [customerGroupsApiKey as symbol]: createCustomerGroupsApi(client),
    [customersApiKey as symbol]: createCustomersApi(client),
    [storeProfileApiKey as symbol]: createStoreProfileApi(client),
  }
}

/** The whole screen, opened from a deep link written plainly (encoded here as Ecwid sends it). */
async function openApp(appState: string | null, provide: Record<symbol, unknown> = createEmulatedBackend().provide) {
  const wrapper = mount(CustomerGroupsApp, {
    props: { viewMode: 'PAGE' },
    global: { plugins: [createPinia(), openedOn(appState === null ? null : encodeURIComponent(appState))], provide },
    attachTo: document.body,
  })
  cleanUp.push(() => wrapper.unmount())
  await flushPromises()
  return wrapper
}

const listButtons = (wrapper: VueWrapper) => wrapper.get('nav').findAll('li button')
const heading = (wrapper: VueWrapper) => wrapper.get('#group-details-title')
const memberRows = (wrapper: VueWrapper) => wrapper.findAll('[aria-label="Members table, scrollable"] tbody tr')
/** The <bdi> whose text is exactly `text`: the isolation is drawn around what was given, no more, no less. */
const isolatesExactly = (scope: VueWrapper | ReturnType<VueWrapper['get']>, text: string) =>
  scope.findAll('bdi').some((bdi) => bdi.element.textContent === text)
const overflowWrapOf = (element: Element) => getComputedStyle(element).overflowWrap

describe('a 400-character invalid group ID in a deep link', () => {
  it('is quoted in full in the alert, which wraps it anywhere instead of widening the page', async () => {
    applyComponentStyles('ErrorAlert', 'GroupDetails')
    const wrapper = await openApp(`groupId=${LONG_ID}`)
    const alert = wrapper
      .findAll('.error-alert')
      .find((found) => found.text().includes('is not a valid customer group ID'))!
    expect(alert.text()).toContain(`“${LONG_ID}” is not a valid customer group ID.`)
    const holder = alert.findAll('p').find((paragraph) => paragraph.text().includes(LONG_ID))!
    expect(overflowWrapOf(holder.element)).toBe('anywhere')
    // …and the column it sits in may not grow wider than the grid gives it.
    const column = getComputedStyle(wrapper.get('.group-details').element)
    expect(column.minWidth).toMatch(/^0(px)?$/)
    expect(column.gridTemplateColumns).toBe('minmax(0, 1fr)')
  })

  it('is isolated, so a right-to-left override in it cannot reverse the sentence after it', async () => {
    const hostileId = `${RIGHT_TO_LEFT_OVERRIDE}1 ${LONG_ID}`
    const wrapper = await openApp(`groupId=${hostileId}`)
    const alert = wrapper
      .findAll('.error-alert')
      .find((found) => found.text().includes('is not a valid customer group ID'))!
    expect(isolatesExactly(alert, hostileId)).toBe(true)
  })
})

describe('a 300-letter name without a space', () => {
  const store: HostileStore = {
    groups: [
      { id: 0, name: 'General' },
      { id: 7, name: LONG_NAME },
    ],
    group: { id: 7, name: LONG_NAME, externalReferenceId: LONG_NAME },
    members: [{ id: 1, name: LONG_NAME, email: `${'e'.repeat(290)}@example.com`, stats: { numberOfOrders: 2 } }],
  }

  it('wraps anywhere in the list and the heading', async () => {
    applyComponentStyles('GroupList', 'GroupDetails')
    const wrapper = await openApp('groupId=7', hostileBackend(store))
    const listName = listButtons(wrapper)[1]!
      .findAll('bdi')
      .find((bdi) => bdi.text() === LONG_NAME)!
    expect(overflowWrapOf(listName.element)).toBe('anywhere')
    expect(heading(wrapper).text()).toBe(LONG_NAME)
    expect(overflowWrapOf(heading(wrapper).element)).toBe('anywhere')
  })

  it('wraps in the members table rather than widening it to the name', async () => {
    applyComponentStyles('members/MembersTable')
    const wrapper = await openApp('groupId=7', hostileBackend(store))
    const [name, email] = memberRows(wrapper)[0]!.findAll('td')
    expect(name!.text()).toBe(LONG_NAME)
    // Only `anywhere` lets an automatic table give the column less than the unbroken word.
    expect(overflowWrapOf(name!.element)).toBe('anywhere')
    expect(overflowWrapOf(email!.element)).toBe('anywhere')
  })

  it('wraps anywhere as a field value', async () => {
    applyComponentStyles('GroupFieldValues')
    const wrapper = await openApp('groupId=7', hostileBackend(store))
    const value = wrapper.findAll('dd').find((found) => found.text() === LONG_NAME)!
    expect(overflowWrapOf(value.element)).toBe('anywhere')
  })
})

describe('names with bidi controls', () => {
  const store: HostileStore = {
    groups: [
      { id: 0, name: 'General' },
      { id: 7, name: BIDI_NAME },
    ],
    group: { id: 7, name: BIDI_NAME, externalReferenceId: BIDI_REFERENCE },
    members: [{ id: 1, name: BIDI_MEMBER, email: BIDI_EMAIL, stats: { numberOfOrders: 0 } }],
  }

  it('are isolated in the list, apart from the ID that follows', async () => {
    const wrapper = await openApp('groupId=7', hostileBackend(store))
    const button = listButtons(wrapper)[1]!
    expect(isolatesExactly(button, BIDI_NAME)).toBe(true)
    expect(button.text()).toContain('ID 7')
  })

  it('are isolated in the heading', async () => {
    const wrapper = await openApp('groupId=7', hostileBackend(store))
    expect(isolatesExactly(heading(wrapper), BIDI_NAME)).toBe(true)
  })

  it('are isolated in the members table, name and email each in its own', async () => {
    const wrapper = await openApp('groupId=7', hostileBackend(store))
    const row = memberRows(wrapper)[0]!
    expect(isolatesExactly(row, BIDI_MEMBER)).toBe(true)
    expect(isolatesExactly(row, BIDI_EMAIL)).toBe(true)
  })

  it('are isolated as field values', async () => {
    const wrapper = await openApp('groupId=7', hostileBackend(store))
    expect(isolatesExactly(wrapper.get('dl'), BIDI_REFERENCE)).toBe(true)
    expect(isolatesExactly(wrapper.get('dl'), BIDI_NAME)).toBe(true)
  })
})

describe('a name of nothing but zero-width and blank characters', () => {
  it('still shows as a row the merchant can read and pick, by its ID', async () => {
    const invisible = `${ZERO_WIDTH_SPACE} ${ZERO_WIDTH_SPACE}`
    const wrapper = await openApp(
      'groupId=7',
      hostileBackend({
        groups: [
          { id: 0, name: 'General' },
          { id: 7, name: invisible },
        ],
      }),
    )
    expect(listButtons(wrapper)[1]!.text()).toContain('ID 7')
    expect(wrapper.get('.group-details__id').text()).toBe('ID 7')
  })
})

describe('answers bigger than asked for', () => {
  it('a list answer of 50,000 groups shows the first 100, and pages on from there', async () => {
    const groups = Array.from({ length: 50_000 }, (_, index) => ({ id: index, name: `g${index}` }))
    const wrapper = await openApp(null, hostileBackend({ groups }))
    const buttons = listButtons(wrapper)
    expect(buttons).toHaveLength(100)
    expect(buttons[99]!.text()).toContain('g99')
    expect(wrapper.get('nav .group-list__count').text()).toContain('1–100 shown')
  })

  it('a list answer with the same group twice shows it once', async () => {
    const groups = [
      { id: 0, name: 'General' },
      { id: 7, name: 'VIP' },
      { id: 7, name: 'VIP, again' },
      { id: 0, name: 'General, again' },
    ]
    const wrapper = await openApp(null, hostileBackend({ groups }))
    expect(listButtons(wrapper).map((button) => button.get('bdi').text())).toEqual(['General', 'VIP'])
  })

  it('a members answer of 50,000 shows 100 rows', async () => {
    const members = Array.from({ length: 50_000 }, (_, index) => ({ id: index + 1, name: `m${index}` }))
    const wrapper = await openApp('groupId=7', hostileBackend({ groups: [{ id: 7, name: 'VIP' }], members }))
    expect(memberRows(wrapper)).toHaveLength(100)
  })
})
