// Must stay the first import: it has to run before Pinia's development build loads.
import './dev-support/storage-guard'
// The entry is small on purpose: index.html loads it async (beside the app's modulepreloaded
// chunks), and it asks for everything else the first render needs at once. The first screen's
// data requests are out already: the built page sends them from an inline script
// (boot/early-start.ts) while the HTML is parsed.
import { parsePayload } from './ecwid/payload'
import { translatorFor } from './i18n/load-translator'
import { readFragmentPayload } from './boot/fragment-payload'
import { addressWithoutPayload, appStateIn, encryptedPayloadIn, startServerSession } from './boot/server-session'

// The dev server serves index.html without the inline script: the same code runs from here,
// before the app can ask for the same requests.
if (import.meta.env.DEV) await import('./boot/early-start').catch(() => {})

import('./app-main')
  .then(({ startApp }) => startApp())
  .catch(() => {
    // A chunk that cannot be fetched (a deploy that replaced it): nothing more can be shown.
    console.error('Customer groups app: the app could not be loaded')
  })

// What the first render needs besides the app, asked for alongside it rather than after it: the
// first screen's chunk and, when the payload names it, the merchant's language (the translator is
// in this chunk, so its request leaves now, not once the framework has run).
import('./CustomerGroupsApp.vue').catch(() => {
  // app-main imports the same chunk, and says so when it cannot be loaded; a prefetch has nothing
  // to add.
})
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
