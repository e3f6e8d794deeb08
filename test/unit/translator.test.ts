import { describe, expect, it } from 'vitest'
import { loadTranslator } from '@/i18n/load-translator'
import de from '@/i18n/messages/de.json'
import ru from '@/i18n/messages/ru.json'
import { englishTranslator as en } from '@/i18n/english'
import { SUPPORTED_LOCALES } from '@/i18n/locales'
import { createTranslator, type Catalogue } from '@/i18n/translator'

describe('the translator', () => {
  it('fills in placeholders, formatting numbers for the language and leaving IDs as they are', () => {
    const german = createTranslator('de', de as Catalogue)
    expect(en.t('list.count', { count: 1000 })).toBe('1,000 groups')
    expect(german.t('list.count', { count: 1000 })).toBe('1.000 Gruppen')
    expect(en.t('failure.groupNotFound.title', { id: '9367001' })).toBe('Customer group 9367001 was not found')
  })

  it('writes small whole numbers as Intl would in every shipped language, without asking it', () => {
    // The translator skips Intl.NumberFormat for 0–999 (its first construction costs 13–30 ms):
    // that is only right while every shipped language writes them as plain ASCII digits.
    for (const locale of SUPPORTED_LOCALES) {
      const format = new Intl.NumberFormat(locale)
      const translator = createTranslator(locale, {} as Catalogue)
      for (let value = 0; value < 1000; value++) expect(translator.number(value)).toBe(format.format(value))
      for (const value of [1000, 1234567, 2.5, -3]) expect(translator.number(value)).toBe(format.format(value))
    }
  })

  it('picks each plural form by the language’s own rules', () => {
    expect([1, 2].map((count) => en.t('list.count', { count }))).toEqual(['1 group', '2 groups'])
    const russian = createTranslator('ru', ru as Catalogue)
    const forms = [1, 3, 5, 21].map((count) => russian.t('list.count', { count }))
    // one, few, many, one: four numbers, three different words after them.
    expect(new Set(forms.map((form) => form.replace(/^\d+\s*/, ''))).size).toBe(3)
    expect(forms[0]!.replace(/^1/, '')).toBe(forms[3]!.replace(/^21/, ''))
  })

  it('gives a message in pieces for a template to mark up what it inserts', () => {
    expect(en.parts('picker.hint')[0]).toEqual({ text: 'All fields ticked sends no ' })
    expect(en.parts('picker.hint')[1]).toEqual({ placeholder: 'responseFields' })
  })

  it('shows a missing message’s key rather than nothing (no catalogue ships so: catalogue.test.ts)', () => {
    const partial = { ...(de as Catalogue) } as Record<string, unknown>
    delete partial['list.title']
    expect(createTranslator('de', partial as Catalogue).t('list.title')).toBe('list.title')
  })

  it('formats units and times the language’s way', () => {
    const german = createTranslator('de', de as Catalogue)
    expect(german.unit(1600, 'millisecond')).toBe('1.600 ms')
    expect(german.number(1234567)).toBe('1.234.567')
    expect(german.unit(52, 'byte')).toBe('52 Byte')
    expect(en.unit(52, 'byte')).toBe('52 bytes')
    const noonUtc = Date.UTC(2026, 10, 26, 12, 5, 9)
    const germanTime = createTranslator('de', de as Catalogue).time(noonUtc)
    expect(germanTime).toMatch(/^\d{1,2}:05:09$/)
    expect(en.time(noonUtc)).toMatch(/^\d{1,2}:05:09 [AP]M$/)
  })
})

describe('loadTranslator', () => {
  it('loads a language’s messages, and English needs no download', async () => {
    expect((await loadTranslator('de')).t('list.title')).toBe(de['list.title'])
    expect((await loadTranslator('en')).t('list.title')).toBe('Groups')
  })
})

describe('loadTranslator when the language cannot be had', () => {
  it('shows English, and says it is English, when the download fails', async () => {
    const catalogues = { './messages/de.json': () => Promise.reject(new TypeError('Failed to fetch')) }
    const translator = await loadTranslator('de', { catalogues, english: async () => en })
    expect(translator.locale).toBe('en')
    expect(translator.t('list.title')).toBe('Groups')
  })

  it('shows English after a wait when the download stalls, rather than never starting', async () => {
    const catalogues = { './messages/de.json': () => new Promise<never>(() => {}) }
    const started = Date.now()
    const translator = await loadTranslator('de', { catalogues, english: async () => en, waitMs: 50 })
    expect(translator.locale).toBe('en')
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

describe('the translator’s types', () => {
  it('refuses a number for an ID and a missing placeholder, at compile time', () => {
    // @ts-expect-error An ID is a string: as a number it would be written 9,367,001.
    expect(en.t('failure.groupNotFound.title', { id: 9367001 })).toContain('9,367,001')
    const keys = ['failure.groupNotFound.title', 'list.title'] as const
    // @ts-expect-error A key chosen at run time needs the placeholders of every message it may be.
    expect(en.t(keys[Math.min(0, keys.length)])).toContain('{id}')
  })
})
