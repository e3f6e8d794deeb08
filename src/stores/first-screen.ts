import type { App } from 'vue'
import { DEFAULT_MEMBER_COLUMNS, showsAmounts } from '@/api/member-columns'
import type { DeepLink } from '@/ecwid/deep-link'
import { useGroupDetailsStore } from './group-details'
import { useGroupListStore } from './group-list'
import { useStoreCurrencyStore } from './store-currency'

/**
 * Starts the first screen's loads, the one place that does: the deep-linked group (the details
 * store asks for its members and how many have ordered with it), the first page of the list,
 * and the store's currency when the link's member columns show amounts. The panes only render
 * what the stores hold. These are the requests index.html sent early (boot/first-screen-plan.ts),
 * so each is answered by its early response.
 *
 * app-main.ts calls it before mounting, so that answers already in render with the mount, in
 * one pass. Mounted first, the app rendered every pane's placeholders and then, once the answers
 * were taken, rendered the panes again with the data. Answers still on their way are waited for
 * one task at most: then the mount shows the placeholders and the answers replace them (in
 * enhanced-security mode, where nothing was sent early, that is always the case).
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
      useGroupDetailsStore().openDeepLink(deepLink),
      useGroupListStore().search(),
      // Amounts render in the store's currency in the same pass, not as plain numbers first.
      ...(deepLink.kind === 'group' && showsAmounts(deepLink.memberColumns ?? DEFAULT_MEMBER_COLUMNS)
        ? [useStoreCurrencyStore().ensureLoaded()]
        : []),
    ])
  } catch {
    // A store that cannot be created fails again as the panes set up, and the app's error
    // handler reports it: the mount still shows the page around them.
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
