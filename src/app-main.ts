// The app itself: main.ts starts it. In the entry's chunk with the framework: one request for all
// the initial JS.
import { createApp, type App as VueApp } from 'vue'
import { appContextKey } from '@/app-context'
import { createBootProblemApp } from '@/boot-problem-app'
import { openStore, type OpenedStore } from '@/boot/open-store'
import { loadScript, loadStylesheet } from '@/ecwid/cdn-assets'
import { parseDeepLink } from '@/ecwid/deep-link'
import { keepIframeHeightInSync } from '@/ecwid/height-sync'
import { translatorFor } from '@/i18n/load-translator'
import { resolveLocale } from '@/i18n/locales'
import type { Translator } from '@/i18n/translator'
import { translatorKey } from '@/i18n/use-i18n'
import { customerGroupsApiKey, customersApiKey, storeProfileApiKey } from '@/composables/use-apis'
import './styles/base.css'

async function createCustomerGroupsVueApp(connection: OpenedStore, i18n: Translator): Promise<VueApp> {
  if (!connection.ok) {
    // A developer who opened the dev server's address directly gets pointed at the emulator.
    const emulatorUrl =
      import.meta.env.DEV && connection.problem === 'outside-ecwid'
        ? `http://localhost:${location.port}/__ecwid/`
        : null
    return createBootProblemApp(connection.problem, emulatorUrl, i18n)
  }
  const { session, access, bridge } = connection
  const { storeId, viewMode, appState } = session
  // The first screen, Pinia and the API client, in one chunk that boot/ask-ahead.ts asked for at
  // once: none of it is initial JS (the boot problem page needs no store), and the first screen
  // renders whole in the mount's pass.
  const [{ createStoreApis }, { default: CustomerGroupsApp }, { loadFirstScreen }, createPinia] = await Promise.all([
    import('@/api/store-apis'),
    import('./CustomerGroupsApp.vue'),
    import('@/stores/first-screen'),
    import('pinia').then(({ createPinia }) => createPinia),
  ])
  const apis = createStoreApis(access.apiBase, storeId, access.credential)
  const deepLink = parseDeepLink(appState)
  const app = createApp(CustomerGroupsApp, { viewMode })
  app.use(createPinia())
  app.provide(customerGroupsApiKey, apis.customerGroups)
  app.provide(customersApiKey, apis.customers)
  app.provide(storeProfileApiKey, apis.storeProfile)
  app.provide(translatorKey, i18n)
  app.provide(appContextKey, {
    storeId,
    appId: import.meta.env.VITE_ECWID_APP_ID,
    upgradePlan: () => bridge.upgradePlan(),
  })
  await loadFirstScreen(app, deepLink)
  return app
}

/**
 * Starts the app; main.ts calls it once the early requests are out. A function rather than
 * top-level awaits: a module awaiting at its top level holds up every chunk importing its chunk
 * (the English messages once waited for the translator that way, and it for them).
 */
export async function startApp(): Promise<void> {
  // The first screen's data (index.html's inline script, or the app's server in enhanced-security
  // mode), its chunk and its words are already on their way. Meanwhile Ecwid's SDK and
  // stylesheet, preloaded by index.html, are applied; neither may stall the app for more than a
  // few seconds. Without the SDK the app explains itself; without the stylesheet it renders with
  // its fallback styles.
  const sdkPreload = document.querySelector<HTMLLinkElement>('link#ecwid-sdk')
  const cssPreload = document.querySelector<HTMLLinkElement>('link#ecwid-ui-css')
  await Promise.all([sdkPreload && loadScript(document, sdkPreload.href), cssPreload && loadStylesheet(cssPreload)])

  // Then, before anything changes the fragment: the SDK takes the payload from it when it
  // initialises (main.ts only removed an encrypted payload from the query). Once this has run, an
  // SDK that arrives late is never initialised: there is only ever one app. In enhanced-security
  // mode the store comes from the app's server, which main.ts asked already.
  const connection = await openStore(import.meta.env.VITE_ECWID_APP_ID)

  // The merchant's language, from the payload; when the payload cannot be read, the browser's is
  // the best guess. Its messages arrive before the first render: the page never flashes English.
  const translator = await translatorFor(
    connection.ok ? connection.session.lang : (connection.lang ?? resolveLocale(navigator.language)),
  )
  // The language actually shown, which is English when the requested one is not shipped.
  document.documentElement.lang = translator.locale
  document.title = translator.t('app.title')

  const app = await createCustomerGroupsVueApp(connection, translator)
  app.config.errorHandler = (error) => {
    // Only the error's kind: a message could quote data the console should not hold.
    console.error('Customer groups app: unexpected error', error instanceof Error ? error.name : typeof error)
  }
  const root = document.getElementById('app')
  if (root) {
    app.mount(root)
    const { bridge } = connection
    keepIframeHeightInSync(root, (height) => bridge.setHeight(height))
    // After the first render, the error screen included: the control panel's spinner goes away.
    bridge.ready()
  }
}
