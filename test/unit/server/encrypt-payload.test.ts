// @vitest-environment node
import { createDecipheriv } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decryptPayload, importPayloadKey } from '../../../server/decrypt-payload.ts'
import { encryptPayloadForTests } from '../../../server/encrypt-payload.ts'
import { CLIENT_SECRET, PAYLOAD_JSON } from './server-fixtures.ts'

/** Ecwid's format read back with Node's own AES, independently of the server's decryption. */
function decryptWithNode(payload: string): string {
  const bytes = Buffer.from(payload, 'base64url')
  const decipher = createDecipheriv('aes-128-cbc', Buffer.from(CLIENT_SECRET.slice(0, 16)), bytes.subarray(0, 16))
  return Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]).toString('utf8')
}

describe('encryptPayloadForTests', () => {
  it('makes what Node’s AES-128-CBC decrypts back to the JSON, IV first', async () => {
    const payload = await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET)
    expect(JSON.parse(decryptWithNode(payload))).toEqual(PAYLOAD_JSON)
  })

  it('writes URL-safe base64 that needs no escaping in a query string', async () => {
    const payload = await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET)
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(encodeURIComponent(payload)).toBe(payload)
  })

  it('puts the given IV in the first 16 bytes, and draws a fresh one otherwise', async () => {
    const iv = new Uint8Array(16).fill(9)
    const fixed = await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET, { iv })
    expect([...Buffer.from(fixed, 'base64url').subarray(0, 16)]).toEqual([...iv])
    expect(await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET, { iv })).toBe(fixed)
    expect(await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET)).not.toBe(
      await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET),
    )
  })

  it('sends a string as it is, to make payloads that are not JSON', async () => {
    expect(decryptWithNode(await encryptPayloadForTests('not json', CLIENT_SECRET))).toBe('not json')
  })

  it('round-trips through the server’s decryption', async () => {
    const payload = await encryptPayloadForTests(PAYLOAD_JSON, CLIENT_SECRET)
    expect(await decryptPayload(payload, await importPayloadKey(CLIENT_SECRET))).toEqual({
      ok: true,
      json: PAYLOAD_JSON,
    })
  })
})
