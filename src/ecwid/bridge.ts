import type { Locale } from '@/i18n/locales'
import { parsePayload, type BootProblem, type EcwidSession } from './payload'
import type { EcwidAppSdk, WindowWithEcwidApp } from './sdk-types'

/** What the rest of the app may ask of the control panel. */
export interface EcwidBridge {
  /** Hides the control panel's loading animation. */
  ready(): void
  setHeight(pixels: number): void
  /** Sends the merchant to the upgrade page for a plan with customer groups. */
  upgradePlan(): void
}

/** The SDK calls the bridge needs. */
type ControlPanelTransport = Pick<EcwidAppSdk, 'ready' | 'setSize' | 'sendUserToUpgrade'>

/**
 * The plan feature that customer groups belong to. Ecwid lists feature names in the store
 * profile and does not document this one; the control panel picks the cheapest plan that has it.
 */
export const CUSTOMER_GROUPS_FEATURE = 'CUSTOMER_GROUPS'

export type EcwidConnection =
  | { readonly ok: true; readonly session: EcwidSession; readonly bridge: EcwidBridge }
  | { readonly ok: false; readonly problem: BootProblem; readonly lang?: Locale; readonly bridge: EcwidBridge }

/** Survives Vite's module re-evaluation: the SDK throws "Already initialized" on a second init. */
const INITIALIZED = Symbol.for('customer-groups-app.ecwid-sdk-initialized')

type HostWindow = Window & WindowWithEcwidApp & { console: Console; [INITIALIZED]?: boolean }

/**
 * Connects to the control panel. Must run before anything else reads or changes `location`,
 * because the SDK takes the payload from the URL fragment when init() runs.
 */
export function connectToEcwid(appId: string, host: HostWindow = window as HostWindow): EcwidConnection {
  const sdk = host.EcwidApp
  // Without the SDK the control panel would spin for ever over our explanation; its one-way
  // message format is documented, so ready() and setSize still reach it.
  if (!isUsableSdk(sdk))
    return { ok: false, problem: 'sdk-unavailable', bridge: createBridge(postMessageTransport(appId, host)) }

  // The SDK logs the raw fragment on a parse error, and the fragment holds the access token.
  // Nothing it prints while reading the payload may reach the console.
  const raw = withConsoleMuted(host.console, () => {
    if (!host[INITIALIZED]) {
      sdk.init({ app_id: appId, autoloadedflag: false, autoheight: false })
      host[INITIALIZED] = true
    }
    return sdk.getPayload()
  })
  const bridge = createBridge(withUpgrade(sdk, appId, host))

  // (Enhanced-security mode, an encrypted `?payload=`, is opened by the app's server instead:
  // boot/open-store.ts. The SDK finds no payload then; it is still initialised for ready().)
  const hadPayloadInUrl = host.location.hash.length > 1 || new URLSearchParams(host.location.search).has('devpayload')
  const result = parsePayload(raw, hadPayloadInUrl)
  return result.ok ? { ok: true, session: result.session, bridge } : { ...result, bridge }
}

function isUsableSdk(sdk: Partial<EcwidAppSdk> | undefined): sdk is EcwidAppSdk {
  return (
    typeof sdk === 'object' &&
    sdk !== null &&
    typeof sdk.init === 'function' &&
    typeof sdk.getPayload === 'function' &&
    typeof sdk.ready === 'function' &&
    typeof sdk.setSize === 'function'
  )
}

/** SDK 1.3.0 has sendUserToUpgrade; a stand-in without it still reaches the control panel. */
function withUpgrade(sdk: EcwidAppSdk, appId: string, host: Window): ControlPanelTransport {
  if (typeof sdk.sendUserToUpgrade === 'function') return sdk
  return {
    ready: () => sdk.ready(),
    setSize: (size) => sdk.setSize(size),
    sendUserToUpgrade: postMessageTransport(appId, host).sendUserToUpgrade,
  }
}

function createBridge(transport: ControlPanelTransport): EcwidBridge {
  let lastHeight: number | null = null
  return {
    ready: () => transport.ready(),
    setHeight(pixels) {
      // setSize throws on a fraction; the same height twice is a wasted message.
      const height = Math.max(0, Math.ceil(pixels))
      if (height === lastHeight) return
      lastHeight = height
      transport.setSize({ height })
    },
    upgradePlan: () => transport.sendUserToUpgrade([CUSTOMER_GROUPS_FEATURE]),
  }
}

/** The SDK's own wire format: one-way JSON strings to the parent frame. */
function postMessageTransport(appId: string, host: Window): ControlPanelTransport {
  const send = (method: string, data: unknown) => {
    if (host.parent === host) return
    host.parent.postMessage(JSON.stringify({ ecwidAppNs: appId, method, data }), '*')
  }
  return {
    ready: () => send('ready', {}),
    setSize: ({ height }) => send('setSize', { height: typeof height === 'number' ? `${height}px` : height }),
    sendUserToUpgrade: (features) => send('upgradePlan', features),
  }
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug'
const CONSOLE_METHODS: readonly ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug']

function withConsoleMuted<T>(target: Console, action: () => T): T {
  const saved = CONSOLE_METHODS.map((method) => [method, target[method]] as const)
  for (const method of CONSOLE_METHODS) target[method] = () => {}
  try {
    return action()
  } catch {
    // A throwing SDK is treated like one that found no payload.
    return undefined as T
  } finally {
    for (const [method, original] of saved) target[method] = original
  }
}
