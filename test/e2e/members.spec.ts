import { readFile } from 'node:fs/promises'
import { expect, test, type FrameLocator, type Page } from '@playwright/test'
import {
  LARGE_GROUP_ID,
  LARGE_GROUP_MEMBER_COUNT,
  LARGE_GROUP_NAME,
  VIP_BIGGEST_SPENDER,
  VIP_MEMBERS_WITH_ORDERS,
  demoCustomers,
} from '../../dev/demo-store'
import { expectReady, openInControlPanel } from './emulator'

const VIP = 9367001

/** The members' rows, header row left out. */
const memberRows = (app: FrameLocator) =>
  app.getByRole('region', { name: 'Members table, scrollable' }).locator('tbody tr')
const columnHeaders = (app: FrameLocator) =>
  app.getByRole('region', { name: 'Members table, scrollable' }).getByRole('columnheader')

/** The members pages asked for (not the count of members who ordered). */
function memberPages(calls: string[]): URLSearchParams[] {
  return calls
    .filter((path) => path.startsWith('/api/v3/1003/customers?') && path.includes('items('))
    .map((path) => new URL(path, 'http://localhost').searchParams)
}

test.describe('the members of a group, as a merchant works with them', () => {
  test('sorting by total spent puts VIP’s biggest spender first, in the store’s currency, by mouse and by keyboard', async ({
    page,
  }) => {
    const session = await openInControlPanel(page, { app_state: `groupId=${VIP}` })
    const app = session.app
    await expect(memberRows(app)).toHaveCount(100)
    const totalSpent = app.getByRole('columnheader', { name: 'Total spent' })
    await expect(totalSpent).not.toHaveAttribute('aria-sort')
    await expect(app.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending')

    await totalSpent.getByRole('button').click()
    await expect(totalSpent).toHaveAttribute('aria-sort', 'descending')
    const first = memberRows(app).first()
    await expect(first).toContainText(VIP_BIGGEST_SPENDER.name)
    // The emulated store sells in euros; English writes them €12,034.76.
    await expect(first).toContainText('€12,034.76')
    expect(memberPages(session.apiCalls()).at(-1)?.get('sortBy')).toBe('SALES_VALUE_DESC')

    // Enter on the focused heading turns the order round: the smallest spender comes first.
    await totalSpent.getByRole('button').press('Enter')
    await expect(totalSpent).toHaveAttribute('aria-sort', 'ascending')
    await expect(first).not.toContainText(VIP_BIGGEST_SPENDER.name)
    expect(memberPages(session.apiCalls()).at(-1)?.get('sortBy')).toBe('SALES_VALUE_ASC')
  })

  test('a search within the group narrows the rows, with one request once typing pauses', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: `groupId=${VIP}` })
    const app = session.app
    await expect(memberRows(app)).toHaveCount(100)
    const expected = demoCustomers.filter(
      (customer) =>
        customer.customerGroupId === VIP && `${customer.name} ${customer.email}`.toLowerCase().includes('oli'),
    )
    expect(expected.length).toBeGreaterThan(1)

    await app.getByRole('searchbox', { name: 'Search members' }).pressSequentially('oli', { delay: 30 })
    await expect(app.getByTestId('members-summary')).toHaveText(`${expected.length} members match “oli”`)
    await expect(memberRows(app)).toHaveCount(expected.length)
    for (const row of await memberRows(app).all()) await expect(row).toContainText(/oli/i)
    expect(memberPages(session.apiCalls()).filter((query) => query.has('keyword'))).toHaveLength(1)

    await app.getByRole('searchbox', { name: 'Search members' }).fill('zzz')
    await expect(app.getByTestId('members-summary')).toHaveText('No member’s name or email contains “zzz”.')
    await app.getByRole('button', { name: 'Clear search' }).click()
    await expect(memberRows(app)).toHaveCount(100)
  })

  /** VIP's members with Last order ticked and Email unticked in the column picker, left open. */
  async function vipWithLastOrderForEmail(page: Page) {
    const session = await openInControlPanel(page, { app_state: `groupId=${VIP}` })
    const app = session.app
    await expect(memberRows(app)).toHaveCount(100)
    await expect(columnHeaders(app)).toHaveText(['Name', 'Email', 'Orders', 'Total spent'])
    await app.getByText(/^Columns \(/).click()
    const picker = app.getByRole('group', { name: 'Columns' })
    await picker.getByRole('checkbox', { name: 'Last order' }).check()
    await picker.getByRole('checkbox', { name: 'Email' }).uncheck()
    await expect(columnHeaders(app)).toHaveText(['Name', 'Orders', 'Total spent', 'Last order'])
    return session
  }
  const LAST_ORDER_FIELDS = 'total,count,items(id,name,stats(numberOfOrders,salesValue,lastOrderDate))'

  test('the column picker drives the members request’s responseFields', async ({ page }) => {
    const session = await vipWithLastOrderForEmail(page)
    const app = session.app
    await expect(app.getByTestId('members-response-fields')).toHaveText(LAST_ORDER_FIELDS)
    // Ticking Last order asked for it; unticking Email asked for nothing.
    await expect
      .poll(() => memberPages(session.apiCalls()).map((query) => query.get('responseFields')))
      .toEqual([
        'total,count,items(id,name,email,stats(numberOfOrders,salesValue))',
        'total,count,items(id,name,email,stats(numberOfOrders,salesValue,lastOrderDate))',
      ])
    // A customer who never ordered has no last order: a dash, not a wrong date.
    await expect(memberRows(app).first()).toContainText(/\w{3} \d{1,2}, \d{4}|—/)
  })

  test('the columns chosen stay when another group is chosen', async ({ page }) => {
    const session = await vipWithLastOrderForEmail(page)
    const app = session.app
    await page.keyboard.press('Escape')
    await app
      .getByRole('navigation', { name: 'Groups' })
      .getByRole('button', { name: /^Wholesale\b/ })
      .last()
      .click()
    await expect(app.getByRole('heading', { level: 2, name: 'Wholesale' })).toBeVisible()
    await expect(columnHeaders(app)).toHaveText(['Name', 'Orders', 'Total spent', 'Last order'])
    expect(memberPages(session.apiCalls()).at(-1)?.get('responseFields')).toBe(LAST_ORDER_FIELDS)
  })

  test('the columns chosen go into Copy link', async ({ page }) => {
    const { app } = await vipWithLastOrderForEmail(page)
    await page.keyboard.press('Escape')
    // The frame may not use the clipboard here: the link is shown to copy by hand.
    await app.getByRole('button', { name: 'Copy link' }).click()
    const link = await app.getByRole('textbox', { name: /copy this link/ }).inputValue()
    expect(decodeURIComponent(link.split('app_state=')[1] ?? '')).toBe(
      `groupId=${VIP}&columns=name,orders,totalSpent,lastOrder`,
    )
  })

  test('the summary counts VIP’s members who have ordered, and adds up the group’s sales on request', async ({
    page,
  }) => {
    const session = await openInControlPanel(page, { app_state: `groupId=${VIP}` })
    const app = session.app
    await expect(app.getByTestId('members-with-orders')).toHaveText(`${VIP_MEMBERS_WITH_ORDERS} have ordered`)
    expect(session.apiCalls()).toContain(
      `/api/v3/1003/customers?customerGroupIds=${VIP}&minOrderCount=1&limit=1&responseFields=total`,
    )
    const vip = demoCustomers.filter((customer) => customer.customerGroupId === VIP)
    const cents = vip.reduce((sum, customer) => sum + Math.round(customer.stats.salesValue * 100), 0)
    const euros = (value: number) =>
      new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(value)

    await app.getByRole('button', { name: 'Add up sales' }).click()
    await expect(app.getByTestId('group-sales')).toHaveText(`Total sales ${euros(cents / 100)}`)
    await expect(app.getByRole('group', { name: 'Summary' })).toContainText(
      `Average per member ${euros(cents / 100 / vip.length)}`,
    )
  })

  test('without read_store_profile the app still works, shows plain amounts and says why', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: `groupId=${VIP}`, failure: 'missing-profile-scope' })
    const app = session.app
    await expect(memberRows(app)).toHaveCount(100)
    await expect(app.getByTestId('currency-note')).toHaveText(
      'Amounts are plain numbers: the app may not read the store’s currency without the read_store_profile permission.',
    )
    await expect(memberRows(app).first().locator('td').last()).toHaveText(/^\d{1,3}(,\d{3})*\.\d{2}$/)
    await expect(app.locator('body')).not.toContainText('€')
    // Only the note: the page has no alert, and the rest of the screen is whole.
    await expect(app.getByRole('alert')).toHaveCount(0)
    await expect(app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await expectReady(page)
  })
})

test.describe('exporting members to CSV', () => {
  test('the 10,000-member group exports every member once, in a file checked against the total, while the progress bar moves', async ({
    page,
  }) => {
    test.setTimeout(90_000)
    const session = await openInControlPanel(page, {
      app_state: `groupId=${LARGE_GROUP_ID}`,
      store: 'large',
      latency: '40',
    })
    const app = session.app
    await expect(app.getByTestId('members-summary')).toHaveText('10,000 customers in this group')

    const download = page.waitForEvent('download', { timeout: 60_000 })
    await app.getByRole('button', { name: 'Export CSV' }).click()
    const progress = app.getByRole('progressbar', { name: 'Exporting members' })
    await expect(progress).toBeVisible()
    // The bar moves: it is seen part of the way, before the end.
    await expect
      .poll(async () => Number(await progress.getAttribute('value').catch(() => '0')), { intervals: [50] })
      .toBeGreaterThan(0)
    const seen = Number(await progress.getAttribute('value').catch(() => String(LARGE_GROUP_MEMBER_COUNT)))
    expect(seen).toBeLessThan(LARGE_GROUP_MEMBER_COUNT)

    const file = await download
    const fileName = file.suggestedFilename()
    expect(fileName).toMatch(new RegExp(`^${LARGE_GROUP_NAME}-\\d{4}-\\d{2}-\\d{2}\\.csv$`))
    const text = await readFile((await file.path())!, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const lines = text.slice(1).split('\r\n')
    expect(lines.pop()).toBe('') // every record ends with CRLF, the last too
    expect(lines[0]).toBe('Name,Email,Orders,Total spent')
    expect(lines).toHaveLength(LARGE_GROUP_MEMBER_COUNT + 1)
    expect(new Set(lines.slice(1).map((line) => line.split(',')[1])).size).toBe(LARGE_GROUP_MEMBER_COUNT)
    await expect(app.getByTestId('export-result')).toHaveText(`${fileName}: 10,000 members exported.`)
    await expect(app.getByRole('alert')).toHaveCount(0)
    // Pages of 100, none asked twice, none answered 429.
    const pages = memberPages(session.apiCalls()).filter(
      (query) => query.get('customerGroupIds') === String(LARGE_GROUP_ID),
    )
    const offsets = pages.slice(1).map((query) => Number(query.get('offset') ?? 0))
    expect(new Set(offsets).size).toBe(offsets.length)
    expect(offsets).toHaveLength(100)
  })

  test('Stop ends an export at once: no file, no further requests, and the count it reached', async ({ page }) => {
    const session = await openInControlPanel(page, {
      app_state: `groupId=${LARGE_GROUP_ID}`,
      store: 'large',
      latency: '150',
    })
    const app = session.app
    await expect(app.getByTestId('members-summary')).toHaveText('10,000 customers in this group')
    let downloads = 0
    page.on('download', () => downloads++)

    await app.getByRole('button', { name: 'Export CSV' }).click()
    const progress = app.getByRole('progressbar', { name: 'Exporting members' })
    await expect.poll(async () => Number((await progress.getAttribute('value')) ?? 0)).toBeGreaterThan(0)
    await app.getByRole('button', { name: 'Stop' }).click()
    await expect(app.getByText(/^Export stopped at [\d,]+ of 10,000 members: no file was made\.$/)).toBeVisible()
    await expect(progress).toHaveCount(0)
    const asked = session.apiCalls().length
    // Longer than a page takes to answer: anything still running would have asked again by now.
    await expect(app.getByRole('button', { name: 'Export CSV' })).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(session.apiCalls().length).toBe(asked)
    expect(downloads).toBe(0)
  })
})
