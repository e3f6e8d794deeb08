import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.js'

const PORT = 4173

export default defineConfig({
  testDir: 'test/e2e',
  // The emulator's faults live on the one server: tests must not interleave.
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 8_000 },
  reporter: [['list']],
  use: {
    // The control panel on localhost, the app on 127.0.0.1: cross-origin, as in the real admin.
    baseURL: `http://localhost:${PORT}`,
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // `npm run test:e2e` builds dist-emulator first: the production build, wired to the emulator.
    command: `npx vite preview --mode emulator --outDir dist-emulator --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/__ecwid/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
