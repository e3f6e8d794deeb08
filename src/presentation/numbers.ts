/** Numbers as the merchant's language writes them (1,000 · 1.000 · 1 000). */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value)
}

/** `130 members`, `1 member`: the wording is English, so are its plural rules. */
export function countOf(
  value: number,
  locale: string,
  forms: { readonly one: string; readonly other: string },
): string {
  const form = new Intl.PluralRules('en').select(value) === 'one' ? forms.one : forms.other
  return `${formatCount(value, locale)} ${form}`
}

/** A time of day in the merchant's language, e.g. for "fetched at 14:02:09". */
export function formatTime(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(epochMs)
}
