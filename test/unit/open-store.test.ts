import { afterEach, describe, expect, it, vi } from 'vitest'
import { API_BASE } from '@/boot/api-base'
import { openStore } from '@/boot/open-store'
import { SERVER_API_BASE, type ServerSessionResult } from '@/boot/server-session'

const TOKEN = 'secret_abcdefgh12345678'

function installSdk(payload: unknown) {
  const sdk = { init: vi.fn(), getPayload: vi.fn(() => payload), ready: vi.fn(), setSize: vi.fn() }
  ;(window as unknown as { EcwidApp?: unknown }).EcwidApp = sdk
  return sdk
}

const serverAnswer = (result: ServerSessionResult) => Promise.resolve(result)

describe('openStore', () => {
  afterEach(() => {
    delete (window as unknown as { EcwidApp?: unknown }).EcwidApp
    // The bridge's guard against a second init() (Vite's HMR) would hide the next test's.
    delete (window as unknown as Record<symbol, unknown>)[Symbol.for('customer-groups-app.ecwid-sdk-initialized')]
  })

  it('direct mode: the store from the SDK’s payload, Ecwid’s API with the token', async () => {
    installSdk({ store_id: 1003, access_token: TOKEN, lang: 'de', view_mode: 'PAGE' })
    const opened = await openStore('app', null)
    expect(opened).toMatchObject({ ok: true, session: { storeId: 1003, lang: 'de' } })
    if (!opened.ok) return
    expect(opened.access).toEqual({ apiBase: API_BASE, credential: TOKEN })
    expect(opened.session).not.toHaveProperty('accessToken')
  })

  it('enhanced-security mode: the store from the app’s server, its API with the sealed session', async () => {
    const sdk = installSdk(null)
    const opened = await openStore(
      'app',
      serverAnswer({
        ok: true,
        session: {
          storeId: 1003,
          lang: 'fr',
          viewMode: 'INLINE',
          appState: 'groupId%3D5',
          credential: 'sealed.session',
        },
      }),
    )
    expect(sdk.init).toHaveBeenCalledOnce()
    expect(opened).toMatchObject({ ok: true, session: { storeId: 1003, lang: 'fr', appState: 'groupId%3D5' } })
    if (!opened.ok) return
    expect(opened.access).toEqual({ apiBase: SERVER_API_BASE, credential: 'sealed.session' })
    // ready() still reaches the control panel.
    opened.bridge.ready()
    expect(sdk.ready).toHaveBeenCalledOnce()
  })

  it('enhanced-security mode: a payload the server refused is explained, and ready() can still be sent', async () => {
    const sdk = installSdk(null)
    const opened = await openStore('app', serverAnswer({ ok: false, problem: 'corrupt-payload' }))
    expect(opened).toMatchObject({ ok: false, problem: 'corrupt-payload' })
    opened.bridge.ready()
    expect(sdk.ready).toHaveBeenCalledOnce()
  })

  it('enhanced-security mode without the SDK says so, whatever the server answered', async () => {
    const opened = await openStore(
      'app',
      serverAnswer({
        ok: true,
        session: { storeId: 1003, lang: 'en', viewMode: 'PAGE', appState: null, credential: 'sealed.session' },
      }),
    )
    expect(opened).toMatchObject({ ok: false, problem: 'sdk-unavailable' })
  })
})
