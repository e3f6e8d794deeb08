import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.js'

// `npm run bench` (after its builds): one long test that prints the table and checks the budgets.
export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  workers: 1,
  reporter: [['list']],
  use: { launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } },
  webServer: {
    command: 'npx vite preview --config bench/vite.config.ts',
    url: 'http://127.0.0.1:4180/__ecwid/',
    reuseExistingServer: false,
    timeout: 60_000,
    cwd: '..',
  },
})
