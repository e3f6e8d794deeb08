import { EncryptJWT, errors, jwtDecrypt } from 'jose'

/**
 * The session the browser holds instead of the access token: a JWE (`dir` + `A256GCM`) that only
 * this server can open. Sealed, not signed: the token inside must stay secret, and AES-GCM both
 * hides it and proves the server made it. Every instance that shares the secret can open it, so
 * there is no server-side state.
 */

/** Sessions last at most an hour; then the merchant reopens the app and Ecwid sends a new payload. */
export const SESSION_LIFETIME_SECONDS = 60 * 60

/** What a session holds. */
export interface SessionContents {
  readonly storeId: number
  readonly accessToken: string
}

export interface OpenedSession extends SessionContents {
  /** Seconds since the epoch. */
  readonly expiresAt: number
}

export type OpenSessionResult =
  | { readonly ok: true; readonly session: OpenedSession }
  | { readonly ok: false; readonly problem: 'expired' | 'invalid' }

const ALGORITHM = { alg: 'dir', enc: 'A256GCM' } as const

/**
 * HKDF's salt and info: fixed, public, and particular to this use, so the session key differs from
 * any other key drawn from the same secret (the client secret's first 16 characters are already
 * Ecwid's payload key). A new version string would retire every session at once.
 */
const HKDF_SALT = new TextEncoder().encode('ecwid-customer-groups')
const HKDF_INFO = new TextEncoder().encode('session JWE dir+A256GCM v1')

/**
 * The 256-bit key for A256GCM, derived with HKDF-SHA-256 from a secret: SESSION_SECRET when set,
 * else the client secret. A raw CryptoKey, non-extractable: jose takes it as it is.
 */
export async function deriveSessionKey(secret: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: HKDF_SALT, info: HKDF_INFO },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

/** `nowMs` as from Date.now(): injected, so that expiry can be tested. */
export function sealSession(contents: SessionContents, key: CryptoKey, nowMs: number): Promise<string> {
  const now = Math.floor(nowMs / 1000)
  return new EncryptJWT({ access_token: contents.accessToken })
    .setProtectedHeader(ALGORITHM)
    .setSubject(String(contents.storeId))
    .setIssuedAt(now)
    .setExpirationTime(now + SESSION_LIFETIME_SECONDS)
    .encrypt(key)
}

/** Opens a session and checks it: genuine (GCM's tag), not expired, and holding what a session holds. */
export async function openSession(sealed: string, key: CryptoKey, nowMs: number): Promise<OpenSessionResult> {
  try {
    const { payload } = await jwtDecrypt(sealed, key, {
      keyManagementAlgorithms: [ALGORITHM.alg],
      contentEncryptionAlgorithms: [ALGORITHM.enc],
      currentDate: new Date(nowMs),
      requiredClaims: ['sub', 'iat', 'exp'],
      // Also bounds a session's age by its issue time, whatever `exp` it carries.
      maxTokenAge: SESSION_LIFETIME_SECONDS,
    })
    const storeId = Number(payload.sub)
    const token = payload.access_token
    if (!Number.isSafeInteger(storeId) || storeId <= 0 || typeof token !== 'string' || payload.exp === undefined)
      return { ok: false, problem: 'invalid' }
    return { ok: true, session: { storeId, accessToken: token, expiresAt: payload.exp } }
  } catch (error) {
    // Only a session that was genuine can be found expired: jose checks the claims after the tag.
    if (error instanceof errors.JWTExpired) return { ok: false, problem: 'expired' }
    return { ok: false, problem: 'invalid' }
  }
}
