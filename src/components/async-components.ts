import { defineAsyncComponent } from 'vue'

/*
 * The app's screens, each its own chunk. The app's shell (the header, the live region, the two
 * columns) renders at once; these are fetched alongside the first screen's data, which takes
 * longer, so they are never what the merchant waits for. Later screens (an alert, the pager,
 * the countdown) are fetched when first needed.
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

/** Starts fetching the first screen's chunk, before the app even mounts. */
export function loadFirstScreen(): void {
  loadFirstScreenChunk().catch(() => {
    // Told when a pane itself fails to load; a prefetch has nothing to add.
  })
}
