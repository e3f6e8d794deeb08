import { createCipheriv } from 'node:crypto'

/** A client secret as Ecwid issues them: its first 16 characters are the payload key. */
export const CLIENT_SECRET = 'AbCdEf0123456789-and-the-rest-of-the-secret'
export const OTHER_CLIENT_SECRET = 'ZyXwVu9876543210-another-app'
export const ACCESS_TOKEN = 'secret_TheRealAccessToken4711'
export const STORE_ID = 1003

export const PAYLOAD_JSON = {
  store_id: STORE_ID,
  access_token: ACCESS_TOKEN,
  lang: 'en_US',
  view_mode: 'INLINE',
  app_state: 'groupId%3D7',
}

export const FIXED_IV = Buffer.from('00112233445566778899aabbccddeeff', 'hex')

/**
 * Ecwid's encryption, done with Node's own AES (not the code under test): IV, then AES-128-CBC of
 * the text, keyed with the secret's first 16 characters. `autoPadding: false` lets a test pad by hand.
 */
export function encryptLikeEcwid(
  plaintext: string | Buffer,
  options: { secret?: string; iv?: Buffer; autoPadding?: boolean } = {},
): Buffer {
  const iv = options.iv ?? FIXED_IV
  const key = Buffer.from((options.secret ?? CLIENT_SECRET).slice(0, 16), 'utf8')
  const cipher = createCipheriv('aes-128-cbc', key, iv)
  cipher.setAutoPadding(options.autoPadding ?? true)
  return Buffer.concat([iv, cipher.update(plaintext), cipher.final()])
}

/** URL-safe base64 without padding, as in Ecwid's `?payload=`. */
export function urlSafe(bytes: Buffer): string {
  return bytes.toString('base64url')
}

/** Every way the token could show: as is, and base64-encoded in either alphabet. */
export function tokenForms(token: string = ACCESS_TOKEN): string[] {
  const bytes = Buffer.from(token)
  return [token, bytes.toString('base64').replace(/=+$/, ''), bytes.toString('base64url')]
}

/** The whole of a response a browser could read: status line aside, every header and the body. */
export async function everythingVisible(response: Response): Promise<string> {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
  return `${headers}\n\n${await response.text()}`
}
