// Must stay the first import: it has to run before Pinia's development build loads.
import './dev-support/storage-guard'
// The entry is small on purpose: it starts the first screen's data requests from the payload in
// the URL as soon as it runs, while the app's chunk (preloaded by index.html alongside this one)
// is still downloading. The framework and the app follow in app-main.ts.
import './boot/early-requests'

import('./app-main').catch(() => {
  // A chunk that cannot be fetched (a deploy that replaced it): nothing more can be shown.
  console.error('Customer groups app: the app could not be loaded')
})
