// Screenshots for the README, from the production build inside the emulator: never by hand, so
// they always show what the app does now. Usage: npm run screenshots.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './chromium.js'

const PORT = 4174
// Asked first: no point building when there is no browser to take the pictures.
const executablePath = chromiumPath()

const german = JSON.parse(readFileSync(new URL('../src/i18n/messages/de.json', import.meta.url), 'utf8'))

/** What each screenshot shows: the control panel's address settings and what to wait for. */
const SHOTS = [
  {
    file: 'en-group.png',
    settings: { app_state: 'groupId=9367001', lang: 'en' },
    waitFor: '130 customers in this group',
  },
  {
    // The members at work: sorted by total spent, a column added by the link, sales added up, exported.
    file: 'en-members.png',
    settings: { app_state: 'groupId=9367001&columns=name,email,orders,totalSpent,lastOrder', lang: 'en' },
    waitFor: '130 customers in this group',
    act: async (app) => {
      await app.getByRole('columnheader', { name: 'Total spent' }).getByRole('button').click()
      await app.locator('th[aria-sort="descending"]').waitFor()
      await app.getByRole('button', { name: 'Add up sales' }).click()
      await app.getByTestId('group-sales').waitFor()
      await app.getByRole('button', { name: 'Export CSV' }).click()
      await app.getByTestId('export-result').waitFor()
    },
  },
  {
    file: 'en-failure.png',
    settings: { app_state: 'groupId=9367001', lang: 'en', failure: 'missing-scope' },
    waitFor: 'Permission missing',
  },
  {
    file: 'de-group.png',
    settings: { app_state: 'groupId=9367001', lang: 'de' },
    waitFor: german['members.count'].other.replace('{count}', '130'),
  },
  {
    file: 'de-failure.png',
    settings: { app_state: 'groupId=9367001', lang: 'de', failure: 'missing-scope' },
    waitFor: german['failure.missingScope.title'],
  },
]

async function waitForServer(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The preview server did not answer at ${url}`)
}

// Its own build and port, with the mock API's address named to match, so it never collides with a
// running preview or the e2e tests' build.
const OUT_DIR = 'dist-screenshots'
const env = { ...process.env, VITE_ECWID_API_BASE: `http://localhost:${PORT}/api/v3` }
await new Promise((resolve, reject) => {
  const build = spawn('npx', ['vite', 'build', '--mode', 'emulator', '--outDir', OUT_DIR, '--logLevel', 'error'], {
    stdio: 'inherit',
    env,
  })
  build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))))
})
const server = spawn(
  'npx',
  ['vite', 'preview', '--mode', 'emulator', '--outDir', OUT_DIR, '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
    env,
  },
)
try {
  await waitForServer(`http://127.0.0.1:${PORT}/__ecwid/`)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  // A viewport taller than the app, so the whole frame is laid out at its real width.
  const page = await browser.newPage({ viewport: { width: 1280, height: 3000 }, deviceScaleFactor: 1 })
  for (const shot of SHOTS) {
    await page.goto(`http://localhost:${PORT}/__ecwid/?${new URLSearchParams(shot.settings)}`, {
      waitUntil: 'domcontentloaded',
    })
    const app = page.frameLocator('#app-frame')
    await app.getByText(shot.waitFor).first().waitFor()
    await shot.act?.(app)
    await page.locator('#sdk-log').getByText('ready {}').waitFor()
    // The frame's height follows the app (setSize); wait until it has settled.
    await page.waitForFunction(
      () => {
        const frame = document.getElementById('app-frame')
        const height = frame?.getAttribute('height')
        const settled = height === frame?.dataset.lastHeight
        if (frame) frame.dataset.lastHeight = height ?? ''
        return settled
      },
      undefined,
      { polling: 300 },
    )
    await page.locator('#app-frame').screenshot({ path: `docs/screenshots/${shot.file}` })
    console.log(`docs/screenshots/${shot.file}`)
  }
  await browser.close()
} finally {
  server.kill()
}
