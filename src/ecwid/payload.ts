import { resolveLocale, type Locale } from '../i18n/locales.ts'
import type { EcwidRawPayload } from './sdk-types'

export type ViewMode = 'PAGE' | 'INLINE' | 'POPUP'

/** A validated payload. Holds the token: it goes straight into the API client, nowhere else. */
export interface EcwidSession {
  readonly storeId: number
  readonly accessToken: string
  /** The shipped language closest to the merchant's (`en_US` → `en`, `pt_BR` → `pt-BR`). */
  readonly lang: Locale
  readonly viewMode: ViewMode
  /** app_state exactly as Ecwid sent it, still URL-encoded; see parseDeepLink. */
  readonly appState: string | null
}

/** Why the app cannot start; each one gets its own explanation screen. */
export type BootProblem =
  'outside-ecwid' | 'corrupt-payload' | 'invalid-payload' | 'encrypted-payload' | 'sdk-unavailable'

/** A payload that cannot be used may still say the merchant's language, for the explanation. */
export type PayloadResult =
  | { readonly ok: true; readonly session: EcwidSession }
  | { readonly ok: false; readonly problem: BootProblem; readonly lang?: Locale }

const VIEW_MODES: readonly ViewMode[] = ['PAGE', 'INLINE', 'POPUP']

export function normaliseViewMode(viewMode: unknown): ViewMode {
  return typeof viewMode === 'string' && (VIEW_MODES as readonly string[]).includes(viewMode)
    ? (viewMode as ViewMode)
    : 'PAGE'
}

/**
 * Visible ASCII only (0x21–0x7E), as Ecwid's tokens are. Anything else (a space, a newline, a NUL,
 * a non-ASCII letter) cannot travel in an `Authorization` header: fetch would throw before
 * sending, and the app would report a lost connection after retrying. Refused at boot instead.
 */
const HEADER_SAFE_TOKEN = /^[\x21-\x7E]+$/

export function isHeaderSafeToken(token: string): boolean {
  return HEADER_SAFE_TOKEN.test(token)
}

/**
 * Checks what the SDK returned. `raw` is untrusted: the SDK hands back whatever the fragment held.
 * `hadPayloadInUrl` tells "opened outside the control panel" from "the control panel sent garbage".
 */
export function parsePayload(
  raw: EcwidRawPayload | null | undefined | unknown,
  hadPayloadInUrl: boolean,
): PayloadResult {
  if (raw === null || raw === undefined)
    return { ok: false, problem: hadPayloadInUrl ? 'corrupt-payload' : 'outside-ecwid' }
  if (typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: 'corrupt-payload' }
  const payload = raw as EcwidRawPayload
  const invalid = {
    ok: false,
    problem: 'invalid-payload',
    ...(typeof payload.lang === 'string' ? { lang: resolveLocale(payload.lang) } : {}),
  } as const
  const storeId = payload.store_id
  if (typeof storeId !== 'number' || !Number.isSafeInteger(storeId) || storeId <= 0) return invalid
  const token = payload.access_token
  if (typeof token !== 'string' || !isHeaderSafeToken(token)) return invalid
  return {
    ok: true,
    session: {
      storeId,
      accessToken: token,
      lang: resolveLocale(payload.lang),
      viewMode: normaliseViewMode(payload.view_mode),
      appState: typeof payload.app_state === 'string' && payload.app_state !== '' ? payload.app_state : null,
    },
  }
}
