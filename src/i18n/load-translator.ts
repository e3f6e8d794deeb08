import { FALLBACK_LOCALE, type Locale } from './locales'
import { createTranslator, englishTranslator, type Catalogue, type Translator } from './translator'

/** One lazy chunk per language: only the merchant's is downloaded. English is in the main bundle. */
const CATALOGUES = import.meta.glob<Catalogue>('./messages/*.json', { import: 'default' })

/**
 * How long the first render may wait for a language: like Ecwid's CDN files, a chunk that stalls
 * must not keep the control panel's spinner up for ever. English is shown after that.
 */
export const LANGUAGE_WAIT_MS = 3000

/**
 * The translator for a language, once its messages have arrived. A download that fails or stalls
 * (a flaky connection, a deploy that replaced the chunk) leaves the app in English, and saying so:
 * its `locale` is then `en`, so `<html lang>` never claims a language the page is not in.
 */
export async function loadTranslator(
  locale: Locale,
  { catalogues = CATALOGUES, waitMs = LANGUAGE_WAIT_MS } = {},
): Promise<Translator> {
  const load = catalogues[`./messages/${locale}.json`]
  if (locale === FALLBACK_LOCALE || !load) return englishTranslator
  let timer: ReturnType<typeof setTimeout> | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), waitMs)
  })
  try {
    return createTranslator(locale, await Promise.race([load(), stalled]))
  } catch {
    // The language's name only: nothing secret is involved, and a developer sees why.
    console.warn(`Customer groups app: the ${locale} messages could not be loaded; showing English`)
    return englishTranslator
  } finally {
    clearTimeout(timer)
  }
}
