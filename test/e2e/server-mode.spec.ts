import { expect, test, type Response } from '@playwright/test'
import { TOKEN, TOKEN_AS_HEX, expectReady, openInControlPanel } from './emulator'

/**
 * Enhanced-security mode: the control panel opens the app with an encrypted `?payload=`, the
 * app's server (server/, mounted by the emulator on the app's origin) decrypts it and keeps the
 * token; the browser gets a sealed session and reads through the server.
 */
test.describe('enhanced-security mode (encrypted payload, the app’s server)', () => {
  test('groups, details, picker and members work, and the browser never receives the token', async ({ page }) => {
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
    const session = await openInControlPanel(page, { payload: 'encrypted', app_state: 'groupId=9367001' })
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

  test('a Retry-After from Ecwid is read through the app’s server, without CORS in the way', async ({ page }) => {
    const session = await openInControlPanel(page, {
      payload: 'encrypted',
      app_state: 'groupId=9367001',
      failure: 'rate-limited-long',
    })
    // The direct mode needs Ecwid to expose Retry-After for CORS; through the app's own origin the
    // 120 s are read as they are, and not waited out.
    await expect(session.app.locator('.error-alert')).toContainText('wait 120 s')
    await expectReady(page)
  })
})
