import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults } from 'axe-core'
import { expect, test, type Frame, type Page } from '@playwright/test'
import { expectReady, openInControlPanel, setFault, type EmulatorSession } from './emulator'
import { messagesIn } from './messages'

/**
 * WCAG 2.2 AA, checked by axe-core inside the app's frame on every screen a merchant can reach.
 * No rule is disabled: a violation here is something to fix in the app.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** The app's frame: cross-origin to the control panel, under the app's CSP and Trusted Types. */
function appFrame(page: Page): Frame {
  const frame = page.frame({ url: /^http:\/\/127\.0\.0\.1:4173\// })
  if (!frame) throw new Error('The app frame (http://127.0.0.1:4173) is not open')
  return frame
}

interface Violation {
  id: string
  impact: string | null | undefined
  help: string
  nodes: { target: string; html: string; summary: string }[]
}

/**
 * Injects axe-core into the app's frame and runs it on the whole document. The app's CSP has no
 * 'unsafe-inline' or 'unsafe-eval' and requires Trusted Types, so an inline <script> or eval from
 * the page would be refused; Playwright's evaluate goes through the DevTools protocol, which the
 * page's policy does not govern.
 */
async function axeViolations(page: Page): Promise<Violation[]> {
  const frame = appFrame(page)
  await frame.evaluate(`${AXE_SOURCE}\n;0`)
  return frame.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe
    const results = await axe.run(document, { runOnly: tags, resultTypes: ['violations'] })
    // A run that checked nothing would pass vacuously.
    if (results.passes.length === 0) throw new Error('axe ran no rule that passed: did it see the page?')
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' '),
        html: node.html,
        summary: node.failureSummary ?? '',
      })),
    }))
  }, TAGS)
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes
          .map((node) => `  - ${node.target}\n    ${node.html}\n    ${node.summary.replace(/\n/g, '\n    ')}`)
          .join('\n'),
    )
    .join('\n')
}

async function expectNoViolations(page: Page) {
  const violations = await axeViolations(page)
  expect(violations, `axe found violations in the app frame:\n${describeViolations(violations)}`).toEqual([])
}

const groupList = (session: EmulatorSession) => session.app.getByRole('navigation')
const vipHeading = (session: EmulatorSession) => session.app.getByRole('heading', { level: 2, name: 'VIP' })

test.describe('axe in the app frame', () => {
  test('axe-core can be injected into the app frame despite its CSP and Trusted Types', async ({ page }) => {
    const session = await openInControlPanel(page)
    await expect(groupList(session).getByRole('listitem')).toHaveCount(7)
    const frame = appFrame(page)
    await frame.evaluate(() => {
      const seen: string[] = []
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective))
      ;(window as unknown as { policyViolations: string[] }).policyViolations = seen
    })
    await frame.evaluate(`${AXE_SOURCE}\n;0`)
    expect(await frame.evaluate(() => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run)).toBe(
      'function',
    )
    // The policy is still in force for the page's own scripts: the injection did not switch it off.
    expect(
      await frame.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>'
          return 'accepted'
        } catch {
          return 'refused'
        }
      }),
    ).toBe('refused')
    // Violation reports arrive as tasks, in the order of the violations: once the refusal's is in,
    // any the injection caused would be in before it.
    const violationsSeen = () =>
      frame.evaluate(() => [...(window as unknown as { policyViolations: string[] }).policyViolations])
    await expect.poll(violationsSeen).toContain('require-trusted-types-for')
    expect(await violationsSeen()).toEqual(['require-trusted-types-for'])
  })
})

// Every screen, in English and in German (longer words, other plural and number rules).
for (const locale of ['en', 'de'] as const) {
  const { t } = messagesIn(locale)
  const open = (page: Page, settings: Record<string, string> = {}) =>
    openInControlPanel(page, { lang: locale, ...settings })

  test.describe(`[${locale}] accessible to everyone: axe finds no WCAG 2.2 AA or best-practice violation`, () => {
    test('the group list with no group chosen', async ({ page }) => {
      const session = await open(page)
      await expect(groupList(session).getByRole('listitem')).toHaveCount(7)
      await expectReady(page)
      await expectNoViolations(page)
    })

    test('search results for “whole”', async ({ page }) => {
      const session = await open(page)
      await expect(groupList(session).getByRole('listitem')).toHaveCount(7)
      await groupList(session)
        .getByRole('searchbox', { name: t('list.searchLabel') })
        .fill('whole')
      await expect(groupList(session).locator('.group-list__count')).toHaveText(
        t('list.matches', { count: 2, keyword: 'whole' }),
      )
      await expect(groupList(session).getByRole('listitem')).toHaveCount(2)
      await expectNoViolations(page)
    })

    test('a search that matches nothing (“zzz”)', async ({ page }) => {
      const session = await open(page)
      await expect(groupList(session).getByRole('listitem')).toHaveCount(7)
      await groupList(session)
        .getByRole('searchbox', { name: t('list.searchLabel') })
        .fill('zzz')
      await expect(groupList(session)).toContainText(t('list.noMatch', { keyword: 'zzz' }))
      await expect(groupList(session).getByRole('button', { name: t('list.clearSearch') })).toBeVisible()
      await expectNoViolations(page)
    })

    test('VIP’s members sorted by total spent, searched, the column picker open, sales added up and exported', async ({
      page,
    }) => {
      const session = await open(page, { app_state: 'groupId=9367001' })
      const app = session.app
      await expect(app.getByTestId('members-summary')).toHaveText(t('members.count', { count: 130 }))
      const totalSpent = app.getByRole('columnheader', { name: t('column.totalSpent') })
      await totalSpent.getByRole('button').click()
      await expect(totalSpent).toHaveAttribute('aria-sort', 'descending')
      await app.getByRole('searchbox', { name: t('members.searchLabel') }).fill('oli')
      await expect(app.getByTestId('members-summary')).toHaveText(t('members.matches', { count: 8, keyword: 'oli' }))
      await app.getByRole('button', { name: t('summary.sumSales') }).click()
      await expect(app.getByTestId('group-sales')).toBeVisible()
      await app.getByRole('button', { name: t('export.buttonMatches') }).click()
      await expect(app.getByTestId('export-result')).toBeVisible()
      await app.getByText(new RegExp(`^${t('columns.legend')} \\(`)).click()
      await expect(app.getByRole('group', { name: t('columns.legend') })).toBeVisible()
      await expectNoViolations(page)
    })

    test('the 10,000-member group while it exports, its progress bar and Stop', async ({ page }) => {
      const session = await open(page, { app_state: 'groupId=9400001', store: 'large', latency: '150' })
      const app = session.app
      await expect(app.getByTestId('members-summary')).toHaveText(t('members.count', { count: 10_000 }))
      await app.getByRole('button', { name: t('export.button') }).click()
      await expect(app.getByRole('progressbar', { name: t('export.progressLabel') })).toBeVisible()
      await expectNoViolations(page)
      await app.getByRole('button', { name: t('export.stop') }).click()
      await expect(app.getByRole('button', { name: t('export.button') })).toBeVisible()
      await expectNoViolations(page)
    })

    test('amounts without read_store_profile: plain numbers and the note that says why', async ({ page }) => {
      const session = await open(page, { app_state: 'groupId=9367001', failure: 'missing-profile-scope' })
      await expect(session.app.getByTestId('currency-note')).toHaveText(t('currency.missingScope'))
      await expectReady(page)
      await expectNoViolations(page)
    })

    test('VIP’s details: members, the field picker, the request line and the raw JSON', async ({ page }) => {
      const session = await open(page, { app_state: 'groupId=9367001' })
      await expect(vipHeading(session)).toBeVisible()
      await expect(session.app.getByTestId('members-summary')).toHaveText(t('members.count', { count: 130 }))
      await expect(session.app.getByRole('table').getByRole('row')).toHaveCount(101)
      await expect(session.app.getByRole('group', { name: t('picker.legend') })).toBeVisible()
      await expect(session.app.getByTestId('request-line')).toHaveText('GET /api/v3/1003/customer_groups/9367001')
      await expect(session.app.getByTestId('raw-response')).toContainText('"externalReferenceId": "ERP-VIP-01"')
      await expectReady(page)
      await expectNoViolations(page)
    })

    test('Copy as cURL and Copy link, blocked from the clipboard, show their text to copy by hand', async ({
      page,
    }) => {
      const session = await open(page, { app_state: 'groupId=9367001' })
      await expect(vipHeading(session)).toBeVisible()
      await expect(session.app.getByTestId('members-summary')).toHaveText(t('members.count', { count: 130 }))
      await session.app.getByRole('button', { name: t('details.copyLink') }).click()
      await expect(session.app.getByRole('textbox', { name: t('details.copyLinkManually') })).toBeFocused()
      await session.app.getByRole('button', { name: t('request.copyCurl') }).click()
      await expect(session.app.getByRole('textbox')).toHaveCount(2)
      await expect(session.app.getByRole('textbox').filter({ hasNotText: 'my.ecwid.com' }).first()).toBeVisible()
      await expectNoViolations(page)
    })

    test('a 1,000-group store, with the pager', async ({ page }) => {
      const session = await open(page, { store: 'large' })
      await expect(groupList(session).locator('.group-list__count')).toHaveText(
        t('list.range', { summary: t('list.count', { count: 1000 }), first: 1, last: 100 }),
      )
      await expect(groupList(session).getByRole('listitem')).toHaveCount(100)
      await expect(groupList(session).getByRole('button', { name: t('pager.next') })).toBeEnabled()
      await expectNoViolations(page)
    })
  })

  test.describe(`[${locale}] accessible to everyone: each error state`, () => {
    test('a missing permission (403 INSUFFICIENT_APP_SCOPE): one page alert', async ({ page }) => {
      const session = await open(page, { app_state: 'groupId=9367001', failure: 'missing-scope' })
      await expect(session.app.locator('.error-alert')).toContainText('read_customers')
      await expect(session.app.getByTestId('members-summary')).toHaveText(t('members.failed'))
      await expect(groupList(session)).toContainText(t('list.failed'))
      await expectNoViolations(page)
    })

    test('a plan without customer groups (402): the page alert with Upgrade plan', async ({ page }) => {
      const session = await open(page, { app_state: 'groupId=9367001', failure: 'plan-required' })
      await expect(session.app.getByRole('button', { name: t('failure.upgradePlan') })).toBeVisible()
      await expectNoViolations(page)
    })

    test('a group that is not found (404): the alert in its own pane', async ({ page }) => {
      const session = await open(page, { app_state: 'groupId=9367001', failure: 'group-not-found' })
      await expect(session.app.locator('.group-details').locator('.error-alert')).toContainText(
        t('failure.groupNotFound.title', { id: '9367001' }),
      )
      await expect(vipHeading(session)).toBeVisible()
      await expectNoViolations(page)
    })

    test('a failed Refresh (500) that keeps the last good answer on screen', async ({ page }) => {
      const session = await open(page, { app_state: 'groupId=9367001' })
      await expect(vipHeading(session)).toBeVisible()
      await expect(session.app.getByTestId('members-summary')).toHaveText(t('members.count', { count: 130 }))
      await setFault(page, 'server-error')
      await session.app.getByRole('button', { name: t('details.refresh'), exact: true }).click()
      await expect(session.app.locator('.error-alert')).toContainText('HTTP 500')
      await expect(session.app.getByText(t('api.kept', { time: 'TIME' }).split('TIME')[0]!)).toBeVisible()
      await expect(session.app.getByRole('cell', { name: 'Amelia Anderson' })).toBeVisible()
      await expectNoViolations(page)
    })

    test('HTML where JSON was expected, shown as plain text', async ({ page }) => {
      const session = await open(page, { app_state: 'groupId=9367001', failure: 'html-instead-of-json' })
      await expect(session.app.locator('.error-alert')).toContainText(t('failure.invalidResponse.title'))
      await expect(session.app.getByTestId('raw-response')).toHaveText(
        '<!doctype html><title>Maintenance</title><h1>Back soon</h1>',
      )
      await expectNoViolations(page)
    })

    test('the rate-limit countdown (429), while it counts down', async ({ page }) => {
      const session = await open(page, { app_state: 'groupId=9367001', failure: 'rate-limited' })
      await expect(session.app.locator('.retry-countdown__text')).toContainText(t('countdown.rateLimited'))
      await expect(session.app.getByRole('button', { name: t('countdown.stop') })).toBeVisible()
      await expectNoViolations(page)
      // The audit ran on the countdown, not on what follows it.
      await expect(session.app.getByRole('button', { name: t('countdown.stop') })).toBeVisible()
    })

    test('an invalid deep link (groupId=-5)', async ({ page }) => {
      const session = await open(page, { app_state: 'groupId=-5' })
      await expect(
        session.app.locator('.error-alert').filter({ hasText: t('details.invalidLink.title') }),
      ).toBeVisible()
      await expect(groupList(session).getByRole('listitem')).toHaveCount(7)
      await expectNoViolations(page)
    })
  })

  test.describe(`[${locale}] accessible to everyone: every boot problem page`, () => {
    // Without a readable payload the app has only the browser's language to go by.
    test.use({ locale: locale === 'de' ? 'de-DE' : 'en-US' })
    for (const [payload, title, failure] of [
      ['corrupt', t('boot.corruptPayload.title'), 'none'],
      ['encrypted', t('boot.encryptedPayload.title'), 'app-server-unavailable'],
      ['encrypted-another-key', t('boot.corruptPayload.title'), 'none'],
      ['none', t('boot.outsideEcwid.title'), 'none'],
    ] as const) {
      test(`a ${payload} payload${failure === 'none' ? '' : `, ${failure}`}`, async ({ page }) => {
        const session = await open(page, { payload, app_state: 'groupId=9367001', failure })
        await expect(session.app.getByRole('heading', { level: 1 })).toHaveText(title)
        await expectReady(page)
        await expectNoViolations(page)
      })
    }

    test('the SDK script failing to load', async ({ page }) => {
      const session = await open(page, { failure: 'sdk-unavailable', app_state: 'groupId=9367001' })
      await expect(session.app.getByRole('heading', { level: 1 })).toHaveText(t('boot.sdkUnavailable.title'))
      await expectReady(page)
      await expectNoViolations(page)
    })
  })
}

test.describe('at 320 px wide (INLINE view, phones) nothing scrolls sideways', () => {
  for (const [lang, groupId, name] of [
    ['en', '9367001', 'VIP'],
    ['en', '9367004', 'Wholesale partners in the European Union'],
    ['de', '9367004', 'Wholesale partners in the European Union'],
    ['ja', '9367001', 'VIP'],
  ] as const) {
    test(`[${lang}] group ${groupId} (${name}) with its members`, async ({ page }) => {
      const session = await openInControlPanel(page, { lang, view_mode: 'INLINE', app_state: `groupId=${groupId}` })
      await page.locator('#app-frame').evaluate((frame: HTMLIFrameElement) => {
        frame.style.width = '320px'
      })
      await expect(session.app.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) })).toBeVisible()
      await expect(session.app.getByTestId('members-summary')).not.toBeEmpty()
      await expect(session.app.getByRole('table')).toBeVisible()
      await expect(session.app.getByTestId('raw-response')).not.toBeEmpty()
      await expectReady(page)
      const frame = appFrame(page)
      // Two frames for the layout to settle at the new width.
      const measured = await frame.evaluate(
        () =>
          new Promise<{ clientWidth: number; scrollWidth: number; overflowing: string[] }>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const root = document.documentElement
                // Past the frame's right edge and not clipped by a scrolling or clipping box of its own.
                const clipped = (element: Element) => {
                  for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
                    if (getComputedStyle(box).overflowX !== 'visible') return true
                  }
                  return false
                }
                const overflowing = [...document.querySelectorAll('body *')]
                  .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
                  .filter((element) => !clipped(element))
                  .map(
                    (element) =>
                      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')} right=${Math.round(element.getBoundingClientRect().right)}`,
                  )
                resolve({ clientWidth: root.clientWidth, scrollWidth: root.scrollWidth, overflowing })
              }),
            ),
          ),
      )
      expect(measured.clientWidth).toBe(320)
      expect(
        measured.scrollWidth,
        `the app is ${measured.scrollWidth} px wide in a ${measured.clientWidth} px frame; past the edge:\n${measured.overflowing.join('\n')}`,
      ).toBeLessThanOrEqual(measured.clientWidth)
    })
  }
})

test.describe('one live region tells what happens', () => {
  test('a shared fault is said once, by the page alert, in the one live region', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'rate-limited' })
    const region = session.app.getByRole('status')
    await expect(region).toHaveCount(1)
    await expect(session.app.locator('.error-alert')).toContainText('Too many requests', { timeout: 10_000 })
    await expect(region).toContainText('Too many requests.')
    const lines = await region.locator('p').allTextContents()
    expect(lines.filter((line) => line.startsWith('Too many requests.'))).toHaveLength(1)
    expect(await session.app.locator('[role="alert"], [aria-live]:not([role="status"])').count()).toBe(0)
  })

  test('the countdown says why it waits, and never announces each second', async ({ page }) => {
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001', failure: 'rate-limited' })
    const region = session.app.getByRole('status')
    await expect(region).toContainText('The store’s server asked us to slow down')
    // Once the countdown is over (the alert replaces it), none of its seconds was said.
    await expect(session.app.locator('.error-alert')).toContainText('Too many requests', { timeout: 10_000 })
    const lines = await region.locator('p').allTextContents()
    expect(lines.filter((line) => /trying again in/.test(line))).toEqual([])
  })
})
