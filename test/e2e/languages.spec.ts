import { expect, test, type Page } from '@playwright/test'
import { SUPPORTED_LOCALES, type Locale } from '../../src/i18n/locales'
import { expectReady, openInControlPanel } from './emulator'
import { englishIn, messagesIn } from './messages'

/** Every word the app's frame shows or says: text node by text node, plus labels and placeholders. */
async function everythingSaid(page: Page): Promise<string> {
  const frame = page.frame({ url: /^http:\/\/127\.0\.0\.1:4173\// })
  if (!frame) throw new Error('The app frame is not open')
  return frame.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const texts: string[] = [document.title]
    while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '')
    for (const element of document.querySelectorAll('[aria-label],[placeholder],[title]'))
      for (const name of ['aria-label', 'placeholder', 'title']) texts.push(element.getAttribute(name) ?? '')
    return texts.join('\n')
  })
}

/** The message chunks the frame downloaded, by language. */
function messageChunks(requests: { url(): string }[]): string[] {
  return requests
    .map((request) => /\/assets\/messages-(.+)-[\w-]{8}\.js$/.exec(new URL(request.url()).pathname)?.[1])
    .filter((locale): locale is string => locale !== undefined)
}

/** How Ecwid may spell each shipped language in the payload. */
const ECWID_SPELLING: Partial<Record<Locale, string>> = { 'pt-BR': 'pt_BR', 'zh-CN': 'zh_CN' }

test.describe('the merchant’s language', () => {
  for (const locale of SUPPORTED_LOCALES) {
    test(`lang=${ECWID_SPELLING[locale] ?? locale}: every word in ${locale}, <html lang="${locale}">, one chunk`, async ({
      page,
    }) => {
      const { t } = messagesIn(locale)
      const session = await openInControlPanel(page, {
        lang: ECWID_SPELLING[locale] ?? locale,
        app_state: 'groupId=9367001',
      })
      await expect(session.app.getByRole('heading', { level: 1 })).toHaveText(t('app.title'))
      await expect(session.app.getByTestId('members-summary')).toHaveText(t('members.count', { count: 130 }))
      await expect(session.app.getByRole('navigation').getByRole('listitem')).toHaveCount(7)
      await expect(session.app.locator('html')).toHaveAttribute('lang', locale)
      if (locale !== 'en') expect(englishIn(await everythingSaid(page))).toEqual([])
      expect(messageChunks(session.requests)).toEqual([locale])
      await expectReady(page)
    })
  }

  test('lang=xx, a language not shipped: English, and <html lang="en">, English the one chunk', async ({ page }) => {
    const session = await openInControlPanel(page, { lang: 'xx', app_state: 'groupId=9367001' })
    await expect(session.app.getByRole('heading', { level: 1 })).toHaveText('Customer groups')
    await expect(session.app.getByTestId('members-summary')).toHaveText('130 customers in this group')
    await expect(session.app.locator('html')).toHaveAttribute('lang', 'en')
    expect(messageChunks(session.requests)).toEqual(['en'])
  })

  test('de-AT reads German', async ({ page }) => {
    const { t } = messagesIn('de')
    const session = await openInControlPanel(page, { lang: 'de-AT', app_state: 'groupId=9367001' })
    await expect(session.app.getByRole('heading', { level: 1 })).toHaveText(t('app.title'))
    await expect(session.app.getByTestId('members-summary')).toHaveText(t('members.count', { count: 130 }))
  })

  test('the first screen never shows English while German loads', async ({ page }) => {
    // The app's first render waits for its language: watch every text the frame ever shows.
    await page.addInitScript(() => {
      if (location.hostname !== '127.0.0.1') return
      const seen: string[] = []
      ;(window as unknown as { seenTexts: string[] }).seenTexts = seen
      new MutationObserver(() => seen.push(document.body?.innerText ?? '')).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
      })
    })
    const { t } = messagesIn('de')
    const session = await openInControlPanel(page, { lang: 'de-AT', app_state: 'groupId=9367001', latency: '300' })
    await expect(session.app.getByTestId('members-summary')).toHaveText(t('members.count', { count: 130 }))
    const frame = page.frame({ url: /^http:\/\/127\.0\.0\.1:4173\// })!
    const seen = await frame.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts)
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.flatMap((text) => englishIn(text))).toEqual([])
  })
})
