import { defineAsyncComponent } from 'vue'

/*
 * What the first screen shows only when something goes wrong or a store is large, in chunks of
 * their own: most openings never download them. The first screen itself (app-main.ts imports it
 * with the API client, in one chunk) renders in the mount's own pass.
 */
export const ErrorAlert = defineAsyncComponent(() => import('./ErrorAlert.vue'))
export const GroupListPager = defineAsyncComponent(() => import('./GroupListPager.vue'))
export const RetryCountdown = defineAsyncComponent(() => import('./RetryCountdown.vue'))
