// Must stay the first import: it has to run before Pinia's development build loads.
import './dev-support/storage-guard'
// Before the app: the first screen's chunk and the merchant's language are asked for before the
// framework is evaluated. (Its data requests are out already: the built page sends them from an
// inline script, boot/early-start.ts, while the HTML is parsed.)
import './boot/ask-ahead'
import { startApp } from './app-main'

startApp().catch(() => {
  // The first screen's chunk could not be fetched (a deploy that replaced it): nothing more can be
  // shown.
  console.error('Customer groups app: the app could not be loaded')
})
