import { describe, expect, it } from 'vitest'
import { normaliseViewMode, parsePayload } from '@/ecwid/payload'

const valid = { store_id: 1003, access_token: 'secret_abcdefghcd', lang: 'en', view_mode: 'PAGE' }

describe('parsePayload', () => {
  it('accepts a documented payload', () => {
    expect(parsePayload(valid, true)).toEqual({
      ok: true,
      session: { storeId: 1003, accessToken: 'secret_abcdefghcd', lang: 'en', viewMode: 'PAGE', appState: null },
    })
  })

  it.each([
    ['a secret_ token', 'secret_abcdefghcd'],
    ['a public_ token', 'public_AbCdEf0123456789'],
    ['a token with every visible ASCII punctuation mark', 'secret_!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'],
  ])('accepts %s', (_case, token) => {
    const result = parsePayload({ ...valid, access_token: token }, true)
    expect(result.ok && result.session.accessToken).toBe(token)
  })

  it('keeps app_state as sent, for the deep-link parser to decode once', () => {
    const result = parsePayload({ ...valid, app_state: 'groupId%3D0' }, true)
    expect(result.ok && result.session.appState).toBe('groupId%3D0')
  })

  it.each([
    ['nothing, with no payload in the URL', null, false, 'outside-ecwid'],
    ['nothing, with a payload in the URL', null, true, 'corrupt-payload'],
    ['undefined, with a payload in the URL', undefined, true, 'corrupt-payload'],
    ['a string', 'store', true, 'corrupt-payload'],
    ['an array', [1003], true, 'corrupt-payload'],
    ['a store ID of 0', { ...valid, store_id: 0 }, true, 'invalid-payload'],
    ['a negative store ID', { ...valid, store_id: -4 }, true, 'invalid-payload'],
    ['a fractional store ID', { ...valid, store_id: 10.5 }, true, 'invalid-payload'],
    ['a store ID as a string', { ...valid, store_id: '1003' }, true, 'invalid-payload'],
    ['a store ID beyond 2^53', { ...valid, store_id: 2 ** 53 + 2 }, true, 'invalid-payload'],
    ['no token', { ...valid, access_token: undefined }, true, 'invalid-payload'],
    ['an empty token', { ...valid, access_token: '  ' }, true, 'invalid-payload'],
    ['a numeric token', { ...valid, access_token: 42 }, true, 'invalid-payload'],
    // Characters a header value cannot carry: refused at boot, so no request is ever tried.
    ['a token with a newline', { ...valid, access_token: 'secret_abc\ndef' }, true, 'invalid-payload'],
    ['a token ending in a newline', { ...valid, access_token: 'secret_abcdef\r\n' }, true, 'invalid-payload'],
    ['a token with a space', { ...valid, access_token: 'secret_abc def' }, true, 'invalid-payload'],
    ['a token with a leading space', { ...valid, access_token: ' secret_abcdef' }, true, 'invalid-payload'],
    ['a token with a tab', { ...valid, access_token: 'secret_abc\tdef' }, true, 'invalid-payload'],
    ['a token with é', { ...valid, access_token: 'secret_abcdéf' }, true, 'invalid-payload'],
    ['a token with a NUL', { ...valid, access_token: 'secret_abc\u0000def' }, true, 'invalid-payload'],
    ['a token with DEL', { ...valid, access_token: 'secret_abc\u007fdef' }, true, 'invalid-payload'],
    ['a token with an emoji', { ...valid, access_token: 'secret_abc👍def' }, true, 'invalid-payload'],
    [
      'a token with a right-to-left override',
      { ...valid, access_token: 'secret_abc\u202edef' },
      true,
      'invalid-payload',
    ],
  ])('refuses %s', (_case, raw, inUrl, problem) => {
    expect(parsePayload(raw, inUrl)).toMatchObject({ ok: false, problem })
  })

  it('keeps the language of a payload it refuses, so the explanation is in it', () => {
    expect(parsePayload({ lang: 'de_DE', view_mode: 'PAGE' }, true)).toEqual({
      ok: false,
      problem: 'invalid-payload',
      lang: 'de',
    })
  })

  it('gives the shipped language closest to the payload’s', () => {
    const session = (lang: unknown) => {
      const result = parsePayload({ ...valid, lang }, true)
      return result.ok ? result.session.lang : null
    }
    expect([session('pt_BR'), session('zh'), session('xx'), session(7)]).toEqual(['pt-BR', 'zh-CN', 'en', 'en'])
  })
})

describe('normaliseViewMode', () => {
  it.each([
    ['PAGE', 'PAGE'],
    ['INLINE', 'INLINE'],
    ['POPUP', 'POPUP'],
    ['inline', 'PAGE'],
    [undefined, 'PAGE'],
  ])('%j → %s', (input, expected) => {
    expect(normaliseViewMode(input)).toBe(expected)
  })
})
