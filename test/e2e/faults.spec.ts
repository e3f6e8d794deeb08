import { expect, test } from '@playwright/test'
import { expectReady, openInControlPanel, setFault, type EmulatorSession } from './emulator'

const alerts = (session: EmulatorSession) => session.app.locator('.error-alert')
const vipHeading = (session: EmulatorSession) => session.app.getByRole('heading', { level: 2, name: 'VIP' })

test.describe('faults end in a state a merchant understands', () => {
  test('403 INSUFFICIENT_APP_SCOPE: one alert naming the scope, whose one Retry recovers the whole page once the fault is lifted', async ({
    page,
  }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'missing-scope' })
    await expect(alerts(session)).toHaveCount(1)
    await expect(alerts(session)).toContainText('read_customers')
    // List, group and members all failed, and a single alert says so.
    await expect(session.app.getByTestId('members-summary')).toHaveText('The members could not be loaded.')
    await expect(session.app.getByRole('navigation', { name: 'Groups' })).toContainText(
      'The groups could not be loaded.',
    )
    await expect(session.app.getByRole('button', { name: 'Retry' })).toHaveCount(1)
    expect(session.groupCalls(9367001)).toHaveLength(1)

    await setFault(page, 'none')
    await session.app.getByRole('button', { name: 'Retry' }).click()
    await expect(vipHeading(session)).toBeVisible()
    await expect(session.app.getByTestId('members-summary')).toHaveText('130 customers in this group')
    await expect(
      session.app.getByRole('navigation', { name: 'Groups' }).getByRole('button', { name: /^Wholesale/ }),
    ).toHaveCount(2)
    await expect(alerts(session)).toHaveCount(0)
  })

  test('404 names the missing group, in its own pane, and the heading keeps the name the list knows', async ({
    page,
  }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'group-not-found' })
    await expect(alerts(session)).toHaveCount(1)
    await expect(session.app.locator('.group-details').locator('.error-alert')).toContainText(
      'Customer group 9367001 was not found',
    )
    await expect(vipHeading(session)).toBeVisible()
    expect(session.groupCalls(9367001)).toHaveLength(1)
  })

  test('a bad token says to reopen or reinstall the app, once', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'invalid-token' })
    await expect(alerts(session)).toContainText(/Reopen the app.*reinstall it/)
    await expect(alerts(session)).toHaveCount(1)
  })

  test('402 says the plan lacks customer groups and offers the upgrade through the control panel', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'plan-required' })
    await expect(alerts(session)).toContainText('not available on your current plan')
    await session.app.getByRole('button', { name: 'Upgrade plan' }).click()
    await expect(page.locator('#sdk-log')).toContainText('upgradePlan ["CUSTOMER_GROUPS"]')
  })

  test('429 waits Retry-After twice, then offers Retry, which recovers', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'rate-limited' })
    await expect(
      session.app.locator('.group-details__status').filter({ hasText: 'Loading customer group 9367001…' }),
    ).toBeVisible()
    await expect(alerts(session)).toContainText('Too many requests', { timeout: 10_000 })
    await expect(alerts(session)).toHaveCount(1)
    expect(session.groupCalls(9367001)).toHaveLength(3)
    await setFault(page, 'none')
    await session.app.getByRole('button', { name: 'Retry' }).click()
    await expect(vipHeading(session)).toBeVisible()
  })

  test('500 everywhere is retried twice, then one Retry is offered for the page', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'server-error' })
    await expect(alerts(session)).toContainText('HTTP 500')
    await expect(alerts(session)).toHaveCount(1)
    await expect(session.app.getByRole('button', { name: 'Retry' })).toHaveCount(1)
    expect(session.groupCalls(9367001)).toHaveLength(3)
  })

  test('a network error is retried twice, then one alert offers Retry', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'network-error' })
    await expect(alerts(session)).toContainText('could not be reached')
    await expect(alerts(session)).toHaveCount(1)
    await expect(session.app.getByRole('button', { name: 'Retry' })).toBeVisible()
    expect(session.groupCalls(9367001)).toHaveLength(3)
  })

  test('HTML where JSON was expected is reported with its status and body as plain text, not rendered', async ({
    page,
  }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'html-instead-of-json' })
    await expect(alerts(session)).toContainText('not the expected data')
    await expect(session.app.getByTestId('request-outcome')).toHaveText('200')
    await expect(session.app.getByTestId('raw-response')).toHaveText(
      '<!doctype html><title>Maintenance</title><h1>Back soon</h1>',
    )
    await expect(session.app.getByRole('heading', { name: 'Back soon' })).toHaveCount(0)
  })

  test('a failed Refresh keeps VIP on screen, marked with when it was fetched, under an alert', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    await expect(vipHeading(session)).toBeVisible()
    await expect(session.app.getByTestId('members-summary')).toHaveText('130 customers in this group')
    await setFault(page, 'server-error')
    await session.app.getByRole('button', { name: 'Refresh', exact: true }).click()
    await expect(alerts(session)).toContainText('HTTP 500')
    await expect(alerts(session)).toHaveCount(1)
    await expect(vipHeading(session)).toBeVisible()
    await expect(session.app.locator('.field-values')).toContainText('ERP-VIP-01')
    await expect(session.app.getByText(/Showing the answer fetched at \d/)).toBeVisible()
    // The members stay too, marked as well.
    await expect(session.app.getByRole('cell', { name: 'Amelia Anderson' })).toBeVisible()
    await expect(session.app.getByText('Showing the members loaded before; asking again failed.')).toBeVisible()
    await expect(session.app.getByTestId('request-outcome')).toHaveText('500')
    // The raw view agrees with the rows: the kept answer, not a mix of old rows and a new error body.
    await expect(session.app.getByTestId('raw-response')).toContainText('"externalReferenceId": "ERP-VIP-01"')
  })

  test('latency shows a loading state that does not move the layout', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', latency: '1500' })
    const picker = session.app.getByRole('group', { name: 'Response fields' })
    await expect(
      session.app.locator('.group-details__status').filter({ hasText: 'Loading customer group 9367001…' }),
    ).toBeVisible()
    await expectReady(page)
    const raw = session.app.getByTestId('raw-response')
    const whileLoading = { picker: await picker.boundingBox(), raw: await raw.boundingBox() }
    await expect(vipHeading(session)).toBeVisible()
    await expect(session.app.getByTestId('members-summary')).toHaveText('130 customers in this group')
    // The members table is taller than its placeholders, so the API view below moves with it once;
    // inside the API view, three placeholder rows stand where the three fields arrive.
    const picked = await picker.boundingBox()
    const rawNow = await raw.boundingBox()
    expect(rawNow!.y - picked!.y).toBe(whileLoading.raw!.y - whileLoading.picker!.y)
  })

  test('every fault leaves the page without an uncaught error', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'server-error' })
    await expect(alerts(session)).toBeVisible()
    expect(session.pageErrors).toEqual([])
  })
})
