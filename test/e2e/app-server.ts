import { test as base, type Page } from '@playwright/test'
import { ECWID_CSS_ORIGIN, ECWID_SDK_ORIGIN } from '../../build/deployment-headers'

export interface AppServerOptions {
  /**
   * The port, on 127.0.0.1, of the app's own server that the control panel frames: `npm start` or
   * workerd (playwright.servers.config.ts). Unset, the app is the emulator's own, with the server
   * it mounts on its origin (playwright.config.ts).
   */
  appServerPort: number | undefined
}

export const test = base.extend<AppServerOptions>({ appServerPort: [undefined, { option: true }] })

/**
 * The app's servers serve dist/, the production build, whose page loads Ecwid's SDK and CSS from
 * Ecwid's CDN; this machine has no internet, so the emulator's stand-ins answer at the CDN's
 * addresses, as its own build has them on its origin. The page, its headers and its policy are
 * the production build's.
 */
export async function serveEcwidCdnFromEmulator(page: Page, emulatorOrigin: string): Promise<void> {
  for (const origin of [ECWID_SDK_ORIGIN, ECWID_CSS_ORIGIN]) {
    await page.route(`${origin}/ecwid-sdk/**`, async (route) => {
      const standIn = await page.request.get(`${emulatorOrigin}${new URL(route.request().url()).pathname}`)
      await route.fulfill({ response: standIn })
    })
  }
}
