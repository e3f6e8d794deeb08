// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { openedSessions } from '../../../server/opened-sessions.ts'
import { deriveSessionKey, openSession, sealSession, SESSION_LIFETIME_SECONDS } from '../../../server/session.ts'
import { ACCESS_TOKEN, CLIENT_SECRET, STORE_ID } from './server-fixtures.ts'

const key = await deriveSessionKey(CLIENT_SECRET)
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)
const contents = { storeId: STORE_ID, accessToken: ACCESS_TOKEN }

/** The cache with its key counted: every decryption asks for the key, a session found kept does not. */
function counted(capacity?: number) {
  let decryptions = 0
  const open = openedSessions({
    key: async () => {
      decryptions += 1
      return key
    },
    ...(capacity === undefined ? {} : { capacity }),
  })
  return { open, decryptions: () => decryptions }
}

describe('opened sessions', () => {
  it('open a session once: its later requests get the same answer without decrypting it again', async () => {
    const { open, decryptions } = counted()
    const sealed = await sealSession(contents, key, NOW)
    const first = await open(sealed, NOW)
    expect(first).toEqual(await openSession(sealed, key, NOW))
    expect(await open(sealed, NOW + 1_000)).toEqual(first)
    expect(await open(sealed, NOW + 2_000)).toEqual(first)
    expect(decryptions()).toBe(1)
  })

  it('expire a kept session at the very second openSession does', async () => {
    const sealed = await sealSession(contents, key, NOW)
    for (const offsetMs of [-1, 0, 999, 1_000, 60_000]) {
      const { open } = counted()
      const at = NOW + SESSION_LIFETIME_SECONDS * 1000 + offsetMs
      expect(await open(sealed, NOW)).toMatchObject({ ok: true })
      expect({ offsetMs, result: await open(sealed, at) }).toEqual({
        offsetMs,
        result: await openSession(sealed, key, at),
      })
    }
  })

  it('keep an expired session out: it stays expired, even back within its hour', async () => {
    const { open } = counted()
    const sealed = await sealSession(contents, key, NOW)
    await open(sealed, NOW)
    const later = NOW + SESSION_LIFETIME_SECONDS * 1000
    expect(await open(sealed, later)).toEqual({ ok: false, problem: 'expired' })
    expect(await open(sealed, later)).toEqual({ ok: false, problem: 'expired' })
  })

  it('never keep what did not open: a forged session is decrypted, and refused, every time', async () => {
    const { open, decryptions } = counted()
    const forged = await sealSession(contents, await deriveSessionKey('another-secret-of-32-characters-or-more'), NOW)
    expect(await open(forged, NOW)).toEqual({ ok: false, problem: 'invalid' })
    expect(await open(forged, NOW)).toEqual({ ok: false, problem: 'invalid' })
    expect(decryptions()).toBe(2)
  })

  it('keep at most their capacity, dropping the oldest', async () => {
    const { open, decryptions } = counted(2)
    const [first, second, third] = await Promise.all(
      [1, 2, 3].map((storeId) => sealSession({ storeId, accessToken: ACCESS_TOKEN }, key, NOW)),
    )
    for (const sealed of [first!, second!, third!]) await open(sealed, NOW)
    expect(decryptions()).toBe(3)
    await open(third!, NOW)
    await open(second!, NOW)
    expect(decryptions()).toBe(3)
    expect(await open(first!, NOW)).toMatchObject({ ok: true, session: { storeId: 1 } })
    expect(decryptions()).toBe(4)
  })
})
