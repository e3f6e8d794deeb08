import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BootProblemPage from '@/BootProblemPage.vue'
import type { BootProblem } from '@/ecwid/payload'

describe('BootProblemPage', () => {
  it.each([
    ['outside-ecwid', 'Open this app from your store admin'],
    ['corrupt-payload', 'The store details could not be read'],
    ['invalid-payload', 'The store details are incomplete'],
    ['encrypted-payload', 'The app could not open your store securely'],
    ['sdk-unavailable', 'The connection to your store admin could not load'],
  ] as [BootProblem, string][])('explains %s as an alert with what to do', (problem, title) => {
    const wrapper = mount(BootProblemPage, { props: { problem, emulatorUrl: null } })
    const alert = wrapper.get('[role="alert"]')
    expect(alert.get('h1').text()).toBe(title)
    expect(alert.text()).toContain('What to do:')
  })

  it('is the page’s main landmark, with no alert role on the landmark itself', () => {
    const wrapper = mount(BootProblemPage, { props: { problem: 'corrupt-payload', emulatorUrl: null } })
    expect(wrapper.get('main').attributes('role')).toBeUndefined()
    expect(wrapper.get('main').attributes('aria-labelledby')).toBe('boot-problem-title')
  })

  it('offers Try again only where loading again can help: a CDN that failed', () => {
    const tryAgain = (problem: BootProblem) =>
      mount(BootProblemPage, { props: { problem, emulatorUrl: null } })
        .findAll('button')
        .filter((button) => button.text() === 'Try again')
    expect(tryAgain('sdk-unavailable')).toHaveLength(1)
    for (const problem of ['outside-ecwid', 'corrupt-payload', 'invalid-payload', 'encrypted-payload'] as const) {
      expect(tryAgain(problem)).toHaveLength(0)
    }
  })

  it('points a developer to the emulator', () => {
    const wrapper = mount(BootProblemPage, {
      props: { problem: 'outside-ecwid', emulatorUrl: 'http://localhost:5173/__ecwid/' },
    })
    expect(wrapper.get('a').attributes('href')).toBe('http://localhost:5173/__ecwid/')
  })
})
