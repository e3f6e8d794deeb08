import { expect, test } from '@playwright/test'
import { expectReady, openInControlPanel } from './emulator'

test.describe('customer groups inside the control panel', () => {
  test('a deep link to 9367001 shows VIP with exactly one request for it', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await expect(session.app.locator('dl')).toContainText('ERP-VIP-01')
    await expectReady(page)
    expect(session.groupCalls(9367001)).toEqual(['/api/v3/1003/customer_groups/9367001'])
    // The list asks only for what it shows.
    expect(session.apiCalls()).toContain(
      '/api/v3/1003/customer_groups?limit=100&responseFields=total,count,items(id,name)',
    )
  })

  test('a deep link sends its five requests from the page itself, before the app has loaded, and once each', async ({
    page,
  }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await expect(session.app.getByRole('table').getByRole('row')).toHaveCount(101)
    await expectReady(page)
    expect([...session.apiCalls()].sort()).toEqual([
      '/api/v3/1003/customer_groups/9367001',
      '/api/v3/1003/customer_groups?limit=100&responseFields=total,count,items(id,name)',
      '/api/v3/1003/customers?customerGroupIds=9367001&limit=100&sortBy=NAME_ASC&responseFields=total,count,items(id,name,email,stats(numberOfOrders,salesValue))',
      '/api/v3/1003/customers?customerGroupIds=9367001&minOrderCount=1&limit=1&responseFields=total',
      '/api/v3/1003/profile?responseFields=formatsAndUnits(currency,currencyPrecision)',
    ])
    // index.html's inline script sent them: before the entry (which runs once its one chunk, the
    // framework included, is in) had asked for the first screen's chunk.
    const order = session.requests.map((request) => new URL(request.url()).pathname)
    const screens = order.findIndex((path) => /^\/assets\/screens-.*\.js$/.test(path))
    const group = order.indexOf('/api/v3/1003/customer_groups/9367001')
    expect(screens).toBeGreaterThan(-1)
    expect(group).toBeGreaterThan(-1)
    expect(group).toBeLessThan(screens)
  })

  test('a deep link to group 0 shows General', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=0' })
    await expect(session.app.getByRole('heading', { level: 2, name: 'General' })).toBeVisible()
    expect(session.groupCalls(0)).toHaveLength(1)
  })

  test('the field picker changes the request, and a selection already fetched is not asked again', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    const app = session.app
    await expect(app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    const picker = app.getByRole('group', { name: 'Response fields' })

    await picker.getByRole('checkbox', { name: /^externalReferenceId/ }).uncheck()
    await expect(app.getByTestId('request-line')).toHaveText(
      'GET /api/v3/1003/customer_groups/9367001?responseFields=id,name',
    )
    await picker.getByRole('checkbox', { name: /^id/ }).uncheck()
    await expect(app.getByTestId('request-line')).toHaveText(
      'GET /api/v3/1003/customer_groups/9367001?responseFields=name',
    )
    await expect(app.getByTestId('raw-response')).toHaveText('{\n  "name": "VIP"\n}')
    expect(session.groupCalls(9367001)).toContain('/api/v3/1003/customer_groups/9367001?responseFields=name')
    // The last ticked field cannot be unticked.
    await expect(picker.getByRole('checkbox', { name: /^name/ })).toBeDisabled()

    const callsBefore = session.groupCalls(9367001).length
    await picker.getByRole('checkbox', { name: /^id/ }).check()
    await expect(app.getByTestId('request-line')).toHaveText(
      'GET /api/v3/1003/customer_groups/9367001?responseFields=id,name',
    )
    await expect(app.getByTestId('request-outcome')).toContainText('from memory')
    // Anything the tick sent went out at once; a later request proves the wait is over.
    const listRefreshed = page.waitForResponse((response) => response.url().includes('/customer_groups?'))
    await app.getByRole('button', { name: 'Refresh list' }).click()
    await listRefreshed
    expect(session.groupCalls(9367001)).toHaveLength(callsBefore)
  })

  test('choosing a group from the list shows its details', async ({ page }) => {
    const session = await openInControlPanel(page)
    const list = session.app.getByRole('navigation', { name: 'Groups' })
    await expect(list.getByRole('listitem')).toHaveCount(7)
    await list.getByRole('button', { name: /お得意様/ }).click()
    await expect(session.app.getByRole('heading', { level: 2, name: 'お得意様' })).toBeVisible()
    await expect(list.getByRole('button', { name: /お得意様/ })).toHaveAttribute('aria-current', 'true')
  })

  test('switching groups while one loads never shows the stale one', async ({ page }) => {
    const session = await openInControlPanel(page, { latency: '800' })
    const list = session.app.getByRole('navigation', { name: 'Groups' })
    await expect(list.getByRole('listitem')).toHaveCount(7)
    await list.getByRole('button', { name: /^VIP/ }).click()
    await expect(
      session.app.locator('.group-details__status').filter({ hasText: 'Loading customer group 9367001' }),
    ).toBeVisible()
    // VIP's request ends (aborted, or answered late) only after Staff was chosen.
    const vipEnded = Promise.race([
      page.waitForEvent('requestfailed', (request) => request.url().includes('/customer_groups/9367001')),
      page.waitForEvent('requestfinished', (request) => request.url().includes('/customer_groups/9367001')),
    ])
    await list.getByRole('button', { name: /^Staff/ }).click()
    await expect(session.app.getByRole('heading', { level: 2, name: 'Staff' })).toBeVisible()
    await vipEnded
    await expect(session.app.locator('#group-details-title')).toHaveText('Staff')
    await expect(session.app.getByTestId('raw-response')).not.toContainText('VIP')
    // VIP's members, asked for at the same time, never replace Staff's (none).
    await expect(session.app.getByTestId('members-summary')).toHaveText('No customers are in this group yet.')
    await expect(session.app.getByRole('table')).toHaveCount(0)
  })

  test('an invalid deep-linked ID gets an alert and no request', async ({ page }) => {
    for (const rawId of ['-5', '1.5', 'abc', '9007199254740993']) {
      const session = await openInControlPanel(page, { app_state: `groupId=${rawId}` })
      await expect(session.app.locator('.group-details').locator('.error-alert')).toContainText(
        `“${rawId}” is not a valid customer group ID`,
      )
      await expectReady(page)
      expect(session.apiCalls().filter((path) => path.includes('/customer_groups/'))).toEqual([])
    }
  })

  test('the iframe is kept exactly as tall as the app', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367004' })
    await expect(session.app.getByRole('heading', { level: 2, name: /^Wholesale partners/ })).toBeVisible()
    const contentHeight = await session.app
      .locator('#app')
      .evaluate((element) => Math.ceil(element.getBoundingClientRect().height))
    await expect(page.locator('#app-frame')).toHaveAttribute('height', String(contentHeight))
  })

  test('the INLINE view mode drops the page header', async ({ page }) => {
    const session = await openInControlPanel(page, { view_mode: 'INLINE', app_state: 'groupId=0' })
    await expect(session.app.getByRole('heading', { level: 2, name: 'General' })).toBeVisible()
    await expect(session.app.getByRole('heading', { level: 1 })).toHaveCount(0)
  })

  test('Copy as cURL falls back to a selected command where the iframe may not use the clipboard', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await session.app.getByRole('button', { name: 'Copy as cURL' }).click()
    const command = session.app.getByRole('textbox', { name: /Ctrl\+C/ })
    await expect(command).toBeFocused()
    const { value, selected } = await command.evaluate((element: HTMLTextAreaElement) => ({
      value: element.value,
      selected: element.value.slice(element.selectionStart, element.selectionEnd),
    }))
    expect(value).toContain("curl 'http://localhost:4173/api/v3/1003/customer_groups/9367001'")
    expect(value).toContain('Authorization: Bearer secret_ab***cd')
    expect(selected).toBe(value)
  })
})
