import { payloadKeyBytes } from './decrypt-payload.ts'

/**
 * Makes a `?payload=` value exactly as Ecwid does in enhanced-security mode: URL-safe base64,
 * without padding, of a 16-byte IV followed by the AES-128-CBC ciphertext (PKCS#7) of the JSON,
 * keyed with the first 16 characters of the client secret. For the emulator and the tests: the
 * real control panel does this on Ecwid's side.
 *
 * `json` is a value to serialise, or a string sent as it is (to make a payload that is not JSON).
 * `iv` fixes the IV, for reproducible vectors; by default it is random, as it must be.
 */
export async function encryptPayloadForTests(
  json: unknown,
  clientSecret: string,
  options: { iv?: Uint8Array } = {},
): Promise<string> {
  const iv = Uint8Array.from(options.iv ?? crypto.getRandomValues(new Uint8Array(16)))
  if (iv.length !== 16) throw new Error('The IV must be 16 bytes.')
  const key = await crypto.subtle.importKey('raw', payloadKeyBytes(clientSecret), { name: 'AES-CBC' }, false, [
    'encrypt',
  ])
  const plaintext = new TextEncoder().encode(typeof json === 'string' ? json : JSON.stringify(json))
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv }, key, plaintext))
  const bytes = new Uint8Array(iv.length + ciphertext.length)
  bytes.set(iv)
  bytes.set(ciphertext, iv.length)
  return toBase64Url(bytes)
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}
