/** The languages the app ships, as BCP 47 tags; English is the fallback. */
export const SUPPORTED_LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt-BR',
  'ru',
  'pl',
  'uk',
  'tr',
  'ja',
  'zh-CN',
] as const

export type Locale = (typeof SUPPORTED_LOCALES)[number]

export const FALLBACK_LOCALE: Locale = 'en'

/** A language with one shipped variant: any region of it gets that one (`pt_PT` → `pt-BR`). */
const BY_LANGUAGE: ReadonlyMap<string, Locale> = new Map(
  SUPPORTED_LOCALES.map((locale) => [locale.split('-')[0]!, locale]),
)

/** Chinese written in traditional characters: zh-TW, zh-HK, zh-MO, zh-Hant. */
const TRADITIONAL_CHINESE = /^zh[-_](hant|tw|hk|mo)\b/i

/**
 * The shipped language closest to what Ecwid (or the browser) asked for: `en_US` → `en`,
 * `pt_BR` and `pt` → `pt-BR`, `zh_CN` and `zh` → `zh-CN`, `de-AT` → `de`. Anything else, including
 * a language the app does not ship or no language at all, is English; so is Traditional Chinese,
 * whose readers would not take Simplified for theirs.
 */
export function resolveLocale(requested: unknown): Locale {
  if (typeof requested !== 'string') return FALLBACK_LOCALE
  const tag = requested.trim()
  if (TRADITIONAL_CHINESE.test(tag)) return FALLBACK_LOCALE
  const language = tag.split(/[-_]/)[0]?.toLowerCase() ?? ''
  return BY_LANGUAGE.get(language) ?? FALLBACK_LOCALE
}
