import { expect, test } from '@playwright/test'
import { TOKEN, TOKEN_AS_HEX, expectReady, openInControlPanel } from './emulator'

test.describe('no usable payload', () => {
  for (const [payload, title] of [
    ['corrupt', 'The store details could not be read'],
    ['encrypted', 'Enhanced security mode is not supported yet'],
    ['none', 'Open this app from your store admin'],
  ] as const) {
    test(`a ${payload} payload gets a full-page explanation, no API call and no uncaught error`, async ({ page }) => {
      const session = await openInControlPanel(page, { payload, app_state: 'groupId=9367001' })
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

  test('the app opened on its own, outside any control panel, explains itself', async ({ page }) => {
    const errors: Error[] = []
    page.on('pageerror', (error) => errors.push(error))
    await page.goto('http://127.0.0.1:4173/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open this app from your store admin')
    expect(errors).toEqual([])
  })
})
