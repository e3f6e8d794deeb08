// What the first render needs besides the app, asked for before the app's code runs. main.ts
// imports this module before the app, and ES modules run in import order: these requests leave
// before the framework (in the same chunk) is evaluated, not after it.
import { parsePayload } from '@/ecwid/payload'
import { translatorFor } from '@/i18n/load-translator'
import { readFragmentPayload } from './fragment-payload'
import { addressWithoutPayload, appStateIn, encryptedPayloadIn, startServerSession } from './server-session'

// The dev server serves index.html without the inline script: the same code runs from here,
// before the app can ask for the same requests.
if (import.meta.env.DEV) await import('./early-start').catch(() => {})

// The first screen's chunk. app-main imports it too, and says so when it cannot be loaded; an
// early request has nothing to add.
import('@/CustomerGroupsApp.vue').catch(() => {})

// The merchant's language, when the payload names it.
const encrypted = encryptedPayloadIn(location.search)
if (encrypted !== null) {
  // Enhanced-security mode: the app's server reads the payload; the language comes back with it.
  startServerSession(encrypted, appStateIn(location.search))
    .then((result) => (result.ok ? translatorFor(result.session.lang) : undefined))
    .catch(() => {})
  history.replaceState(history.state, '', addressWithoutPayload(location))
} else {
  const payload = parsePayload(readFragmentPayload(location.hash), true)
  if (payload.ok) translatorFor(payload.session.lang).catch(() => {})
}
