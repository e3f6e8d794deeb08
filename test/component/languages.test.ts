import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { en } from '@/i18n/messages/en'
import de from '@/i18n/messages/de.json'
import ja from '@/i18n/messages/ja.json'
import { createTranslator, type Catalogue, type Translator } from '@/i18n/translator'
import { translatorKey } from '@/i18n/use-i18n'
import CustomerGroupsApp from '@/CustomerGroupsApp.vue'
import type { Faults } from '../../dev/mock-api/faults'
import { createEmulatedBackend } from '../fixtures/emulated-backend'
import { openedOn } from '../fixtures/first-screen'
import { englishIn } from '../fixtures/english-fragments'

let unmount: (() => void) | undefined
afterEach(() => unmount?.())

async function openVip(translator: Translator, failure?: Faults['failure']) {
  const backend = createEmulatedBackend()
  if (failure) backend.setFaults({ failure })
  const wrapper = mount(CustomerGroupsApp, {
    props: { viewMode: 'PAGE' },
    global: {
      plugins: [createPinia(), openedOn(encodeURIComponent('groupId=9367001'))],
      provide: { ...backend.provide, [translatorKey as symbol]: translator },
    },
    attachTo: document.body,
  })
  unmount = () => wrapper.unmount()
  await flushPromises()
  // The live region opens two frames after it is mounted.
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve))
  await flushPromises()
  return wrapper
}

/** Every word the screen says: its text, its labels and placeholders, and the live region. */
function everythingSaid(root: Element): string {
  const attributes = [...root.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap((element) =>
    ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
  )
  // Text node by text node: `textContent` would run the words of neighbouring elements together.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const texts: string[] = []
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '')
  return [...texts, ...attributes].join('\n')
}

describe('the screen in the merchant’s language', () => {
  it('has no English word left in German, numbers included', async () => {
    const wrapper = await openVip(createTranslator('de', de as Catalogue))
    const said = everythingSaid(wrapper.element)
    expect(englishIn(said)).toEqual([])
    expect(wrapper.get('h1').text()).toBe('Kundengruppen')
    expect(wrapper.get('[data-testid="members-summary"]').text()).toMatch(/^130 /)
    expect(wrapper.get('fieldset legend').text()).not.toBe('Response fields')
  })

  it('has no English word left in Japanese, in an error state too', async () => {
    const wrapper = await openVip(createTranslator('ja', ja as Catalogue), 'missing-scope')
    const said = everythingSaid(wrapper.element)
    expect(englishIn(said)).toEqual([])
    // The API's own names stay as they are in every language.
    expect(wrapper.get('.error-alert').text()).toContain('read_customers')
  })

  it('the check above would catch an English leftover', async () => {
    const wrapper = await openVip(createTranslator('de', { ...(de as Catalogue), 'members.title': 'Members' }))
    expect(englishIn(everythingSaid(wrapper.element))).toContain('Members')
  })
})

describe('the live region', () => {
  it('is the page’s one: loading, results and errors are told there, not by regions of their own', async () => {
    const wrapper = await openVip(createTranslator('en', en as Catalogue), 'group-not-found')
    expect(wrapper.findAll('[role="status"], [role="alert"], [aria-live]')).toHaveLength(1)
    const said = wrapper.get('[data-testid="live-region"]').text()
    expect(said).toContain('Customer group 9367001 was not found')
    expect(said).toContain('7 groups')
  })

  it('tells a fault shared by every pane once, by its alert, and not again in each pane’s summary', async () => {
    const wrapper = await openVip(createTranslator('en', en as Catalogue), 'missing-scope')
    const said = wrapper
      .get('[data-testid="live-region"]')
      .findAll('p')
      .map((line) => line.text())
    expect(said.filter((line) => line.startsWith('Permission missing.'))).toHaveLength(1)
    expect(said.filter((line) => line.includes('could not be loaded'))).toEqual([])
    // The summaries still say it on screen, for whoever reads the pane.
    expect(wrapper.get('[data-testid="members-summary"]').text()).toBe('The members could not be loaded.')
  })

  it('tells the groups once the list has arrived', async () => {
    const wrapper = await openVip(createTranslator('en', en as Catalogue))
    const said = wrapper
      .get('[data-testid="live-region"]')
      .findAll('p')
      .map((line) => line.text())
    expect(said).toContain('Customer group VIP loaded.')
    expect(said.some((line) => /^(7 groups|130 customers in this group)$/.test(line))).toBe(true)
  })
})
