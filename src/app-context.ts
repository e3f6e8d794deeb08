import { inject, type InjectionKey } from 'vue'

/** What components may know about where the app runs. Never the token. */
export interface AppContext {
  readonly storeId: number
  /** The app's client_id, for links back into the admin. */
  readonly appId: string
  /** Asks the control panel to show the plan upgrade page. */
  readonly upgradePlan: () => void
}

export const appContextKey: InjectionKey<AppContext> = Symbol('appContext')

/** Tests and stories that provide nothing get a harmless default. */
const FALLBACK: AppContext = { storeId: 0, appId: '', upgradePlan: () => {} }

export function useAppContext(): AppContext {
  return inject(appContextKey, FALLBACK)
}
