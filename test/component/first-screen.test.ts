import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp, nextTick, type App } from 'vue'
import { afterNextPaint } from '@/composables/after-next-paint'
import CustomerGroupsApp from '@/CustomerGroupsApp.vue'
import { parseDeepLink } from '@/ecwid/deep-link'
import { englishTranslator } from '@/i18n/english'
import { translatorKey } from '@/i18n/use-i18n'
import { loadFirstScreen } from '@/stores/first-screen'
import { createEmulatedBackend } from '../fixtures/emulated-backend'

let opened: { app: App; root: HTMLElement } | undefined
afterEach(() => {
  opened?.app.unmount()
  opened?.root.remove()
  opened = undefined
})

/**
 * The app as app-main.ts builds it, up to (not including) the mount: Pinia installed in the app,
 * and the APIs provided to it, so only the app's context gives the stores their APIs.
 */
function createVipApp(backend: ReturnType<typeof createEmulatedBackend> | null = createEmulatedBackend()) {
  const deepLink = parseDeepLink(encodeURIComponent('groupId=9367001'))
  const app = createApp(CustomerGroupsApp, { viewMode: 'PAGE' })
  app.use(createPinia())
  app.provide(translatorKey, englishTranslator)
  const provided = (backend?.provide ?? {}) as Record<symbol, unknown>
  for (const key of Object.getOwnPropertySymbols(provided)) app.provide(key, provided[key])
  const root = document.body.appendChild(document.createElement('div'))
  opened = { app, root }
  return { app, root, deepLink }
}

const heading = (root: HTMLElement) => root.querySelector('#group-details-title')?.textContent?.trim()
const never = () => new Promise<void>(() => {})

describe('the first screen before the mount', () => {
  it('renders the group, its members and the list in the mount itself when their answers are in', async () => {
    const backend = createEmulatedBackend()
    const { app, root, deepLink } = createVipApp(backend)
    await loadFirstScreen(app, deepLink)
    app.mount(root)
    // Nothing awaited after the mount: this is what its own render drew.
    expect(heading(root)).toBe('VIP')
    expect(root.querySelectorAll('section[aria-labelledby="group-members-title"] tbody tr')).toHaveLength(100)
    expect(root.querySelectorAll('nav li button')).toHaveLength(7)
    expect(root.textContent).not.toContain('Loading')
    // Amounts already in the store's currency, and the count of members who have ordered.
    expect(
      root.querySelector('section[aria-labelledby="group-members-title"] tbody td:last-child')?.textContent,
    ).toMatch(/€/)
    expect(root.textContent).not.toContain('Counting members who have ordered')
    expect(backend.requests).toHaveLength(5)
  })

  it('paints the group and the list first, then 16 members, then the other 84', async () => {
    const waitingForPaint: (() => void)[] = []
    vi.mocked(afterNextPaint).mockImplementation((callback) => void waitingForPaint.push(callback))
    const paint = async () => {
      waitingForPaint.splice(0).forEach((callback) => callback())
      await nextTick()
    }
    try {
      const { app, root, deepLink } = createVipApp()
      await loadFirstScreen(app, deepLink)
      app.mount(root)
      const memberRows = () => root.querySelectorAll('section[aria-labelledby="group-members-title"] tbody tr')
      expect(heading(root)).toBe('VIP')
      expect(root.querySelectorAll('nav li button')).toHaveLength(7)
      expect(root.querySelector('section[aria-labelledby="group-members-title"]')).toBeNull()

      await paint()
      expect(memberRows()).toHaveLength(16)
      expect(root.textContent).toContain('Showing 100 of 130')

      await paint()
      expect(memberRows()).toHaveLength(100)
      expect(memberRows()[99]?.textContent).toContain('@example.com')
    } finally {
      vi.mocked(afterNextPaint).mockRestore()
    }
  })

  it('waits for the answers themselves, not for the task it allows at most', async () => {
    const { app, root, deepLink } = createVipApp()
    await loadFirstScreen(app, deepLink, { nextTask: never })
    app.mount(root)
    expect(heading(root)).toBe('VIP')
  })

  it('does not hold the mount for answers still on their way, and asks for nothing twice', async () => {
    const backend = createEmulatedBackend()
    backend.hold()
    const { app, root, deepLink } = createVipApp(backend)
    await loadFirstScreen(app, deepLink)
    app.mount(root)
    expect(root.textContent).toContain('Loading customer group 9367001')

    backend.releaseAll()
    await flushPromises()
    expect(heading(root)).toBe('VIP')
    expect([...backend.requests].sort()).toEqual([
      '/api/v3/1003/customer_groups/9367001',
      '/api/v3/1003/customer_groups?limit=100&responseFields=total,count,items(id,name)',
      '/api/v3/1003/customers?customerGroupIds=9367001&limit=100&sortBy=NAME_ASC&responseFields=total,count,items(id,name,email,stats(numberOfOrders,salesValue))',
      '/api/v3/1003/customers?customerGroupIds=9367001&minOrderCount=1&limit=1&responseFields=total',
      '/api/v3/1003/profile?responseFields=formatsAndUnits(currency,currencyPrecision)',
    ])
  })

  it('lets the app mount and show its page when a store cannot even be created', async () => {
    const { app, root, deepLink } = createVipApp(null)
    await expect(loadFirstScreen(app, deepLink)).resolves.toBeUndefined()
    app.config.errorHandler = () => {}
    app.mount(root)
    expect(root.querySelector('h1')?.textContent).toBe('Customer groups')
  })
})
