import { expect, type Page, type Response } from '@playwright/test'
import { serveEcwidCdnFromEmulator, test } from './app-server'
import { TOKEN, TOKEN_AS_HEX, expectReady, openInControlPanel } from './emulator'

/**
 * Enhanced-security mode: the control panel opens the app with an encrypted `?payload=`, the
 * app's server (server/) decrypts it and keeps the token; the browser gets a sealed session and
 * reads through the server. The server is the one the emulator mounts on the app's origin
 * (playwright.config.ts), or, with appServerPort, `npm start` or the Worker in workerd, serving
 * the production build (playwright.servers.config.ts).
 */

/** Opens the control panel with the app at the target's origin. */
async function openApp(
  page: Page,
  target: { appServerPort: number | undefined; baseURL: string | undefined },
  settings: Record<string, string>,
) {
  if (target.appServerPort === undefined) return openInControlPanel(page, settings)
  await serveEcwidCdnFromEmulator(page, target.baseURL ?? '')
  return openInControlPanel(page, { ...settings, app_port: String(target.appServerPort) })
}

/** Where the production build's policy would let a page connect, were it not narrowed to 'self'. */
const ECWID_API = 'https://app.ecwid.com/api/v3/1003/customer_groups'
test.describe('enhanced-security mode (encrypted payload, the app’s server)', () => {
  test('groups, details, picker and members work, and the browser never receives the token', async ({
    page,
    appServerPort,
    baseURL,
  }) => {
    // Every answer the app's frame receives, headers and body.
    const received: Promise<string>[] = []
    page.on('response', (response: Response) => {
      if (!response.url().startsWith('http://127.0.0.1:')) return
      received.push(
        response
          .body()
          .then((body) => body.toString('latin1'))
          .catch(() => '')
          .then((body) => `${response.url()}\n${JSON.stringify(response.headers())}\n${body}`),
      )
    })
    const session = await openApp(
      page,
      { appServerPort, baseURL },
      { payload: 'encrypted', app_state: 'groupId=9367001' },
    )
    const app = session.app

    // Details and members of the deep-linked group, and the list.
    await expect(app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await expect(app.locator('dl')).toContainText('ERP-VIP-01')
    await expect(app.getByRole('table').getByRole('row')).toHaveCount(101)
    await expect(app.getByRole('navigation').getByRole('listitem')).toHaveCount(7)
    await expectReady(page)

    // The picker drives the request, which goes to the app's server, not to Ecwid.
    await app
      .getByRole('group', { name: 'Response fields' })
      .getByRole('checkbox', { name: /^externalReferenceId/ })
      .uncheck()
    await expect(app.getByTestId('request-line')).toHaveText(
      'GET /api/ecwid/v3/1003/customer_groups/9367001?responseFields=id,name',
    )
    await expect(app.locator('dl')).not.toContainText('ERP-VIP-01')

    // Another group from the list.
    await app.getByRole('button', { name: /Wholesale\s+ID 9367006/ }).click()
    await expect(app.getByRole('heading', { level: 2, name: 'Wholesale' })).toBeVisible()

    // Nothing reached Ecwid's API from the browser; the app's server answered everything.
    expect(session.apiCalls()).toEqual([])
    expect(session.requests.filter((request) => new URL(request.url()).hostname === 'app.ecwid.com')).toEqual([])
    const viaServer = session.requests
      .map((request) => new URL(request.url()))
      .filter((url) => url.pathname.startsWith('/api/'))
      .map((url) => url.pathname)
    expect(viaServer).toContain('/api/session')
    expect(viaServer).toContain('/api/ecwid/v3/1003/customer_groups/9367001')

    // The frame's address lost the payload; the token is nowhere the browser can see.
    const frame = page.frames().find((candidate) => candidate.url().startsWith('http://127.0.0.1:'))
    expect(frame?.url()).not.toContain('payload=')
    expect(frame?.url()).toContain('app_state=groupId%3D9367001')
    const seen = await Promise.all(received)
    expect(seen.length).toBeGreaterThan(5)
    for (const answer of seen) {
      expect(answer).not.toContain(TOKEN)
      expect(answer.toLowerCase()).not.toContain(TOKEN_AS_HEX.slice(0, 24))
    }
    expect(await app.locator('body').innerHTML()).not.toContain(TOKEN)
    for (const message of session.console) expect(message.text()).not.toContain(TOKEN)
    expect(session.pageErrors).toEqual([])
  })

  test('the page may connect to its own server only: a script in it cannot reach Ecwid, or anywhere else', async ({
    page,
    appServerPort,
    baseURL,
  }) => {
    // Were the request let through, it would be answered: only the page's policy can stop it.
    let reached = 0
    await page.route(`${ECWID_API}*`, (route) => {
      reached += 1
      return route.fulfill({ status: 200, headers: { 'Access-Control-Allow-Origin': '*' }, body: '{}' })
    })
    const session = await openApp(page, { appServerPort, baseURL }, { payload: 'encrypted' })
    // The app is up and reads through its server.
    await expect(session.app.getByRole('navigation').getByRole('listitem')).toHaveCount(7)
    await expectReady(page)
    const frame = page.frames().find((candidate) => candidate.url().startsWith('http://127.0.0.1:'))
    const outcome = await frame?.evaluate(
      (url) =>
        fetch(url).then(
          () => 'reached',
          () => 'refused',
        ),
      ECWID_API,
    )
    expect(outcome).toBe('refused')
    expect(reached).toBe(0)
  })

  test('a Retry-After from Ecwid is read through the app’s server, without CORS in the way', async ({
    page,
    appServerPort,
    baseURL,
  }) => {
    const session = await openApp(
      page,
      { appServerPort, baseURL },
      {
        payload: 'encrypted',
        app_state: 'groupId=9367001',
        failure: 'rate-limited-long',
      },
    )
    // The direct mode needs Ecwid to expose Retry-After for CORS; through the app's own origin the
    // 120 s are read as they are, and not waited out.
    await expect(session.app.locator('.error-alert')).toContainText('wait 120 s')
    await expectReady(page)
  })
})
