import { DEFAULT_API_BASE } from '@/api/request'

/** Where the emulator's mock REST API answers, relative to the dev server's origin (dev/ecwid-emulator.ts). */
const EMULATOR_API_PATH = '/api/v3'

/**
 * The REST base the app calls: VITE_ECWID_API_BASE when the build or the environment names one
 * (the emulator builds, a staging API); else, on the dev server, the emulator's mock API; else
 * Ecwid's. The dev server serves the mock on localhost at its own port and the app on 127.0.0.1
 * at that same port (cross-origin, as app.ecwid.com is), so the mock's address is read from the
 * page: it follows whichever port the dev server got (`npm run dev -- --port 5180`, or the next
 * free one when 5173 is taken), which a value baked into .env.development could not.
 */
export function apiBaseFor(named: string | undefined, devServerPage: URL | undefined): string {
  if (named) return named
  if (!devServerPage) return DEFAULT_API_BASE
  const mock = new URL(EMULATOR_API_PATH, devServerPage.origin)
  mock.hostname = 'localhost'
  return mock.href
}

/** `vite` (dev) only: not the unit tests (mode `test`), not a build, whatever its mode. */
const onDevServer = import.meta.env.DEV && import.meta.env.MODE === 'development'

/** Ecwid's REST API, or the emulator's mock of it in development and in the emulator builds. */
export const API_BASE: string = apiBaseFor(
  import.meta.env.VITE_ECWID_API_BASE,
  onDevServer ? new URL(location.href) : undefined,
)
