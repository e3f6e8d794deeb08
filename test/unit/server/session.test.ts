// @vitest-environment node
import { EncryptJWT, SignJWT, UnsecuredJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { deriveSessionKey, openSession, sealSession, SESSION_LIFETIME_SECONDS } from '../../../server/session.ts'
import { ACCESS_TOKEN, CLIENT_SECRET, STORE_ID, tokenForms } from './server-fixtures.ts'

const key = await deriveSessionKey(CLIENT_SECRET)
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)
const contents = { storeId: STORE_ID, accessToken: ACCESS_TOKEN }

/** Changes one character in the middle of the given part of a compact JWE (0 header … 4 tag). */
function withPartAltered(sealed: string, part: number): string {
  const parts = sealed.split('.')
  const text = parts[part]!
  const middle = Math.floor(text.length / 2)
  parts[part] = text.slice(0, middle) + (text[middle] === 'A' ? 'B' : 'A') + text.slice(middle + 1)
  return parts.join('.')
}

describe('sealed sessions', () => {
  it('open to the store and token they were sealed with, and expire an hour after sealing', async () => {
    const sealed = await sealSession(contents, key, NOW)
    expect(await openSession(sealed, key, NOW)).toEqual({
      ok: true,
      session: { ...contents, expiresAt: NOW / 1000 + SESSION_LIFETIME_SECONDS },
    })
    expect(SESSION_LIFETIME_SECONDS).toBeLessThanOrEqual(3600)
  })

  it('do not show the token to whoever holds them', async () => {
    const sealed = await sealSession(contents, key, NOW)
    for (const form of tokenForms()) expect(sealed).not.toContain(form)
    // Nor in any part once base64url-decoded (the header is readable JSON, the rest ciphertext).
    const decoded = sealed
      .split('.')
      .map((part) => Buffer.from(part, 'base64url').toString('latin1'))
      .join('\n')
    expect(decoded).not.toContain(ACCESS_TOKEN)
  })

  it('still open just before the hour is up, and are expired just after', async () => {
    const sealed = await sealSession(contents, key, NOW)
    expect((await openSession(sealed, key, NOW + SESSION_LIFETIME_SECONDS * 1000 - 1000)).ok).toBe(true)
    expect(await openSession(sealed, key, NOW + SESSION_LIFETIME_SECONDS * 1000 + 1000)).toEqual({
      ok: false,
      problem: 'expired',
    })
  })

  it('are refused when sealed with a key from another secret', async () => {
    const otherKey = await deriveSessionKey('another-session-secret-of-32-characters')
    const sealed = await sealSession(contents, otherKey, NOW)
    expect(await openSession(sealed, key, NOW)).toEqual({ ok: false, problem: 'invalid' })
  })

  it.each([
    ['the protected header', 0],
    ['the IV', 2],
    ['the ciphertext', 3],
    ['the authentication tag', 4],
  ])('are refused when %s was altered', async (_case, part) => {
    const sealed = await sealSession(contents, key, NOW)
    expect(await openSession(withPartAltered(sealed, part), key, NOW)).toEqual({ ok: false, problem: 'invalid' })
  })

  it.each([
    ['empty', ''],
    ['a word', 'garbage'],
    ['five dots', '.....'],
    ['the raw token', ACCESS_TOKEN],
  ])('are refused when %s', async (_case, sealed) => {
    expect(await openSession(sealed, key, NOW)).toEqual({ ok: false, problem: 'invalid' })
  })

  it('refuse JWTs that are signed or unsecured rather than sealed, even with the right claims', async () => {
    const claims = { access_token: ACCESS_TOKEN, sub: String(STORE_ID) }
    const seconds = NOW / 1000
    const signed = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(seconds)
      .setExpirationTime(seconds + 60)
      .sign(new TextEncoder().encode(CLIENT_SECRET))
    const unsecured = new UnsecuredJWT(claims)
      .setIssuedAt(seconds)
      .setExpirationTime(seconds + 60)
      .encode()
    expect(await openSession(signed, key, NOW)).toEqual({ ok: false, problem: 'invalid' })
    expect(await openSession(unsecured, key, NOW)).toEqual({ ok: false, problem: 'invalid' })
  })

  it('refuse a genuine seal that lacks a store or carries a lifetime beyond the hour', async () => {
    const seconds = NOW / 1000
    const withoutStore = await new EncryptJWT({ access_token: ACCESS_TOKEN })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt(seconds)
      .setExpirationTime(seconds + 60)
      .encrypt(key)
    expect(await openSession(withoutStore, key, NOW)).toEqual({ ok: false, problem: 'invalid' })
    // exp a day away, but issued more than an hour ago: the hour counts from issue.
    const longLived = await new EncryptJWT({ access_token: ACCESS_TOKEN })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setSubject(String(STORE_ID))
      .setIssuedAt(seconds - SESSION_LIFETIME_SECONDS - 60)
      .setExpirationTime(seconds + 86_400)
      .encrypt(key)
    expect(await openSession(longLived, key, NOW)).toEqual({ ok: false, problem: 'expired' })
  })

  it('derive different keys from different secrets, and the same key from the same one (any instance)', async () => {
    const sealed = await sealSession(contents, key, NOW)
    expect((await openSession(sealed, await deriveSessionKey(CLIENT_SECRET), NOW)).ok).toBe(true)
    expect((await openSession(sealed, await deriveSessionKey(`${CLIENT_SECRET}x`), NOW)).ok).toBe(false)
  })
})
