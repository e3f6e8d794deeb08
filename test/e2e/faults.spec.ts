import { expect, test } from '@playwright/test'
import { expectReady, openInControlPanel, setFault } from './emulator'

const detailsAlert = (session: Awaited<ReturnType<typeof openInControlPanel>>) => session.app.locator('.group-details').getByRole('alert')

test.describe('faults end in a state a merchant understands', () => {
  test('403 INSUFFICIENT_APP_SCOPE names the read_customers scope', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'missing-scope' })
    await expect(detailsAlert(session)).toContainText('read_customers')
    await expect(detailsAlert(session).getByRole('button', { name: 'Retry' })).toHaveCount(0)
    expect(session.groupCalls(9367001)).toHaveLength(1)
  })

  test('404 names the missing group', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'group-not-found' })
    await expect(detailsAlert(session)).toContainText('Customer group 9367001 was not found')
    expect(session.groupCalls(9367001)).toHaveLength(1)
  })

  test('a bad token says to reopen or reinstall the app', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'invalid-token' })
    await expect(detailsAlert(session)).toContainText(/Reopen the app.*reinstall it/)
  })

  test('402 says the plan lacks customer groups', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'plan-required' })
    await expect(detailsAlert(session)).toContainText('not available on your current plan')
  })

  test('429 waits Retry-After twice, then offers Retry, which recovers', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'rate-limited' })
    await expect(session.app.getByRole('status').filter({ hasText: 'Loading customer group 9367001…' })).toBeVisible()
    await expect(detailsAlert(session)).toContainText('Too many requests', { timeout: 10_000 })
    expect(session.groupCalls(9367001)).toHaveLength(3)
    await setFault(page, 'none')
    await detailsAlert(session).getByRole('button', { name: 'Retry' }).click()
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
  })

  test('500 is retried twice, then Retry is offered', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'server-error' })
    await expect(detailsAlert(session)).toContainText('HTTP 500')
    await expect(detailsAlert(session).getByRole('button', { name: 'Retry' })).toBeVisible()
    expect(session.groupCalls(9367001)).toHaveLength(3)
  })

  test('a network error is retried twice, then Retry is offered', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'network-error' })
    await expect(detailsAlert(session)).toContainText('could not be reached')
    await expect(detailsAlert(session).getByRole('button', { name: 'Retry' })).toBeVisible()
    expect(session.groupCalls(9367001)).toHaveLength(3)
    // The list failed the same way and says so in its own panel.
    await expect(session.app.getByRole('navigation', { name: 'Groups' }).getByRole('alert')).toBeVisible()
  })

  test('HTML where JSON was expected is reported, not rendered', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'html-instead-of-json' })
    await expect(detailsAlert(session)).toContainText('not the expected data')
    await expect(session.app.locator('body')).not.toContainText('Back soon')
  })

  test('latency shows a loading state that does not move the layout', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', latency: '1500' })
    const picker = session.app.getByRole('group', { name: 'Response fields' })
    await expect(session.app.getByRole('status').filter({ hasText: 'Loading customer group 9367001…' })).toBeVisible()
    await expectReady(page)
    const raw = session.app.getByTestId('raw-response')
    const whileLoading = { picker: await picker.boundingBox(), raw: await raw.boundingBox() }
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    expect(await picker.boundingBox()).toEqual(whileLoading.picker)
    // Three placeholder rows stand where the three fields arrive: the raw answer stays put too.
    expect((await raw.boundingBox())?.y).toBe(whileLoading.raw?.y)
  })

  test('every fault leaves the page without an uncaught error', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'server-error' })
    await expect(detailsAlert(session)).toBeVisible()
    expect(session.pageErrors).toEqual([])
  })
})
