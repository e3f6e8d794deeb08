import { describe, expect, it, vi } from 'vitest'
import { EcwidApiError } from '@/api/errors'
import { parseSearchPage } from '@/api/search-page'

interface Row {
  readonly id: number
  readonly name: string
}

function parseRow(item: unknown): Row | null {
  if (typeof item !== 'object' || item === null) return null
  const { id, name } = item as Record<string, unknown>
  return typeof id === 'number' && typeof name === 'string' ? { id, name } : null
}

const rows = (count: number, firstId = 1): Row[] =>
  Array.from({ length: count }, (_, index) => ({ id: firstId + index, name: `Group ${firstId + index}` }))
const firstPage = { offset: 0, limit: 100 }

describe('parseSearchPage', () => {
  it('reads total, count and items, and echoes the offset asked for', () => {
    const page = parseSearchPage(
      { total: 205, count: 100, items: rows(100, 101) },
      { offset: 100, limit: 100 },
      parseRow,
      'customer-group',
    )
    expect(page).toMatchObject({ total: 205, count: 100, offset: 100 })
    expect(page.items).toHaveLength(100)
    expect(page.items[0]).toEqual({ id: 101, name: 'Group 101' })
  })

  /** What parseSearchPage threw, for its kind and reason. */
  function refusal(parse: () => unknown): EcwidApiError {
    try {
      parse()
    } catch (error) {
      if (error instanceof EcwidApiError) return error
      throw error
    }
    throw new Error('The answer was accepted.')
  }

  it('refuses an answer without items as not the expected answer', () => {
    expect(refusal(() => parseSearchPage({ total: 1, count: 1 }, firstPage, parseRow, 'customer-group'))).toMatchObject(
      {
        kind: 'invalid-response',
        reason: { code: 'incomplete-search-result' },
      },
    )
  })

  it('refuses an item without the expected fields, naming what it should be', () => {
    expect(
      refusal(() =>
        parseSearchPage({ total: 1, count: 1, items: [{ id: 'one' }] }, firstPage, parseRow, 'customer-group'),
      ),
    ).toMatchObject({
      kind: 'invalid-response',
      reason: { code: 'unexpected-item', item: 'customer-group' },
    })
  })

  describe('an answer longer than the limit asked for', () => {
    it('keeps only the first `limit` items, in order', () => {
      const page = parseSearchPage(
        { total: 500, count: 250, items: rows(250) },
        { offset: 0, limit: 100 },
        parseRow,
        'customer-group',
      )
      expect(page.items.map((row) => row.id)).toEqual(rows(100).map((row) => row.id))
    })

    it('counts no more than the limit, so the next page starts right after the items kept', () => {
      const page = parseSearchPage(
        { total: 50_000, count: 50_000, items: rows(50_000) },
        firstPage,
        parseRow,
        'customer-group',
      )
      expect(page.count).toBe(100)
      expect(page.total).toBe(50_000)
    })

    it('does not read the items beyond the limit at all, even broken ones', () => {
      const parse = vi.fn(parseRow)
      const items = [...rows(100), { broken: true }, ...rows(10, 500)]
      const page = parseSearchPage({ total: 111, count: 111, items }, firstPage, parse, 'customer-group')
      expect(page.items).toHaveLength(100)
      expect(parse).toHaveBeenCalledTimes(100)
    })

    it('parses a 50,000-item answer in a few milliseconds, reading 100 of them', () => {
      const parse = vi.fn(parseRow)
      const json = { total: 50_000, count: 50_000, items: rows(50_000) }
      const started = performance.now()
      const page = parseSearchPage(json, firstPage, parse, 'customer-group')
      const elapsed = performance.now() - started
      expect(page.items).toHaveLength(100)
      expect(parse).toHaveBeenCalledTimes(100)
      // Generous for a slow CI machine; parsing all 50,000 is what this rules out.
      expect(elapsed).toBeLessThan(50)
    })
  })

  describe('an answer with the same ID twice', () => {
    it('keeps the first and drops the later ones', () => {
      const items = [
        { id: 1, name: 'General' },
        { id: 2, name: 'VIP' },
        { id: 1, name: 'General again' },
        { id: 3, name: 'Staff' },
        { id: 2, name: 'VIP again' },
      ]
      const page = parseSearchPage({ total: 3, count: 5, items }, firstPage, parseRow, 'customer-group')
      expect(page.items).toEqual([
        { id: 1, name: 'General' },
        { id: 2, name: 'VIP' },
        { id: 3, name: 'Staff' },
      ])
    })

    it('still counts what Ecwid counted, so paging by count does not skip or repeat anything', () => {
      // Offsets are positions in Ecwid's list: a full page of 100 ends at offset + 100, duplicates or not.
      const items = [...rows(99), { id: 1, name: 'Group 1' }]
      const page = parseSearchPage({ total: 250, count: 100, items }, firstPage, parseRow, 'customer-group')
      expect(page.items).toHaveLength(99)
      expect(page.count).toBe(100)
    })

    it('drops a duplicate of an item kept 50,000 items earlier only within the limit', () => {
      const items = [...rows(100), ...rows(50_000)]
      const page = parseSearchPage({ total: 100, count: 100, items }, firstPage, parseRow, 'customer-group')
      expect(page.items.map((row) => row.id)).toEqual(rows(100).map((row) => row.id))
    })
  })
})
