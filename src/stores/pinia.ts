import { createPinia, setActivePinia } from 'pinia'

/**
 * The app's one Pinia, made active when the first store is: the app's shell (its header and
 * columns) uses no store, so Pinia arrives with the screens that do, not in the initial JS. A
 * component inside an app that installed a Pinia of its own (the tests) uses that one.
 */
setActivePinia(createPinia())
