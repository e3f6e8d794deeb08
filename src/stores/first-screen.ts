import type { App } from 'vue'
import type { DeepLink } from '@/ecwid/deep-link'
import { useGroupDetailsStore } from './group-details'
import { useGroupListStore } from './group-list'

/**
 * Gives the first screen's stores their data before the app mounts, so that the mount renders
 * the group, its members and the list in its one pass. index.html sent the requests while the
 * page loaded (boot/early-start.ts): on a fast connection their answers are read by now, and the
 * stores take them in a few microtasks. Mounted first, the app rendered every pane's placeholders
 * and then, once those microtasks ran, rendered the panes again with the data.
 *
 * Answers still on their way are not waited for (one task at most): the mount then shows the
 * placeholders and the answers replace them, as before. The panes ask for nothing themselves
 * once this has asked (GroupDetails.vue, GroupList.vue): each request still goes out once.
 */
export async function loadFirstScreen(app: App, deepLink: DeepLink): Promise<void> {
  const loads = app.runWithContext(() => [useGroupDetailsStore().openDeepLink(deepLink), useGroupListStore().search()])
  await Promise.race([Promise.allSettled(loads), nextTask()])
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve))
}
