import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { loadEnv } from 'vite'
import {
  contentSecurityPolicy,
  deploymentHeadersFile,
  headerSourcesFor,
  headersForPath,
  inlineScriptHash,
  parseHeadersFile,
} from '../../build/deployment-headers'
import { expectReady, openInControlPanel } from './emulator'

/** The app's own origin: the control panel (localhost) frames it cross-origin, as Ecwid's admin does. */
const APP = 'http://127.0.0.1:4173'
const HEADERS_FILE = new URL('../../dist-emulator/_headers', import.meta.url)
const INDEX_FILE = new URL('../../dist-emulator/index.html', import.meta.url)

/** What the browser says when a policy blocks something, or when a Trusted Types sink refuses a string. */
const VIOLATION =
  /Content Security Policy|Refused to|Trusted ?(?:Types?|HTML|Script|ScriptURL)\b|securitypolicyviolation/i

test.describe('the deployment headers (dist-emulator/_headers, served by vite preview)', () => {
  test('the emulator build wrote _headers from its own configuration, and the app is served with exactly those headers', async ({
    page,
  }) => {
    const file = readFileSync(HEADERS_FILE, 'utf8')
    // The one inline script (the early requests), allowed by its hash and nothing more.
    const inline = [...readFileSync(INDEX_FILE, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) =>
      inlineScriptHash(match[1] ?? ''),
    )
    expect(inline).toHaveLength(1)
    const sources = {
      ...headerSourcesFor({ mode: 'emulator', env: loadEnv('emulator', process.cwd(), 'VITE_') }),
      inlineScriptHashes: inline,
    }
    expect(file).toBe(deploymentHeadersFile(sources))
    const rules = parseHeadersFile(file)

    const index = await page.request.get(`${APP}/`)
    expect(index.status()).toBe(200)
    const headers = index.headers()
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy(sources))
    expect(headers['content-security-policy']).toContain("default-src 'none'")
    expect(headers['content-security-policy']).not.toContain('frame-ancestors')
    expect(headers['x-frame-options']).toBeUndefined()
    for (const [name, value] of headersForPath(rules, '/')) expect(headers[name.toLowerCase()], name).toBe(value)
    expect(headers['cache-control']).toBe('no-cache')

    // The hashed bundle: cached for a year; the static server's own no-cache does not win.
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1]
    expect(script).toBeDefined()
    const asset = await page.request.get(`${APP}${script}`)
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(asset.headers()['content-security-policy']).toBe(headers['content-security-policy'])

    // The emulator's own pages are not the app: no policy on them.
    const controlPanel = await page.request.get('/__ecwid/')
    expect(controlPanel.headers()['content-security-policy']).toBeUndefined()
  })

  test('the whole app works under the policy, with no violation in either frame', async ({ page }) => {
    // Every violation raises securitypolicyviolation in its frame; say it in the console too, in
    // case the browser's own report does not reach it. Init scripts run in every frame.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `securitypolicyviolation: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${location.origin}`,
        )
      })
    })
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    const violations = () => session.console.map((message) => message.text()).filter((text) => VIOLATION.test(text))
    try {
      await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
      await expect(session.app.getByTestId('members-summary')).toHaveText('130 customers in this group')
      await expectReady(page)

      await session.app.getByRole('button', { name: 'Copy as cURL' }).click()
      await expect(session.app.getByRole('textbox', { name: /Ctrl\+C/ })).toBeFocused()
      await session.app.getByRole('button', { name: 'Copy link' }).click()
      await expect(session.app.getByRole('textbox', { name: /copy this link/ })).toBeFocused()

      // Ecwid's stylesheet (the local stand-in) was let in and applied.
      const appFrame = page.frames().find((frame) => frame.url().startsWith(`${APP}/`))
      expect(appFrame, 'the app frame').toBeDefined()
      expect(
        await appFrame!.evaluate(() =>
          [...document.styleSheets].some((sheet) => sheet.href?.includes('/ecwid-sdk/css/')),
        ),
      ).toBe(true)
    } catch (error) {
      // A blocked script or request shows as a missing heading: say what the browser blocked.
      throw new Error(`${String(error)}\nViolations in the console: ${JSON.stringify(violations(), null, 2)}`)
    }

    expect(violations()).toEqual([])
    expect(session.pageErrors.map(String)).toEqual([])
  })
})
