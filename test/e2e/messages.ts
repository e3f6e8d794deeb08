import { readFileSync } from 'node:fs'
import type { Locale } from '../../src/i18n/locales'
import { en } from '../../src/i18n/messages/en'
import { createTranslator, type Catalogue, type Translator } from '../../src/i18n/translator'

export { englishIn } from '../fixtures/english-fragments'

/** What the app says in a language, for locators and expectations written once for every language. */
export function messagesIn(locale: Locale): Translator {
  if (locale === 'en') return createTranslator('en', en as Catalogue)
  const file = new URL(`../../src/i18n/messages/${locale}.json`, import.meta.url)
  return createTranslator(locale, JSON.parse(readFileSync(file, 'utf8')) as Catalogue)
}
