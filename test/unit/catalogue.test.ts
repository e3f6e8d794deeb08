import { describe, expect, it } from 'vitest'
import { en } from '@/i18n/messages/en'
import { SUPPORTED_LOCALES } from '@/i18n/locales'

/**
 * Keeps the translations honest: every language has every message, with the same placeholders,
 * the plural forms its grammar needs, and words of its own rather than English copies.
 */
const catalogues = import.meta.glob<Record<string, unknown>>('/src/i18n/messages/*.json', {
  eager: true,
  import: 'default',
})

/** Messages that may read the same as in English in some language: technical terms and IDs. */
const MAY_MATCH_ENGLISH: ReadonlySet<string> = new Set([
  'field.id.label', // "ID"
  'list.groupId', // "ID {id}"
  'details.groupId',
  'raw.title', // "Raw JSON" is kept by some languages' developer tools
  'api.title', // "API response"
  'failure.announce', // "{title}. {message}": only punctuation between two placeholders
  'column.name', // German "Name"
  'column.customerType', // "B2B / B2C": Ecwid's own terms, kept in every language
  'members.no', // Spanish and Italian "No"
  'field.name.label',
])

type Message = string | Readonly<Record<string, string>>

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort()
}

function placeholdersOf(message: Message): string[] {
  return placeholders(typeof message === 'string' ? message : (message.other ?? ''))
}

const english = en as Readonly<Record<string, Message>>
const translated = SUPPORTED_LOCALES.filter((locale) => locale !== 'en')

describe('the message catalogue', () => {
  it('has a file for every shipped language, and no other', () => {
    const files = Object.keys(catalogues).map((path) => path.replace(/^.*\/(.+)\.json$/, '$1'))
    expect(files.sort()).toEqual([...translated].sort())
  })

  describe.each(translated)('%s', (locale) => {
    const catalogue = (catalogues[`/src/i18n/messages/${locale}.json`] ?? {}) as Record<string, Message>
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories

    it('has exactly the English keys', () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort())
    })

    it.each(Object.keys(english))('%s: same placeholders, the plural forms the language needs', (key) => {
      const source = english[key]!
      const message = catalogue[key]
      expect(message, key).toBeDefined()
      if (message === undefined) return
      if (typeof source === 'string') {
        expect(typeof message, key).toBe('string')
        expect(placeholders(message as string), key).toEqual(placeholders(source))
        return
      }
      expect(typeof message, key).toBe('object')
      const forms = message as Record<string, string>
      expect(Object.keys(forms).sort(), `${key}: plural categories`).toEqual([...categories].sort())
      for (const form of Object.values(forms)) expect(placeholders(form), key).toEqual(placeholdersOf(source))
    })

    it('is not an English copy (but for the technical terms listed above)', () => {
      const copies = Object.keys(english).filter((key) => {
        if (MAY_MATCH_ENGLISH.has(key)) return false
        const source = english[key]!
        const message = catalogue[key]
        if (typeof source === 'string') return message === source
        return Object.values((message ?? {}) as Record<string, string>).some((form) =>
          Object.values(source).includes(form),
        )
      })
      expect(copies).toEqual([])
    })
  })
})
