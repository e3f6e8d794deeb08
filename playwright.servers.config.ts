import { defineConfig } from '@playwright/test'
import { DEMO_CLIENT_SECRET } from './dev/demo-store'
import defaultSuite from './playwright.config'
import type { AppServerOptions } from './test/e2e/app-server'

/**
 * The enhanced-security tests (test/e2e/server-mode.spec.ts) against the app's server as it is
 * deployed: `npm start` (dist-server/node.js) and the Cloudflare Worker in workerd
 * (scripts/start-workerd.mjs, from wrangler.jsonc), each serving dist/. The emulator (vite preview)
 * is the control panel, which frames the app at that server's origin with a payload encrypted
 * with the demo app's client secret, and Ecwid's API, which the servers forward to. Needs dist/,
 * dist-server/ and dist-emulator/ built (`npm run test:e2e` builds them). Ports of its own, so it
 * can run beside the default suite's 4173.
 */
const EMULATOR_PORT = 8780
const NODE_PORT = 8781
const WORKERD_PORT = 8782

function appServer(command: string, port: number) {
  return {
    command,
    env: {
      PORT: String(port),
      ECWID_CLIENT_SECRET: DEMO_CLIENT_SECRET,
      // localhost, as the emulator's API answers only there (the app's host is 127.0.0.1).
      ECWID_API_BASE: `http://localhost:${EMULATOR_PORT}/api/v3`,
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    // As a platform stops it: the launcher then stops workerd and removes its bundle.
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
  }
}

// The default suite's settings (one worker, timeouts, Chromium), with its own ports and servers.
export default defineConfig<AppServerOptions>({
  ...defaultSuite,
  testMatch: 'server-mode.spec.ts',
  use: { ...defaultSuite.use, baseURL: `http://localhost:${EMULATOR_PORT}` },
  projects: [
    { name: 'npm start', use: { appServerPort: NODE_PORT } },
    { name: 'workerd', use: { appServerPort: WORKERD_PORT } },
  ],
  webServer: [
    {
      command: `npx vite preview --mode emulator --outDir dist-emulator --port ${EMULATOR_PORT} --strictPort`,
      url: `http://127.0.0.1:${EMULATOR_PORT}/__ecwid/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    appServer('node dist-server/node.js', NODE_PORT),
    appServer('node scripts/start-workerd.mjs', WORKERD_PORT),
  ],
})
