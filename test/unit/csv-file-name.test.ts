import { describe, expect, it } from 'vitest'
import { csvFileName } from '@/export/csv-file-name'

// Local time, as the merchant's day is: 3 December 2026.
const DAY = new Date(2026, 11, 3, 23, 30)

describe('csvFileName', () => {
  it('names the file after the group and the local day', () => {
    expect(csvFileName('Wholesale', DAY)).toBe('Wholesale-2026-12-03.csv')
    expect(csvFileName('Wholesale', new Date(2027, 0, 9, 0, 5))).toBe('Wholesale-2027-01-09.csv')
  })

  it('takes the day where the merchant is, not in UTC', () => {
    const zone = process.env.TZ
    // December in Auckland is UTC+13: 8 in the morning there is still the day before in UTC.
    process.env.TZ = 'Pacific/Auckland'
    try {
      const morning = new Date(2026, 11, 3, 8, 0)
      expect(morning.toISOString()).toBe('2026-12-02T19:00:00.000Z')
      expect(csvFileName('Wholesale', morning)).toBe('Wholesale-2026-12-03.csv')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('keeps letters of any script, and emoji', () => {
    expect(csvFileName('お得意様', DAY)).toBe('お得意様-2026-12-03.csv')
    expect(csvFileName('Großhändler – Wiederverkäufer 🇩🇪', DAY)).toBe('Großhändler – Wiederverkäufer 🇩🇪-2026-12-03.csv')
  })

  it('takes out what file systems refuse', () => {
    expect(csvFileName('VIP: A/B \\ "best" <gold>|*?', DAY)).toBe('VIP A B best gold-2026-12-03.csv')
    expect(csvFileName('Line\nbreak\tand\u0000nul\u007f', DAY)).toBe('Line break and nul-2026-12-03.csv')
  })

  it('drops direction controls, which could make the name read as another', () => {
    expect(csvFileName('Retail\u202Evsc.exe', DAY)).toBe('Retailvsc.exe-2026-12-03.csv')
    expect(csvFileName('\u2066Partners\u2069\u200F', DAY)).toBe('Partners-2026-12-03.csv')
  })

  it('collapses runs of spaces and trims dots and spaces at the ends', () => {
    expect(csvFileName('  ..Gold   members.. ', DAY)).toBe('Gold members-2026-12-03.csv')
  })

  it('cuts a long name to 80 characters without breaking a character in two', () => {
    expect(csvFileName('a'.repeat(200), DAY)).toBe(`${'a'.repeat(80)}-2026-12-03.csv`)
    const name = csvFileName(`${'b'.repeat(79)}😀😀`, DAY)
    expect(name).toBe(`${'b'.repeat(79)}😀-2026-12-03.csv`)
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(csvFileName(`${'c'.repeat(79)}🇩🇪`, DAY)).toBe(`${'c'.repeat(79)}🇩🇪-2026-12-03.csv`)
  })

  it('does not end the cut name with a space or a dot', () => {
    expect(csvFileName(`${'d'.repeat(79)} tail`, DAY)).toBe(`${'d'.repeat(79)}-2026-12-03.csv`)
  })

  it('falls back to “customers” when nothing is left', () => {
    expect(csvFileName('', DAY)).toBe('customers-2026-12-03.csv')
    expect(csvFileName(' ... ', DAY)).toBe('customers-2026-12-03.csv')
    expect(csvFileName('/:*?"<>|\u202E', DAY)).toBe('customers-2026-12-03.csv')
  })
})
