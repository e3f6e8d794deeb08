import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { createApp, type App } from 'vue'
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

/** The app as app-main.ts builds it, up to (not including) the mount. */
function createVipApp(backend = createEmulatedBackend()) {
  const deepLink = parseDeepLink(encodeURIComponent('groupId=9367001'))
  const app = createApp(CustomerGroupsApp, { viewMode: 'PAGE', deepLink })
  app.use(createPinia())
  app.provide(translatorKey, englishTranslator)
  const provided = backend.provide as Record<symbol, unknown>
  for (const key of Object.getOwnPropertySymbols(provided)) app.provide(key, provided[key])
  const root = document.body.appendChild(document.createElement('div'))
  opened = { app, root }
  return { app, root, deepLink, backend }
}

const heading = (root: HTMLElement) => root.querySelector('#group-details-title')?.textContent?.trim()

describe('the first screen before the mount', () => {
  it('renders the group, its members and the list in the mount itself when their answers are in', async () => {
    const { app, root, deepLink, backend } = createVipApp()
    await loadFirstScreen(app, deepLink)
    app.mount(root)
    // Nothing awaited after the mount: this is what its own render drew.
    expect(heading(root)).toBe('VIP')
    expect(root.querySelectorAll('.group-members__table tbody tr')).toHaveLength(100)
    expect(root.querySelectorAll('nav li button')).toHaveLength(7)
    expect(root.textContent).not.toContain('Loading')
    expect(backend.requests).toHaveLength(3)
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
      '/api/v3/1003/customers?customerGroupIds=9367001&limit=100&responseFields=total,count,items(id,name,email,totalOrderCount)',
    ])
  })
})
