import { FALLBACK_LOCALE, type Locale } from './locales'
import { createTranslator, englishTranslator, type Catalogue, type Translator } from './translator'

/** One lazy chunk per language: only the merchant's is downloaded. English is in the main bundle. */
const catalogues = import.meta.glob<Catalogue>('./messages/*.json', { import: 'default' })

/**
 * The translator for a language, once its messages have arrived. A download that fails (a flaky
 * connection, a deploy that replaced the chunk) leaves the app in English, and saying so: its
 * `locale` is then `en`, so `<html lang>` never claims a language the page is not in.
 */
export async function loadTranslator(locale: Locale): Promise<Translator> {
  const load = catalogues[`./messages/${locale}.json`]
  if (locale === FALLBACK_LOCALE || !load) return englishTranslator
  try {
    return createTranslator(locale, await load())
  } catch {
    return englishTranslator
  }
}
