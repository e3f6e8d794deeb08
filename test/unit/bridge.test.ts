import { describe, expect, it, vi } from 'vitest'
import { connectToEcwid } from '@/ecwid/bridge'
import type { EcwidRawPayload } from '@/ecwid/sdk-types'

const TOKEN = 'secret_ab4Fh9Kq2Lm7Np3Rs6Tv8Wx1Yz5Ccd'

function fakeHost(options: { payload?: EcwidRawPayload | null; hash?: string; search?: string; sdk?: boolean } = {}) {
  const realConsole = { log: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() }
  let initialized = false
  const sdk = {
    init: vi.fn(() => {
      if (initialized) throw new Error('Already initialized')
      initialized = true
      // What the real SDK does on a corrupt fragment: print it, token and all.
      if (options.payload === null && options.hash) host.console.log('cannot parse the payload', options.hash)
    }),
    getPayload: vi.fn(() => options.payload),
    ready: vi.fn(),
    setSize: vi.fn((size: { height: number | string }) => {
      if (typeof size.height === 'number' && !Number.isInteger(size.height)) throw new Error('integer only')
    }),
    openPage: vi.fn(),
    closeAppPopup: vi.fn(),
  }
  const host = {
    EcwidApp: options.sdk === false ? undefined : sdk,
    console: realConsole as unknown as Console,
    location: { hash: options.hash ?? '', search: options.search ?? '' },
  }
  return { host: host as unknown as Window & typeof globalThis, sdk, realConsole }
}

const validPayload = {
  store_id: 1003,
  access_token: TOKEN,
  lang: 'en_US',
  view_mode: 'INLINE',
  app_state: 'groupId%3D0',
}

describe('connectToEcwid', () => {
  it('initialises the SDK without autoload or autoheight and hands back a validated session', () => {
    const { host, sdk } = fakeHost({ payload: validPayload, hash: '#7b22' })
    const connection = connectToEcwid('customer-groups-demo', host)
    expect(sdk.init).toHaveBeenCalledWith({ app_id: 'customer-groups-demo', autoloadedflag: false, autoheight: false })
    expect(connection).toMatchObject({
      ok: true,
      session: { storeId: 1003, lang: 'en', viewMode: 'INLINE', appState: 'groupId%3D0' },
    })
  })

  it('initialises only once, however often the module runs again (HMR)', () => {
    const { host, sdk } = fakeHost({ payload: validPayload, hash: '#7b22' })
    connectToEcwid('customer-groups-demo', host)
    const second = connectToEcwid('customer-groups-demo', host)
    expect(sdk.init).toHaveBeenCalledTimes(1)
    expect(second.ok).toBe(true)
  })

  it('keeps the SDK’s print-out of a corrupt fragment, token and all, off the console', () => {
    const { host, realConsole } = fakeHost({ payload: null, hash: '#7b2273746f72655f6964' })
    const connection = connectToEcwid('customer-groups-demo', host)
    expect(connection).toMatchObject({ ok: false, problem: 'corrupt-payload' })
    expect(realConsole.log).not.toHaveBeenCalled()
    // …and the console works again afterwards.
    host.console.log('later')
    expect(realConsole.log).toHaveBeenCalledWith('later')
  })

  it('explains a page opened outside the control panel', () => {
    const { host } = fakeHost({ payload: null })
    expect(connectToEcwid('customer-groups-demo', host)).toMatchObject({ ok: false, problem: 'outside-ecwid' })
  })

  it('copes with the SDK script missing, and still tells the control panel it is ready', () => {
    const { host } = fakeHost({ sdk: false })
    const postMessage = vi.fn()
    Object.assign(host, { parent: { postMessage } })
    const connection = connectToEcwid('customer-groups-demo', host)
    expect(connection).toMatchObject({ ok: false, problem: 'sdk-unavailable' })
    connection.bridge.ready()
    connection.bridge.setHeight(300.2)
    expect(postMessage.mock.calls).toEqual([
      ['{"ecwidAppNs":"customer-groups-demo","method":"ready","data":{}}', '*'],
      ['{"ecwidAppNs":"customer-groups-demo","method":"setSize","data":{"height":"301px"}}', '*'],
    ])
  })

  it('sends whole pixels to setSize, and only when the height changes', () => {
    const { host, sdk } = fakeHost({ payload: validPayload, hash: '#7b22' })
    const { bridge } = connectToEcwid('customer-groups-demo', host)
    bridge.setHeight(431.4)
    bridge.setHeight(431.9)
    bridge.setHeight(500)
    expect(sdk.setSize.mock.calls).toEqual([[{ height: 432 }], [{ height: 500 }]])
  })
})
