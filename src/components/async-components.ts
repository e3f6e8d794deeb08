import { defineAsyncComponent } from 'vue'

/*
 * The app's screens, in chunks of their own. The app's shell (the header, the live region, the
 * two columns) renders at once; the first screen's chunk is asked for by the entry (main.ts)
 * alongside the data, which takes longer, so it is never what the merchant waits for. Later
 * screens (an alert, the pager, the countdown) are fetched when first needed.
 */
const loadFirstScreenChunk = () => import('./first-screen')

export const GroupList = defineAsyncComponent(() => loadFirstScreenChunk().then((screen) => screen.GroupList))
export const GroupDetails = defineAsyncComponent(() => loadFirstScreenChunk().then((screen) => screen.GroupDetails))
export const PageAlert = defineAsyncComponent(() => loadFirstScreenChunk().then((screen) => screen.PageAlert))
export const GroupMembers = defineAsyncComponent(() => loadFirstScreenChunk().then((screen) => screen.GroupMembers))
export const GroupApiView = defineAsyncComponent(() => loadFirstScreenChunk().then((screen) => screen.GroupApiView))
export const ErrorAlert = defineAsyncComponent(() => import('./ErrorAlert.vue'))
export const GroupListPager = defineAsyncComponent(() => import('./GroupListPager.vue'))
export const RetryCountdown = defineAsyncComponent(() => import('./RetryCountdown.vue'))
