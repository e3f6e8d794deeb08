import type { SearchItemKind } from './errors'
import { invalidResponse, isRecord } from './json-checks'

/** Ecwid's maximum (and default) page size for search calls: never ask for more. */
export const MAX_PAGE_SIZE = 100

/** Which page of a search to fetch. Ecwid pages with `offset += count` until `count < limit`. */
export interface PageRequest {
  readonly keyword?: string
  readonly offset: number
  readonly limit: number
}

/** One page of a search answer, reduced to what the app reads. */
export interface SearchPage<Item> {
  readonly total: number
  readonly count: number
  readonly offset: number
  readonly items: readonly Item[]
}

/** The query for a page; an empty keyword is left out rather than sent empty. */
export function pageQuery({ keyword, offset, limit }: PageRequest): Record<string, string | number | undefined> {
  if (!Number.isSafeInteger(offset) || offset < 0) throw new Error(`Not an offset: ${offset}`)
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new Error(`Not a page size: ${limit}`)
  const trimmed = keyword?.trim()
  return { keyword: trimmed ? trimmed : undefined, offset: offset === 0 ? undefined : offset, limit }
}

/**
 * Checks `{total, count, items}` and each item; `offset` is echoed from the request.
 *
 * The answer is bounded by what was asked: items beyond `limit` are ignored unread (a runaway
 * answer of 50,000 costs no more than one of 100), and an item whose ID already came earlier in
 * the page is dropped, the first kept (IDs are the rows' keys). `count` stays Ecwid's, capped at
 * `limit`: paging advances by it, so a dropped duplicate must not shift the next page's offset.
 */
export function parseSearchPage<Item extends { readonly id: number }>(
  json: unknown,
  { offset, limit }: Pick<PageRequest, 'offset' | 'limit'>,
  parseItem: (item: unknown) => Item | null,
  itemKind: SearchItemKind,
): SearchPage<Item> {
  if (!isRecord(json)) throw invalidResponse({ code: 'search-result-not-an-object' })
  const { total, count, items } = json
  if (typeof total !== 'number' || typeof count !== 'number' || !Array.isArray(items)) {
    throw invalidResponse({ code: 'incomplete-search-result' })
  }
  const seen = new Set<number>()
  const kept: Item[] = []
  for (const item of items.slice(0, limit) as unknown[]) {
    const valid = parseItem(item)
    if (valid === null) throw invalidResponse({ code: 'unexpected-item', item: itemKind })
    if (seen.has(valid.id)) continue
    seen.add(valid.id)
    kept.push(valid)
  }
  return { total, count: Math.min(count, limit), offset, items: kept }
}
