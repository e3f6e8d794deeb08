import { connectToEcwid, type EcwidBridge } from '@/ecwid/bridge'
import type { BootProblem, EcwidSession } from '@/ecwid/payload'
import type { Locale } from '@/i18n/locales'
import { API_BASE } from './api-base'
import { SERVER_API_BASE, serverSession, type ServerSessionResult } from './server-session'

/** Where the app's API requests go, and the credential they carry (never shown unmasked). */
export interface StoreAccess {
  readonly apiBase: string
  /** Ecwid's token in the direct mode; the app server's sealed session in enhanced-security mode. */
  readonly credential: string
}

export type OpenedStore =
  | {
      readonly ok: true
      readonly session: Omit<EcwidSession, 'accessToken'>
      readonly access: StoreAccess
      readonly bridge: EcwidBridge
    }
  | { readonly ok: false; readonly problem: BootProblem; readonly lang?: Locale; readonly bridge: EcwidBridge }

/**
 * Connects to the control panel (the SDK is initialised and ready() can be sent in either mode),
 * then opens the store: from the payload in the fragment (direct mode), or from the app's server,
 * which boot/ask-ahead.ts asked as the page started (enhanced-security mode, `?payload=`).
 */
export async function openStore(
  appId: string,
  exchange: Promise<ServerSessionResult> | null = serverSession(),
): Promise<OpenedStore> {
  const connection = connectToEcwid(appId)
  if (exchange === null) {
    if (!connection.ok) return connection
    const { accessToken, ...session } = connection.session
    return { ok: true, session, access: { apiBase: API_BASE, credential: accessToken }, bridge: connection.bridge }
  }
  // Without the SDK the explanation is that one: the server's answer could not be used anyway.
  if (!connection.ok && connection.problem === 'sdk-unavailable') return connection
  const result = await exchange
  if (!result.ok) return { ok: false, problem: result.problem, bridge: connection.bridge }
  const { credential, ...session } = result.session
  return { ok: true, session, access: { apiBase: SERVER_API_BASE, credential }, bridge: connection.bridge }
}
