/**
 * Ecwid's app SDK 1.3.0 as it stands on `window.EcwidApp`: a classic script from Ecwid's CDN,
 * not an npm package, so these declarations are ours, written from its documented behaviour.
 */
export interface EcwidAppInitOptions {
  /** Must equal the app's client_id, or the control panel ignores every message. */
  app_id: string
  /** true: the SDK calls ready() on window.load. We call it ourselves after the first render. */
  autoloadedflag?: boolean
  /** true: the SDK polls the document height every 333 ms. We use a ResizeObserver instead. */
  autoheight?: boolean
}

/** What Ecwid hands the app: the JSON behind the URL fragment, unchecked. */
export interface EcwidRawPayload {
  store_id?: unknown
  access_token?: unknown
  public_token?: unknown
  lang?: unknown
  view_mode?: unknown
  app_state?: unknown
  [key: string]: unknown
}

export interface EcwidAppSdk {
  /** Throws "Already initialized" on a second call. */
  init(options: EcwidAppInitOptions): unknown
  /** null or undefined outside Ecwid, in enhanced-security mode and on a corrupt fragment. */
  getPayload(): EcwidRawPayload | null | undefined
  ready(): void
  /** An integer (a fraction throws) or a CSS length string. */
  setSize(size: { height: number | string }): void
  openPage(page: string): void
  closeAppPopup(): void
  /** Opens the plan upgrade page for the plan that has these features (Ecwid's feature names). */
  sendUserToUpgrade(features: string[]): void
}

export interface WindowWithEcwidApp {
  EcwidApp?: Partial<EcwidAppSdk>
}
