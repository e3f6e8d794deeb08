// Where Chromium is and how to start it, for the e2e tests and the screenshots alike: Debian's
// Chromium, since Playwright's own browser download cannot reach the internet here.
import { existsSync } from 'node:fs'

/**
 * Flags for a headless Chromium on these machines: without the background-networking ones it
 * keeps trying hosts the closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

/** The Chromium to launch (CHROMIUM_PATH, else Debian's), or a clear error saying how to get one. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's: sudo apt-get update && sudo apt-get install -y chromium — or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
    )
  }
  return path
}
