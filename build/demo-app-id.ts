/**
 * Whether a build is about to ship an app ID Ecwid will ignore. Pure: the plugin in
 * ./demo-app-id-plugin.ts prints the warning.
 */

/** The demo client_id in `.env`: the emulator knows it, Ecwid does not (a unit test keeps it equal to .env and dev/demo-store.ts). */
export const DEMO_APP_ID = 'customer-groups-demo'

export type AppIdProblem = 'demo' | 'missing'

/**
 * A build the merchant may receive (`vite build` in any mode but `emulator`) must carry the
 * app's real client_id. Dev (`vite`, command `serve`) and emulator builds are exempt: the
 * emulator expects the demo ID.
 */
export function appIdProblem(options: {
  command: 'build' | 'serve'
  mode: string
  appId: string | undefined
}): AppIdProblem | null {
  if (options.command !== 'build' || options.mode === 'emulator') return null
  const appId = options.appId?.trim() ?? ''
  if (appId === '') return 'missing'
  if (appId === DEMO_APP_ID) return 'demo'
  return null
}

export function appIdWarning(problem: AppIdProblem): string {
  const what =
    problem === 'demo'
      ? `VITE_ECWID_APP_ID is the demo value "${DEMO_APP_ID}" (from .env).`
      : 'VITE_ECWID_APP_ID is not set.'
  return [
    what,
    "Ecwid's control panel ignores an app whose ID is not its client_id: this build would never",
    'get past the loading spinner in a real store admin.',
    'Set your client_id for the build, e.g.:',
    '  VITE_ECWID_APP_ID=your-client-id npm run build',
    'or put VITE_ECWID_APP_ID=your-client-id in .env.production.local (not committed).',
  ].join('\n')
}

/** The warning in a frame of `!`, so it stands out among the build's other output. */
export function framed(text: string): string {
  const lines = text.split('\n')
  const width = Math.max(...lines.map((line) => line.length))
  const rule = '!'.repeat(width + 6)
  return [rule, ...lines.map((line) => `!! ${line.padEnd(width)} !!`), rule].join('\n')
}
