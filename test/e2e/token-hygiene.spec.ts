import { expect, test } from '@playwright/test'
import { TOKEN, TOKEN_AS_HEX, openInControlPanel, setFault } from './emulator'

test('the token appears in no URL, no DOM, no web storage and no console line', async ({ page, context }) => {
  const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
  const app = session.app
  await expect(app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()

  // Exercise the screens that show requests and errors.
  await app.getByRole('group', { name: 'Response fields' }).getByRole('checkbox', { name: /^id/ }).uncheck()
  await expect(app.getByTestId('request-line')).toContainText('responseFields=')
  await app.getByRole('button', { name: 'Copy as cURL' }).click()
  await setFault(page, 'server-error')
  await app.getByRole('button', { name: 'Refresh', exact: true }).click()
  await expect(app.locator('.error-alert')).toBeVisible()
  await app.getByRole('button', { name: 'Copy link' }).click()
  await expect(app.getByRole('textbox', { name: /copy this link/ })).toBeVisible()

  const frame = page.frames().find((candidate) => candidate.url().startsWith('http://127.0.0.1:4173/'))!
  expect(frame).toBeTruthy()

  for (const request of session.requests) {
    // Only the control panel's iframe address carries the payload, hex-encoded, as Ecwid's does.
    expect(request.url()).not.toContain(TOKEN)
    if (request.url().startsWith('http://localhost:4173/api/'))
      expect(request.url().toLowerCase()).not.toContain(TOKEN_AS_HEX)
  }
  const apiRequest = session.requests.find((request) => request.url().includes('/customer_groups/9367001'))!
  expect(await apiRequest.headerValue('authorization')).toBe(`Bearer ${TOKEN}`)

  const dom = await frame.evaluate(() => document.documentElement.outerHTML)
  expect(dom).not.toContain(TOKEN)
  expect(dom).toContain('secret_ab***cd')

  const storage = await frame.evaluate(() => {
    const read = (get: () => Storage) => {
      try {
        const store = get()
        return Object.keys(store).map((key) => `${key}=${store.getItem(key)}`)
      } catch {
        return [] // storage denied in this third-party frame: nothing can be in it
      }
    }
    return [...read(() => localStorage), ...read(() => sessionStorage), document.cookie]
  })
  expect(storage.join('\n')).not.toContain(TOKEN)
  expect((await context.cookies()).map((cookie) => cookie.value).join('\n')).not.toContain(TOKEN)

  for (const message of session.console) {
    expect(message.text()).not.toContain(TOKEN)
    expect(message.text().toLowerCase()).not.toContain(TOKEN_AS_HEX)
  }
})
