import { resolveLocale } from '@/i18n/locales'
import { isHeaderSafeToken, normaliseViewMode, type BootProblem, type EcwidSession } from '@/ecwid/payload'

/**
 * Enhanced-security mode: Ecwid opens the app as `/?payload=<encrypted>`, which only the app's
 * server can read (server/). The app hands the payload to it and gets back the store, the language
 * and a sealed session: the access token itself never reaches the browser. API reads then go to
 * the server, which adds the token (same origin: no CORS preflight, Retry-After readable).
 */
export const SESSION_ENDPOINT = '/api/session'
export const SERVER_API_BASE = '/api/ecwid/v3'
const EXCHANGE_TIMEOUT_MS = 10_000

/** What the server tells about the store; `credential` is the sealed session, not Ecwid's token. */
export interface ServerSession extends Omit<EcwidSession, 'accessToken'> {
  readonly credential: string
}

export type ServerSessionResult =
  | { readonly ok: true; readonly session: ServerSession }
  | {
      readonly ok: false
      readonly problem: Extract<BootProblem, 'encrypted-payload' | 'corrupt-payload' | 'invalid-payload'>
    }

/** The encrypted payload in the frame's query, if the app was opened in enhanced-security mode. */
export function encryptedPayloadIn(search: string): string | null {
  const payload = new URLSearchParams(search).get('payload')
  return payload === null || payload === '' ? null : payload
}

/** The query's parameters as written, not decoded: app_state must reach parseDeepLink still encoded. */
function rawParameters(search: string): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '')
}

/**
 * app_state as Ecwid put it beside the encrypted payload (URL-encoded once, like the payload's own
 * field): Ecwid's samples read the deep link from the query in this mode. Null when absent or empty.
 */
export function appStateIn(search: string): string | null {
  const value = rawParameters(search)
    .find((part) => part.startsWith('app_state='))
    ?.slice('app_state='.length)
  return value ? value : null
}

/**
 * The frame's address without the payload: the encrypted token has no business in the history,
 * a bookmark or a copied address. The other parameters stay exactly as they were written.
 */
export function addressWithoutPayload(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const kept = rawParameters(location.search).filter((part) => part !== 'payload' && !part.startsWith('payload='))
  return location.pathname + (kept.length > 0 ? `?${kept.join('&')}` : '') + location.hash
}

function readSession(json: unknown): ServerSession | null {
  if (typeof json !== 'object' || json === null) return null
  const body = json as Record<string, unknown>
  const { storeId, session, appState } = body
  if (typeof storeId !== 'number' || !Number.isSafeInteger(storeId) || storeId <= 0) return null
  if (typeof session !== 'string' || !isHeaderSafeToken(session)) return null
  return {
    storeId,
    credential: session,
    lang: resolveLocale(body.lang),
    viewMode: normaliseViewMode(body.viewMode),
    appState: typeof appState === 'string' && appState !== '' ? appState : null,
  }
}

/**
 * Hands the payload to the app's server. A refusal of the payload itself (400) reads like a bad
 * payload in the fragment; anything else (no server behind a static host, a 5xx, HTML, no answer
 * within 10 s) is "the server did not answer".
 */
export async function exchangePayload(payload: string, fetchImpl: typeof fetch = fetch): Promise<ServerSessionResult> {
  try {
    const response = await fetchImpl(SESSION_ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ payload }),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: AbortSignal.timeout(EXCHANGE_TIMEOUT_MS),
    })
    if (response.status === 400) {
      const body = (await response.json().catch(() => null)) as { errorCode?: unknown } | null
      return { ok: false, problem: body?.errorCode === 'INVALID_PAYLOAD' ? 'invalid-payload' : 'corrupt-payload' }
    }
    if (!response.ok) return { ok: false, problem: 'encrypted-payload' }
    const session = readSession(await response.json())
    return session ? { ok: true, session } : { ok: false, problem: 'encrypted-payload' }
  } catch {
    return { ok: false, problem: 'encrypted-payload' }
  }
}

let started: Promise<ServerSessionResult> | null = null

/**
 * Starts the exchange for a payload found at boot (boot/ask-ahead.ts), once; the app awaits it
 * after the SDK has initialised.
 */
export function startServerSession(payload: string, queryAppState: string | null = null): Promise<ServerSessionResult> {
  started ??= exchangePayload(payload).then((result) =>
    // The deep link in the query wins: it is where Ecwid's own samples read it in this mode.
    result.ok && queryAppState !== null
      ? { ok: true, session: { ...result.session, appState: queryAppState } }
      : result,
  )
  return started
}

/** The exchange boot/ask-ahead.ts started, or null in the direct mode (hex fragment). */
export function serverSession(): Promise<ServerSessionResult> | null {
  return started
}
