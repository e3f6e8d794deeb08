import { config } from '@vue/test-utils'
import { vi } from 'vitest'
import type { Component } from 'vue'
import { englishTranslator } from '@/i18n/english'
import { translatorKey } from '@/i18n/use-i18n'

// Components read the merchant's language from the app (app-main.ts provides it); mounted alone
// in a test, they read English.
config.global.provide = { ...config.global.provide, [translatorKey as symbol]: englishTranslator }

/*
 * The alerts, the pager and the countdown are async components (chunks of their own in the
 * build). In a test they are the components themselves, so a render never waits on a dynamic
 * import: each name forwards to its component, looked up when it renders (importing them here,
 * inside the mock, would be a cycle: the panes import this module).
 */
// Painting is not part of a component test: what waits for the next paint happens at once.
// A test that cares holds the callbacks with mockImplementation.
vi.mock('@/composables/after-next-paint', () => ({ afterNextPaint: vi.fn((callback: () => void) => callback()) }))

const screens = vi.hoisted(() => ({}) as Record<string, Component>)
vi.mock('@/components/async-components', async () => {
  const { defineComponent, h } = await import('vue')
  const forward = (name: string) =>
    defineComponent({
      name: `Test${name}`,
      inheritAttrs: false,
      setup:
        (_props, { attrs, slots }) =>
        () =>
          h(screens[name]!, attrs, slots),
    })
  const names = ['ErrorAlert', 'GroupListPager', 'RetryCountdown']
  return { ...Object.fromEntries(names.map((name) => [name, forward(name)])) }
})
Object.assign(screens, {
  ErrorAlert: (await import('@/components/ErrorAlert.vue')).default,
  GroupListPager: (await import('@/components/GroupListPager.vue')).default,
  RetryCountdown: (await import('@/components/RetryCountdown.vue')).default,
})
