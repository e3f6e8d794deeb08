import { expect, test, type Page } from '@playwright/test'
import { expectOnlyTheEarlyRequests, expectReady, openInControlPanel, setFault } from './emulator'

test.describe('rate limits a merchant understands (the API is cross-origin, as Ecwid’s is)', () => {
  test('with Retry-After hidden by CORS, it retries after 2 s and 4 s, counting down, then offers Retry', async ({
    page,
  }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'rate-limited' })
    const countdown = session.app.getByText(/^The store’s server asked us to slow down — trying again in \d s$/)
    await expect(countdown).toBeVisible()
    await expect(session.app.getByText('trying again in 4 s')).toBeVisible({ timeout: 5000 })
    await expect(session.app.locator('.error-alert')).toContainText('Too many requests', { timeout: 10_000 })
    await expect(countdown).toHaveCount(0)
    // Two automatic retries, never more.
    expect(session.groupCalls(9367001)).toHaveLength(3)
  })

  test('with Retry-After exposed, it waits exactly what the server asked', async ({ page }) => {
    // When each attempt left: the countdown itself shows for 1 s only, too briefly to assert on a
    // busy machine; the gaps between attempts are what the server asked for.
    const attemptTimes: number[] = []
    page.on('request', (request) => {
      if (request.method() === 'GET' && /\/customer_groups\/9367001(\?|$)/.test(request.url()))
        attemptTimes.push(Date.now())
    })
    const session = await openInControlPanel(page, {
      app_state: 'groupId=9367001',
      failure: 'rate-limited',
      retry_after: 'exposed',
    })
    await expect(session.app.locator('.error-alert')).toContainText('Too many requests', { timeout: 5000 })
    expect(session.groupCalls(9367001)).toHaveLength(3)
    const gaps = attemptTimes.slice(1).map((time, index) => time - attemptTimes[index]!)
    // Retry-After: 1, not the 2 s and 4 s the app waits when it cannot read the header (the events
    // that time them arrive with some jitter).
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(800)
    for (const gap of gaps) expect(gap).toBeLessThan(1900)
  })

  test('a readable Retry-After of 120 s is not waited out: the message names the wait', async ({ page }) => {
    const session = await openInControlPanel(page, {
      app_state: 'groupId=9367001',
      failure: 'rate-limited-long',
      retry_after: 'exposed',
    })
    await expect(session.app.locator('.error-alert')).toContainText('wait 120 s')
    expect(session.groupCalls(9367001)).toHaveLength(1)
  })

  test('the merchant can stop the countdown: no more tries, the failure stands with Retry', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'rate-limited' })
    await session.app.getByRole('button', { name: 'Stop trying' }).click()
    await expect(session.app.locator('.error-alert')).toContainText('Too many requests')
    await expect(session.app.getByRole('button', { name: 'Stop trying' })).toHaveCount(0)
    await expect(session.app.getByRole('button', { name: 'Retry' })).toBeVisible()
    expect(session.groupCalls(9367001)).toHaveLength(1)
  })

  test('after the countdown was stopped, Retry recovers the page once the limit has passed', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'rate-limited' })
    await session.app.getByRole('button', { name: 'Stop trying' }).click()
    await expect(session.app.locator('.error-alert')).toContainText('Too many requests')
    await setFault(page, 'none')
    await session.app.getByRole('button', { name: 'Retry' }).click()
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await expect(session.app.getByTestId('members-summary')).toHaveText('130 customers in this group')
  })
})

test.describe('going offline', () => {
  test('a list refresh while offline says there is no connection, counting down to the next try', async ({ page }) => {
    const session = await openInControlPanel(page)
    const groups = session.app.getByRole('navigation', { name: 'Groups' })
    await expect(groups).toContainText('7 groups')
    await page.context().setOffline(true)
    await groups.getByRole('button', { name: 'Refresh list' }).click()
    // The second automatic try waits 1.5 s: long enough to be counted down.
    await session.app.getByText(/^The store’s server could not be reached — trying again in \d s$/).waitFor()
    const alert = groups.locator('.error-alert')
    await expect(alert).toContainText('No connection')
    await expect(alert).toContainText(
      'The store’s server could not be reached. Check your internet connection, then retry.',
    )
    expect(session.console.map((message) => message.text())).not.toContainEqual(
      expect.stringContaining('unexpected error'),
    )
  })

  test('back online, Retry brings the list back', async ({ page }) => {
    const session = await openInControlPanel(page)
    const groups = session.app.getByRole('navigation', { name: 'Groups' })
    await expect(groups).toContainText('7 groups')
    await page.context().setOffline(true)
    await groups.getByRole('button', { name: 'Refresh list' }).click()
    await expect(groups.locator('.error-alert')).toContainText('No connection')

    await page.context().setOffline(false)
    const listAnswered = page.waitForResponse((response) => /\/customer_groups\?/.test(response.url()))
    await groups.getByRole('button', { name: 'Retry' }).click()
    expect((await listAnswered).status()).toBe(200)
    await expect(groups.locator('.error-alert')).toHaveCount(0)
    await expect(groups).toContainText('7 groups')
    await expect(groups.getByRole('button', { name: /^Staff/ })).toBeVisible()
    expect(session.console.map((message) => message.text())).not.toContainEqual(
      expect.stringContaining('unexpected error'),
    )
  })
})

test.describe('nothing hangs for ever', () => {
  test('an SDK that never arrives: a readable page with Try again, and ready reaches the control panel within 10 s', async ({
    page,
  }) => {
    const started = Date.now()
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'sdk-hangs' })
    await expect(session.app.getByRole('heading', { level: 1 })).toHaveText(
      'The connection to your store admin could not load',
      { timeout: 10_000 },
    )
    await expectReady(page)
    expect(Date.now() - started).toBeLessThan(10_000)
    await expect(page.locator('#sdk-log')).toContainText('setSize {"height":')
    await expect(session.app.getByRole('button', { name: 'Try again' })).toBeVisible()
    expectOnlyTheEarlyRequests(session)
    expect(session.pageErrors).toEqual([])
  })

  /** The app gives up on an SDK that never arrives; then the fault lifts and the held SDK arrives, late. */
  async function openAndLetTheSdkInLate(page: Page) {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'sdk-hangs' })
    await expect(session.app.getByRole('heading', { level: 1 })).toHaveText(
      'The connection to your store admin could not load',
      { timeout: 10_000 },
    )
    const lateSdk = page.waitForEvent('requestfinished', (request) => request.url().endsWith('/ecwid-app.js'))
    await setFault(page, 'none')
    await lateSdk
    return session
  }

  test('an SDK that arrives after the app gave up makes no second app', async ({ page }) => {
    const session = await openAndLetTheSdkInLate(page)
    await expect(session.app.getByRole('heading', { level: 1 })).toHaveText(
      'The connection to your store admin could not load',
    )
    await expect(session.app.getByRole('heading', { level: 2 })).toHaveCount(0)
    expectOnlyTheEarlyRequests(session)
    await expect(page.locator('#sdk-log li', { hasText: 'ready {}' })).toHaveCount(1)
  })

  test('once the SDK can arrive, Try again starts the app', async ({ page }) => {
    const session = await openAndLetTheSdkInLate(page)
    await session.app.getByRole('button', { name: 'Try again' }).click()
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await expect(page.locator('#sdk-log li', { hasText: 'ready {}' })).toHaveCount(2)
  })

  test('a stylesheet that never arrives does not hold the first render: the app works with its own styles within 10 s', async ({
    page,
  }) => {
    const started = Date.now()
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'css-hangs' })
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible({ timeout: 10_000 })
    await expectReady(page)
    expect(Date.now() - started).toBeLessThan(10_000)
    // The fallback styles are in force: cards are white on the page's grey.
    await expect(session.app.getByRole('navigation', { name: 'Groups' })).toHaveCSS(
      'background-color',
      'rgb(255, 255, 255)',
    )
  })
})

test.describe('hostile input stays in its box', () => {
  const widerThanFrame = (page: import('@playwright/test').Page) =>
    page
      .frame({ url: /127\.0\.0\.1/ })!
      .evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

  test('a 400-character invalid ID in a deep link wraps instead of widening the page', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: `groupId=${'x'.repeat(400)}` })
    await expect(
      session.app.locator('.error-alert').filter({ hasText: 'is not a valid customer group ID' }),
    ).toBeVisible()
    expect(await widerThanFrame(page)).toBe(0)
  })

  test('a 400-character unknown field name in a deep link wraps too', async ({ page }) => {
    const session = await openInControlPanel(page, {
      app_state: `groupId=9367001&responseFields=name,${'y'.repeat(400)}`,
    })
    await expect(session.app.getByRole('note')).toContainText('yyyy')
    expect(await widerThanFrame(page)).toBe(0)
  })

  test('at 320 px, the copy boxes for the link and the cURL command stay inside the frame', async ({ page }) => {
    const session = await openInControlPanel(page, { view_mode: 'INLINE', app_state: 'groupId=9367001' })
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await page.evaluate(() => (document.getElementById('app-frame')!.style.width = '320px'))
    await session.app.getByRole('button', { name: 'Copy link' }).click()
    await session.app.getByRole('button', { name: 'Copy as cURL' }).click()
    await expect(session.app.getByRole('textbox')).toHaveCount(2)
    expect(await widerThanFrame(page)).toBe(0)
  })
})
