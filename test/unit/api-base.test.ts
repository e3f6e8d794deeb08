import { describe, expect, it } from 'vitest'
import { DEFAULT_API_BASE } from '@/api/request'
import { API_BASE, apiBaseFor } from '@/boot/api-base'

describe('apiBaseFor', () => {
  it.each([
    ['http://127.0.0.1:5173/?payload=x#app', 'http://localhost:5173/api/v3'],
    // `npm run dev -- --port 5180`, or the next free port when 5173 is taken.
    ['http://127.0.0.1:5180/', 'http://localhost:5180/api/v3'],
    ['http://127.0.0.1:5174/', 'http://localhost:5174/api/v3'],
    ['https://127.0.0.1:5443/', 'https://localhost:5443/api/v3'],
    // A dev server on the scheme's own port: the address names none.
    ['http://127.0.0.1/', 'http://localhost/api/v3'],
  ])('on the dev server page %s, calls the emulator’s mock at %s (localhost, the same port)', (page, api) => {
    expect(apiBaseFor(undefined, new URL(page))).toBe(api)
    expect(apiBaseFor('', new URL(page))).toBe(api)
  })

  it('an address named in VITE_ECWID_API_BASE wins, on the dev server too', () => {
    const named = 'http://localhost:4180/api/v3'
    expect(apiBaseFor(named, new URL('http://127.0.0.1:5180/'))).toBe(named)
    expect(apiBaseFor(named, undefined)).toBe(named)
  })

  it('anywhere else (a build, the unit tests) with none named: Ecwid’s API', () => {
    expect(apiBaseFor(undefined, undefined)).toBe(DEFAULT_API_BASE)
    expect(apiBaseFor('', undefined)).toBe(DEFAULT_API_BASE)
    // Mode `test` is not the dev server: the page's address does not count here.
    expect(API_BASE).toBe(DEFAULT_API_BASE)
  })
})
