// Must stay the first import: it has to run before Pinia's development build loads.
import './dev-support/storage-guard'
// The entry is small on purpose: it starts the first screen's data requests from the payload in
// the URL as soon as it runs (index.html loads it alone, async). The framework and the app
// follow in app-main.ts.
import { earlyRequests } from './boot/early-requests'
import { translatorFor } from './i18n/load-translator'

import('./app-main')
  .then(({ startApp }) => startApp())
  .catch(() => {
    // A chunk that cannot be fetched (a deploy that replaced it): nothing more can be shown.
    console.error('Customer groups app: the app could not be loaded')
  })

// What the first render needs besides the app, asked for alongside it rather than after it: the
// first screen's chunk and, when the payload names it, the merchant's language (the translator is
// in this chunk, so its request leaves now, not once the framework has run).
import('./components/first-screen').catch(() => {
  // Told when a pane itself fails to load; a prefetch has nothing to add.
})
const early = earlyRequests()
if (early) translatorFor(early.lang).catch(() => {})
