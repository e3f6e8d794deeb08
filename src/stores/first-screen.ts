import type { App } from 'vue'
import { DEFAULT_MEMBER_COLUMNS, showsAmounts } from '@/api/member-columns'
import type { DeepLink } from '@/ecwid/deep-link'
import { useGroupDetailsStore } from './group-details'
import { useGroupListStore } from './group-list'
import { useStoreCurrencyStore } from './store-currency'

/**
 * Gives the first screen's stores their data before the app mounts, so that the mount renders
 * the group, its members and the list in its one pass. index.html sent the requests while the
 * page loaded (boot/early-start.ts): on a fast connection their answers are read by now, and all
 * that is left (taking them, parsing, checking, setting state) runs in microtasks, which finish
 * before any task. Mounted first, the app rendered every pane's placeholders and then, once those
 * microtasks ran, rendered the panes again with the data.
 *
 * So answers still on their way are waited for one task at most: then the mount shows the
 * placeholders and the answers replace them, as they would without this (in enhanced-security
 * mode, where nothing was sent early, that is always the case). The panes ask for the same
 * things as they are set up; the stores send each request once.
 */
export async function loadFirstScreen(
  app: App,
  deepLink: DeepLink,
  { nextTask = nextTaskOfAnyKind } = {},
): Promise<void> {
  let loads: Promise<void>[]
  try {
    // In the app's context: the stores inject the API clients the app provides.
    loads = app.runWithContext(() => [
      useGroupDetailsStore().openFirstLink(deepLink),
      useGroupListStore().loadFirstPage(),
      // Amounts render in the store's currency in the same pass, not as plain numbers first.
      ...(deepLink.kind === 'group' && showsAmounts(deepLink.memberColumns ?? DEFAULT_MEMBER_COLUMNS)
        ? [useStoreCurrencyStore().ensureLoaded()]
        : []),
    ])
  } catch {
    // Only a head start: the panes ask again as they are set up, and report what fails there.
    return
  }
  await Promise.race([Promise.allSettled(loads), nextTask()])
}

/**
 * A message to itself rather than a timer: browsers may hold back a timer in a background tab or
 * a hidden frame (in a background tab, to once a second), and the admin can be opened in a tab
 * the merchant leaves at once. A message is not held back.
 */
function nextTaskOfAnyKind(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
