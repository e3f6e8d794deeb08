import { FALLBACK_LOCALE, type Locale } from './locales'
import { createTranslator, type Catalogue, type Translator } from './translator'

/**
 * One lazy chunk per language, English included: only the merchant's is downloaded, and none of
 * them weighs on the app's initial JS.
 */
const CATALOGUES = import.meta.glob<Catalogue>('./messages/*.json', { import: 'default' })
const loadEnglish = () => import('./english').then((module) => module.englishTranslator)

/**
 * How long the first render may wait for a language: like Ecwid's CDN files, a chunk that stalls
 * must not keep the control panel's spinner up for ever. English is asked for after that.
 */
export const LANGUAGE_WAIT_MS = 3000

function withinWait<T>(pending: Promise<T>, waitMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), waitMs)
  })
  return Promise.race([pending, stalled]).finally(() => clearTimeout(timer))
}

/**
 * The translator for a language, once its messages have arrived. A download that fails or stalls
 * (a flaky connection, a deploy that replaced the chunk) leaves the app in English, and saying so:
 * its `locale` is then `en`, so `<html lang>` never claims a language the page is not in. (Were
 * English unreachable too, so would be the app's own chunks: the promise rejects.)
 */
export async function loadTranslator(
  locale: Locale,
  { catalogues = CATALOGUES, english = loadEnglish, waitMs = LANGUAGE_WAIT_MS } = {},
): Promise<Translator> {
  const load = catalogues[`./messages/${locale}.json`]
  if (locale === FALLBACK_LOCALE || !load) return english()
  try {
    return createTranslator(locale, await withinWait(load(), waitMs))
  } catch {
    // The language's name only: nothing secret is involved, and a developer sees why.
    console.warn(`Customer groups app: the ${locale} messages could not be loaded; showing English`)
    return english()
  }
}

/** Translators asked for ahead of the first render (by the entry), by language. */
const asked = new Map<Locale, Promise<Translator>>()

/**
 * The merchant's language, asked for as soon as the entry knows it (from the payload in the URL)
 * rather than once the SDK and the stylesheet are in: the words arrive alongside the app's code.
 * Later calls for the same language get the same translator.
 */
export function translatorFor(locale: Locale): Promise<Translator> {
  let translator = asked.get(locale)
  if (!translator) asked.set(locale, (translator = loadTranslator(locale)))
  return translator
}
