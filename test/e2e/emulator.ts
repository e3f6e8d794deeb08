import { expect, type ConsoleMessage, type FrameLocator, type Page, type Request } from '@playwright/test'
import { DEMO_ACCESS_TOKEN } from '../../dev/demo-store'

export const TOKEN = DEMO_ACCESS_TOKEN
export const TOKEN_AS_HEX = Buffer.from(DEMO_ACCESS_TOKEN, 'utf8').toString('hex')

export interface EmulatorSession {
  app: FrameLocator
  /** Every request either frame made, in order. */
  requests: Request[]
  console: ConsoleMessage[]
  pageErrors: Error[]
  /** Paths of the API calls for one group. */
  groupCalls(groupId: number): string[]
  apiCalls(): string[]
}

/**
 * Opens the emulator's control panel with the app inside. `settings` go in the control panel's
 * address: app_state, payload (valid|corrupt|encrypted|encrypted-another-key|none), view_mode, lang, failure, latency,
 * store (large: 1,000 groups), retry_after (exposed: the API lists Retry-After for CORS).
 * `adminFragment` is the real admin's `#app:name=…&app_state=…`.
 */
export async function openInControlPanel(
  page: Page,
  settings: Record<string, string> = {},
  adminFragment = '',
): Promise<EmulatorSession> {
  const requests: Request[] = []
  const consoleMessages: ConsoleMessage[] = []
  const pageErrors: Error[] = []
  page.on('request', (request) => requests.push(request))
  page.on('console', (message) => consoleMessages.push(message))
  page.on('pageerror', (error) => pageErrors.push(error))
  // Not until 'load': a CDN file made to hang would hold the frame's load event for ever.
  await page.goto(`/__ecwid/?${new URLSearchParams(settings)}${adminFragment}`, { waitUntil: 'domcontentloaded' })
  const apiPaths = () =>
    requests
      .filter((request) => request.method() === 'GET')
      .map((request) => new URL(request.url()))
      // The API answers on localhost, cross-origin to the app; preflights are not counted.
      .filter((url) => url.pathname.startsWith('/api/v3/') && url.hostname === 'localhost')
      .map((url) => `${url.pathname}${decodeURIComponent(url.search)}`)
  const session: EmulatorSession = {
    app: page.frameLocator('#app-frame'),
    requests,
    console: consoleMessages,
    pageErrors,
    apiCalls: apiPaths,
    groupCalls: (groupId) => apiPaths().filter((path) => new RegExp(`/customer_groups/${groupId}(\\?|$)`).test(path)),
  }
  return session
}

/** The control panel hides its loader only when the app says ready(). */
export async function expectReady(page: Page) {
  await expect(page.locator('#sdk-log')).toContainText('ready {}')
  await expect(page.locator('#cp-loading')).toBeHidden()
}

export async function setFault(page: Page, failure: string) {
  await page.locator('#fault-form select[name="failure"]').selectOption(failure)
  await expect(page.locator('#sdk-log')).toContainText(`faults: ${failure}`)
}

/**
 * The first screen's requests leave from the payload in the URL before the SDK is known to be
 * there (index.html's inline script, boot/early-start.ts): on a boot problem page those five may have gone, once each, and
 * nothing else.
 */
export function expectOnlyTheEarlyRequests(session: EmulatorSession) {
  const calls = session.apiCalls()
  const early = [/\/customer_groups\?/, /\/customer_groups\/\d+$/, /\/customers\?/, /\/profile\?/]
  expect(calls.every((call) => early.some((pattern) => pattern.test(call)))).toBe(true)
  expect(new Set(calls).size).toBe(calls.length)
}
