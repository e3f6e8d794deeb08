import { expect, test } from '@playwright/test'
import { expectReady, openInControlPanel } from './emulator'

test.describe('what a merchant does with groups', () => {
  test('searching “whole” lists only the matching groups, with one request once typing pauses', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    const list = session.app.getByRole('navigation', { name: 'Groups' })
    await expect(list.getByRole('listitem')).toHaveCount(7)

    await list.getByRole('searchbox', { name: 'Search groups' }).fill('whole')
    await expect(list.locator('.group-list__count')).toHaveText('2 groups match “whole”')
    await expect(list.getByRole('listitem')).toHaveCount(2)
    await expect(list.getByRole('listitem').nth(0)).toContainText('Wholesale partners in the European Union')
    await expect(list.getByRole('listitem').nth(1)).toContainText('Wholesale')
    // Typing sends one search once the merchant pauses, not one per key.
    expect(session.apiCalls().filter((path) => path.includes('keyword='))).toEqual([
      '/api/v3/1003/customer_groups?keyword=whole&limit=100&responseFields=total,count,items(id,name)',
    ])
  })

  test('a search that matches nothing offers to clear it, which lists every group again', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    const list = session.app.getByRole('navigation', { name: 'Groups' })
    await expect(list.getByRole('listitem')).toHaveCount(7)

    await list.getByRole('searchbox', { name: 'Search groups' }).fill('zzz')
    await expect(list).toContainText('No group’s name contains “zzz”.')
    await list.getByRole('button', { name: 'Clear search' }).click()
    await expect(list.getByRole('listitem')).toHaveCount(7)
    await expect(list.getByRole('searchbox', { name: 'Search groups' })).toHaveValue('')
  })

  test('the chosen group stays marked in the list through a search and its clearing', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    const list = session.app.getByRole('navigation', { name: 'Groups' })
    await expect(list.getByRole('button', { name: /^VIP/ })).toHaveAttribute('aria-current', 'true')

    await list.getByRole('searchbox', { name: 'Search groups' }).fill('zzz')
    await expect(list).toContainText('No group’s name contains “zzz”.')
    await list.getByRole('button', { name: 'Clear search' }).click()
    await expect(list.getByRole('listitem')).toHaveCount(7)
    await expect(list.getByRole('button', { name: /^VIP/ })).toHaveAttribute('aria-current', 'true')
  })

  test('a 1,000-group store pages to its last group with the total shown, 100 rows at a time', async ({ page }) => {
    const session = await openInControlPanel(page, { store: 'large' })
    const list = session.app.getByRole('navigation', { name: 'Groups' })
    await expect(list.locator('.group-list__count')).toHaveText('1,000 groups · 1–100 shown')
    await expect(list.getByRole('listitem')).toHaveCount(100)
    await expect(list.getByRole('button', { name: 'Previous' })).toBeDisabled()

    await list.getByRole('button', { name: 'Next' }).click()
    await expect(list.locator('.group-list__count')).toHaveText('1,000 groups · 101–200 shown')
    await list.getByRole('button', { name: 'Last' }).click()
    await expect(list.locator('.group-list__count')).toHaveText('1,000 groups · 901–1,000 shown')
    await expect(list.getByRole('listitem')).toHaveCount(100)
    await expect(list.getByRole('listitem').last()).toContainText('Segment 993')
    await expect(list.getByRole('button', { name: 'Next' })).toBeDisabled()
    expect(session.apiCalls()).toContain(
      '/api/v3/1003/customer_groups?offset=900&limit=100&responseFields=total,count,items(id,name)',
    )

    await list.getByRole('button', { name: /^Segment 993/ }).click()
    await expect(session.app.getByRole('heading', { level: 2, name: 'Segment 993' })).toBeVisible()
    await expect(session.app.getByTestId('members-summary')).toHaveText('No customers are in this group yet.')
    await list.getByRole('button', { name: 'First' }).click()
    await expect(list.locator('.group-list__count')).toHaveText('1,000 groups · 1–100 shown')
  })

  test('VIP shows its 130 members, 100 at first and the rest on Load more, asking only for the columns shown', async ({
    page,
  }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    const members = session.app.getByRole('table')
    await expect(session.app.getByTestId('members-summary')).toHaveText('130 customers in this group')
    await expect(members.getByRole('row')).toHaveCount(101) // the header row and 100 members
    await expect(members.getByRole('row').nth(1)).toContainText('Amelia Anderson')
    await expect(members.getByRole('row').nth(1)).toContainText('amelia.anderson@example.com')
    await expect(session.app.getByText('Showing 100 of 130')).toBeVisible()

    await session.app.getByRole('button', { name: 'Load more' }).click()
    await expect(members.getByRole('row')).toHaveCount(131)
    await expect(session.app.getByRole('button', { name: 'Load more' })).toHaveCount(0)
    // The new rows are brought into view, and focus stays in the table instead of falling to the page.
    await expect(members.getByRole('row').nth(101)).toBeInViewport()
    await expect(session.app.getByRole('region', { name: 'Members table, scrollable' })).toBeFocused()
    expect(session.apiCalls().filter((path) => path.includes('/customers?') && path.includes('items('))).toEqual([
      '/api/v3/1003/customers?customerGroupIds=9367001&limit=100&sortBy=NAME_ASC&responseFields=total,count,items(id,name,email,stats(numberOfOrders,salesValue))',
      '/api/v3/1003/customers?customerGroupIds=9367001&offset=100&limit=100&sortBy=NAME_ASC&responseFields=total,count,items(id,name,email,stats(numberOfOrders,salesValue))',
    ])
  })

  test('an empty group says so, General lists its members, and names in any script show as written', async ({
    page,
  }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367005' })
    await expect(session.app.getByTestId('members-summary')).toHaveText('No customers are in this group yet.')

    const list = session.app.getByRole('navigation', { name: 'Groups' })
    await list.getByRole('button', { name: /^General/ }).click()
    await expect(session.app.getByTestId('members-summary')).toHaveText('12 customers in this group')
    await expect(session.app.getByRole('row', { name: /orders\.only@example\.com/ })).toContainText('—')

    await list.getByRole('button', { name: /^お得意様/ }).click()
    await expect(session.app.getByRole('cell', { name: '山田 太郎' })).toBeVisible()
    await list.getByRole('button', { name: /^Großhändler/ }).click()
    await expect(session.app.getByRole('cell', { name: 'Jürgen Weiß' })).toBeVisible()
    expect(session.pageErrors).toEqual([])
  })

  test('Copy link round-trips: the copied admin address opens the same group with the same fields', async ({
    page,
  }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await session.app
      .getByRole('group', { name: 'Response fields' })
      .getByRole('checkbox', { name: /^externalReferenceId/ })
      .uncheck()
    await expect(session.app.getByTestId('request-line')).toHaveText(
      'GET /api/v3/1003/customer_groups/9367001?responseFields=id,name',
    )

    // The control panel's iframe may not use the clipboard: the link is shown, selected, below the
    // buttons, which stay where they were.
    const copyLink = session.app.getByRole('button', { name: 'Copy link' })
    await copyLink.click()
    const refresh = await session.app.getByRole('button', { name: 'Refresh', exact: true }).boundingBox()
    expect((await copyLink.boundingBox())?.y).toBe(refresh?.y)
    const shown = session.app.getByRole('textbox', { name: /copy this link/ })
    await expect(shown).toBeFocused()
    const link = await shown.inputValue()
    expect(link).toBe(
      'https://my.ecwid.com/store/1003#app:name=customer-groups-demo&app_state=groupId%3D9367001%26responseFields%3Did%2Cname',
    )

    const reopened = await openInControlPanel(page, {}, new URL(link).hash)
    await expect(reopened.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await expect(reopened.app.getByTestId('request-line')).toHaveText(
      'GET /api/v3/1003/customer_groups/9367001?responseFields=id,name',
    )
    const picker = reopened.app.getByRole('group', { name: 'Response fields' })
    await expect(picker.getByRole('checkbox', { name: /^externalReferenceId/ })).not.toBeChecked()
    await expect(picker.getByRole('checkbox', { name: /^name/ })).toBeChecked()
    await expectReady(page)
  })

  test('a deep link with responseFields the app does not know says which were ignored', async ({ page }) => {
    const session = await openInControlPanel(page, {
      app_state: 'groupId=0&responseFields=name,loyaltyTier,externalReferenceId',
    })
    await expect(session.app.getByRole('note')).toContainText(
      'The link asked for fields this app does not know: loyaltyTier.',
    )
    await expect(session.app.getByTestId('request-line')).toHaveText(
      'GET /api/v3/1003/customer_groups/0?responseFields=name,externalReferenceId',
    )
    // General has no external reference ID: asked for, not returned, and said so.
    await expect(session.app.locator('.field-values__row', { hasText: 'externalReferenceId' })).toContainText(
      'not returned',
    )
  })

  test('works by keyboard alone: search, move with the arrow keys, open with Enter and Space, untick a field', async ({
    page,
  }) => {
    const session = await openInControlPanel(page)
    const app = session.app
    const search = app.getByRole('searchbox', { name: 'Search groups' })
    await expect(app.getByRole('navigation', { name: 'Groups' }).getByRole('listitem')).toHaveCount(7)
    await search.focus()
    await page.keyboard.type('whole')
    await expect(app.getByRole('navigation', { name: 'Groups' }).getByRole('listitem')).toHaveCount(2)

    await page.keyboard.press('Tab')
    await expect(app.getByRole('button', { name: /^Wholesale partners/ })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(app.getByRole('heading', { level: 2, name: /^Wholesale partners/ })).toBeVisible()
    // The list is one tab stop; the arrow keys move within it.
    await page.keyboard.press('ArrowDown')
    await expect(app.getByRole('button', { name: /^Wholesale\s+ID 9367006/ })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(app.getByRole('heading', { level: 2, name: 'Wholesale' })).toBeVisible()
    await expect(app.getByTestId('members-summary')).toHaveText('5 customers in this group')

    // One Tab leaves the list: its other rows are not tab stops.
    await page.keyboard.press('Tab')
    await expect(app.getByRole('button', { name: 'Refresh', exact: true })).toBeFocused()
    const idCheckbox = app.getByRole('checkbox', { name: /^id/ })
    for (
      let presses = 0;
      presses < 30 && !(await idCheckbox.evaluate((element) => element === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab')
    }
    await expect(idCheckbox).toBeFocused()
    await page.keyboard.press('Space')
    await expect(app.getByTestId('request-line')).toHaveText(
      'GET /api/v3/1003/customer_groups/9367006?responseFields=name,externalReferenceId',
    )
  })
})
