import { styleText } from 'node:util'
import type { Plugin, ResolvedConfig } from 'vite'
import { appIdProblem, appIdWarning, framed, type AppIdProblem } from './demo-app-id.ts'

/**
 * Warns, loudly but without failing the build (CI runs a plain `npm run build`), when a build
 * for deployment carries the demo app ID or none. Printed at the end, after the file list.
 */
export function demoAppIdWarning(): Plugin {
  let config: ResolvedConfig | undefined
  let problem: AppIdProblem | null = null
  return {
    name: 'demo-app-id-warning',
    configResolved(resolved) {
      config = resolved
      // resolved.env: the .env files for the mode, then VITE_* from the environment, as import.meta.env.
      const appId = (resolved.env as Record<string, string | undefined>).VITE_ECWID_APP_ID
      problem = appIdProblem({ command: resolved.command, mode: resolved.mode, appId })
    },
    closeBundle() {
      if (!problem || !config) return
      const text = framed(appIdWarning(problem))
      config.logger.warn(`\n${process.stderr.isTTY ? styleText(['yellow', 'bold'], text) : text}\n`)
    },
  }
}
