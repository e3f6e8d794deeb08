import { expect, test } from '@playwright/test'
import { TOKEN, TOKEN_AS_HEX, expectOnlyTheEarlyRequests, expectReady, openInControlPanel } from './emulator'

test.describe('no usable payload', () => {
  for (const [payload, title, failure] of [
    ['corrupt', 'The store details could not be read', 'none'],
    ['encrypted-another-key', 'The store details could not be read', 'none'],
    ['encrypted', 'The app could not open your store securely', 'app-server-unavailable'],
    ['none', 'Open this app from your store admin', 'none'],
  ] as const) {
    test(`a ${payload} payload${failure === 'none' ? '' : ` (${failure})`} gets a full-page explanation, no API call and no uncaught error`, async ({
      page,
    }) => {
      const session = await openInControlPanel(page, { payload, app_state: 'groupId=9367001', failure })
      await expect(session.app.getByRole('alert').getByRole('heading', { level: 1 })).toHaveText(title)
      await expect(session.app.getByRole('alert')).toContainText('What to do:')
      await expectReady(page)
      expect(session.apiCalls()).toEqual([])
      expect(session.pageErrors).toEqual([])
      for (const message of session.console) {
        expect(message.text()).not.toContain(TOKEN)
        expect(message.text().toLowerCase()).not.toContain(TOKEN_AS_HEX.slice(0, 24))
      }
    })
  }

  test('a blocked SDK script gets an explanation, and the control panel still hears ready', async ({ page }) => {
    const session = await openInControlPanel(page, { failure: 'sdk-unavailable', app_state: 'groupId=9367001' })
    await expect(session.app.getByRole('alert').getByRole('heading', { level: 1 })).toHaveText(
      'The connection to your store admin could not load',
    )
    await expectReady(page)
    await expect(page.locator('#sdk-log')).toContainText('setSize {"height":')
    expectOnlyTheEarlyRequests(session)
    expect(session.pageErrors).toEqual([])
  })

  test('the app opened on its own, outside any control panel, explains itself', async ({ page }) => {
    // No control panel page resets the emulator's faults here: do it directly.
    await page.request.put('/__ecwid/faults', { data: { failure: 'none', latencyMs: 0 } })
    const errors: Error[] = []
    page.on('pageerror', (error) => errors.push(error))
    await page.goto('http://127.0.0.1:4173/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open this app from your store admin')
    expect(errors).toEqual([])
  })
})
