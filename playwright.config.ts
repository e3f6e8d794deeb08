import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/** Debian's Chromium: Playwright's own browser downloads cannot reach the internet here. */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(chromiumPath)) {
  throw new Error(
    `No Chromium at ${chromiumPath}. Install Debian's: sudo apt-get update && sudo apt-get install -y chromium — or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
  )
}

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
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // `npm run test:e2e` builds dist-emulator first: the production build, wired to the emulator.
    command: `npx vite preview --mode emulator --outDir dist-emulator --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/__ecwid/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
