// The first screen's panes, in one module so that one dynamic import (one request) fetches the
// chunk that holds them all (vite.config.ts puts it with the stores in the `screens` chunk).
export { default as GroupApiView } from './GroupApiView.vue'
export { default as GroupDetails } from './GroupDetails.vue'
export { default as GroupList } from './GroupList.vue'
export { default as GroupMembers } from './GroupMembers.vue'
export { default as PageAlert } from './PageAlert.vue'
