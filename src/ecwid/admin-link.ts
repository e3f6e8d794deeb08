/** Where the Ecwid admin lives; white-label partners have their own, which we cannot know. */
export const ADMIN_ORIGIN = 'https://my.ecwid.com'

export interface AdminLinkTarget {
  readonly storeId: number
  /** The app's client_id: the admin opens the app whose `app:name` this is. */
  readonly appId: string
  /** The deep link, not yet URL-encoded (see formatDeepLink). */
  readonly appState: string
}

/**
 * The admin address that reopens this app in the same state, for staff to share:
 * `https://my.ecwid.com/store/1003#app:name=<client_id>&app_state=<encoded once>`. Ecwid hands
 * app_state back to the app still encoded, and the app decodes it exactly once.
 */
export function adminLinkFor({ storeId, appId, appState }: AdminLinkTarget): string {
  return `${ADMIN_ORIGIN}/store/${storeId}#app:name=${encodeURIComponent(appId)}&app_state=${encodeURIComponent(appState)}`
}
