/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The app's client_id in Ecwid; the SDK refuses to talk to the control panel without it. */
  readonly VITE_ECWID_APP_ID: string
  /** Where the REST API lives; the emulator overrides it, production leaves the default. */
  readonly VITE_ECWID_API_BASE?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
