// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  clientSecretProblem,
  decodeBase64,
  decryptPayload,
  importPayloadKey,
  payloadKeyBytes,
} from '../../../server/decrypt-payload.ts'
import { CLIENT_SECRET, encryptLikeEcwid, OTHER_CLIENT_SECRET, PAYLOAD_JSON, urlSafe } from './server-fixtures.ts'

const key = await importPayloadKey(CLIENT_SECRET)
const payloadText = JSON.stringify(PAYLOAD_JSON)
const encrypted = encryptLikeEcwid(payloadText)

/** Flips one bit of one byte: what a proxy, a copy-paste or an attacker might do. */
function withByteFlipped(bytes: Buffer, index: number): Buffer {
  const copy = Buffer.from(bytes)
  copy[index] = copy[index]! ^ 0x01
  return copy
}

/**
 * A payload whose standard base64 has `+`, `/` and `=` padding, so the two alphabets and the
 * padding really differ: the IV and the length are chosen (deterministically) until they do.
 */
function payloadWithEveryBase64Quirk(): { bytes: Buffer; json: unknown } {
  for (let extra = 0; extra < 48; extra++) {
    const json = { ...PAYLOAD_JSON, note: 'x'.repeat(extra) }
    for (let seed = 0; seed < 256; seed++) {
      const bytes = encryptLikeEcwid(JSON.stringify(json), { iv: Buffer.alloc(16, seed) })
      const standard = bytes.toString('base64')
      if (standard.includes('+') && standard.includes('/') && standard.endsWith('=')) return { bytes, json }
    }
  }
  throw new Error('no IV and length gave +, / and = padding')
}

describe('decryptPayload', () => {
  it('decrypts a payload made with Node’s AES-128-CBC, keyed with the first 16 characters of the client secret', async () => {
    expect(await decryptPayload(urlSafe(encrypted), key)).toEqual({ ok: true, json: PAYLOAD_JSON })
  })

  it('decrypts a vector made with the openssl command line (IV first, URL-safe, no padding)', async () => {
    // printf '%s' "$json" | openssl enc -aes-128-cbc -K hex(AbCdEf0123456789) -iv 00112233…eeff, IV prepended
    const vector =
      'ABEiM0RVZneImaq7zN3u_5g0sAQZXu2rZnA0CQ7dF7UHN4SrRZqnjCDfci1IQ5uyflF7xGnHZq3eLzgA9ZW_qA8_zp9NQ5tl9RtU5egvTzvvBJIowa8UyIVZU9nGgqx56EKSb_Jai0kq1BxHumu_Tw'
    expect(await decryptPayload(vector, key)).toEqual({
      ok: true,
      json: { store_id: 1003, access_token: 'secret_OpenSslVector', lang: 'en', view_mode: 'PAGE' },
    })
  })

  describe('reads both base64 alphabets, padded or not', () => {
    const { bytes, json } = payloadWithEveryBase64Quirk()
    const standard = bytes.toString('base64')
    it.each([
      ['URL-safe, unpadded (as Ecwid sends it)', bytes.toString('base64url')],
      [
        'URL-safe, padded',
        bytes.toString('base64url') + '='.repeat((4 - (bytes.toString('base64url').length % 4)) % 4),
      ],
      ['standard, padded', standard],
      ['standard, unpadded', standard.replace(/=+$/, '')],
      ['standard, with + turned into a space by a query-string decoder', standard.replaceAll('+', ' ')],
    ])('%s', async (_case, text) => {
      expect(await decryptPayload(text, key)).toEqual({ ok: true, json })
    })
  })

  it.each([
    ['characters outside base64', 'not*base64!'],
    ['a percent-encoded payload that was not decoded', `${urlSafe(encrypted).slice(0, 20)}%3D%3D`],
    ['a line break inside', `${urlSafe(encrypted).slice(0, 20)}\n${urlSafe(encrypted).slice(20)}`],
    ['padding in the middle', `${urlSafe(encrypted).slice(0, 20)}==${urlSafe(encrypted).slice(20)}`],
    ['padding on a length that cannot have it', 'QUJD='],
    ['a length no base64 can have (4n + 1)', 'QUJDR'],
  ])('refuses %s as not base64', async (_case, text) => {
    expect(await decryptPayload(text, key)).toEqual({ ok: false, failure: 'not-base64' })
  })

  it.each([
    ['nothing', Buffer.alloc(0)],
    ['less than an IV', encrypted.subarray(0, 10)],
    ['an IV alone', encrypted.subarray(0, 16)],
    ['an IV and half a block', encrypted.subarray(0, 24)],
    ['a payload cut in its last block', encrypted.subarray(0, encrypted.length - 5)],
  ])('refuses %s as the wrong length', async (_case, bytes) => {
    expect(await decryptPayload(urlSafe(bytes), key)).toEqual({ ok: false, failure: 'wrong-length' })
  })

  it.each([
    ['a byte of the last block changed', withByteFlipped(encrypted, encrypted.length - 1)],
    ['a byte of a middle block changed', withByteFlipped(encrypted, 40)],
    ['encrypted with another app’s client secret', encryptLikeEcwid(payloadText, { secret: OTHER_CLIENT_SECRET })],
    [
      'badly padded (last byte 0x00)',
      encryptLikeEcwid(Buffer.concat([Buffer.from('{"store_id":1003}'), Buffer.alloc(15, 0)]), { autoPadding: false }),
    ],
    [
      'badly padded (0x03 0x03 0x02)',
      encryptLikeEcwid(
        Buffer.concat([Buffer.from('{"store_id":1003'), Buffer.from([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2])]),
        {
          autoPadding: false,
        },
      ),
    ],
    ['not JSON', encryptLikeEcwid('store_id=1003&access_token=secret_x')],
    // {"a":"<0xFF>"}: JSON once the stray byte is read leniently as U+FFFD, which it must not be.
    ['not UTF-8', encryptLikeEcwid(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]))],
  ])('refuses a payload with %s, all with one answer', async (_case, bytes) => {
    expect(await decryptPayload(urlSafe(bytes), key)).toEqual({ ok: false, failure: 'undecryptable' })
  })

  it('answers a bad padding exactly as a well-padded text that is not JSON: no padding oracle', async () => {
    const badPadding = encryptLikeEcwid(Buffer.concat([Buffer.from('{"a":1}'), Buffer.alloc(9, 0)]), {
      autoPadding: false,
    })
    const wellPaddedNotJson = encryptLikeEcwid('{"a":1')
    expect(await decryptPayload(urlSafe(badPadding), key)).toEqual(
      await decryptPayload(urlSafe(wellPaddedNotJson), key),
    )
  })
})

describe('decodeBase64', () => {
  it('decodes to the bytes that were encoded, in either alphabet', () => {
    const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0x00, 0x3e, 0x3f])
    expect(Buffer.from(decodeBase64(bytes.toString('base64'))!)).toEqual(bytes)
    expect(Buffer.from(decodeBase64(bytes.toString('base64url'))!)).toEqual(bytes)
  })
})

describe('the client secret as the payload key', () => {
  it('is its first 16 characters as UTF-8 bytes', () => {
    expect(Buffer.from(payloadKeyBytes(CLIENT_SECRET)).toString('utf8')).toBe('AbCdEf0123456789')
  })

  it.each([
    ['empty', ''],
    ['shorter than 16 characters', 'AbCdEf012345678'],
    ['with a non-ASCII character among the first 16 (the key would not be 16 bytes)', 'AbCdEf012345678é-rest'],
    ['with a space among the first 16', 'AbCdEf 123456789-rest'],
  ])('is refused when %s', (_case, secret) => {
    expect(clientSecretProblem(secret)).toMatch(/client secret/)
    expect(() => payloadKeyBytes(secret)).toThrow(/client secret/)
  })
})
