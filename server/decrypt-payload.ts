/**
 * Ecwid's enhanced-security payload: `?payload=` is base64 (URL-safe, as Ecwid sends it) of a
 * 16-byte IV followed by the AES-128-CBC ciphertext (PKCS#7 padding) of the payload JSON; the key
 * is the first 16 characters of the app's client_secret. Web Crypto does the cryptography.
 */

/** AES works on 16-byte blocks; the IV is one block too. */
const BLOCK_BYTES = 16

/** Why a payload could not be turned into JSON. */
export type PayloadFailure =
  /** Not base64 in either alphabet (URL-safe or standard), with or without padding. */
  | 'not-base64'
  /** Shorter than an IV plus one block, or not whole blocks: cut off on the way. */
  | 'wrong-length'
  /**
   * Bad padding, another key, altered bytes, not UTF-8 or not JSON: deliberately one answer.
   * Telling "bad padding" from "decrypts, but not to JSON" would make this server a padding
   * oracle, through which anyone holding a captured payload could decrypt it (and read the token)
   * one byte at a time.
   */
  | 'undecryptable'

export type DecryptResult =
  { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly failure: PayloadFailure }

/** Why a client secret cannot be the key, or undefined when it can. */
export function clientSecretProblem(clientSecret: string | undefined): string | undefined {
  if (clientSecret === undefined || clientSecret === '') return 'the client secret is empty'
  // Characters, not bytes, are counted by Ecwid: a non-ASCII character among the first 16 would
  // make the key longer than 16 bytes, and Web Crypto would quietly take it as AES-192 or AES-256.
  if (!/^[\x21-\x7E]{16}/.test(clientSecret))
    return "the client secret must start with 16 visible ASCII characters (Ecwid's client secrets do; its first 16 are the AES-128 key)"
  return undefined
}

/** The AES-128 key: the first 16 characters of client_secret, as UTF-8 bytes. */
export function payloadKeyBytes(clientSecret: string): Uint8Array<ArrayBuffer> {
  const problem = clientSecretProblem(clientSecret)
  if (problem) throw new Error(`Cannot use the client secret as the payload key: ${problem}.`)
  return new TextEncoder().encode(clientSecret.slice(0, BLOCK_BYTES))
}

/** Non-extractable, decrypt only: nothing can read the key back out of it. */
export function importPayloadKey(clientSecret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', payloadKeyBytes(clientSecret), { name: 'AES-CBC' }, false, ['decrypt'])
}

/** Either alphabet, padded or not; nothing else (no line breaks, no stray characters). */
const BASE64_TEXT = /^[A-Za-z0-9+/_-]*={0,2}$/

/**
 * Standard or URL-safe base64, with or without `=` padding. A space is read as `+`: a page that
 * takes the parameter from its query string (URLSearchParams) turns an unescaped `+` into a space.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  const candidate = text.replaceAll(' ', '+')
  if (!BASE64_TEXT.test(candidate)) return undefined
  const unpadded = candidate.replace(/=+$/, '')
  const padded = unpadded.length !== candidate.length
  // Four characters carry three bytes; a lone character in the last group carries none.
  if (unpadded.length % 4 === 1 || (padded && candidate.length % 4 !== 0)) return undefined
  const standard = unpadded.replaceAll('-', '+').replaceAll('_', '/')
  const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, '='))
  return Uint8Array.from(binary, (character) => character.charCodeAt(0))
}

/** Decrypts a payload to the JSON value inside it; checking its fields is parsePayload's job. */
export async function decryptPayload(payload: string, key: CryptoKey): Promise<DecryptResult> {
  const bytes = decodeBase64(payload)
  if (!bytes) return { ok: false, failure: 'not-base64' }
  if (bytes.length < 2 * BLOCK_BYTES || bytes.length % BLOCK_BYTES !== 0) return { ok: false, failure: 'wrong-length' }
  const iv = bytes.subarray(0, BLOCK_BYTES)
  const ciphertext = bytes.subarray(BLOCK_BYTES)
  try {
    // Web Crypto checks and strips the PKCS#7 padding, and throws when it is wrong.
    const plaintext = await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, key, ciphertext)
    // fatal: bytes that are not UTF-8 fail here rather than turn into U+FFFD inside a value.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(plaintext)
    return { ok: true, json: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, failure: 'undecryptable' }
  }
}
