import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { shownData } from '@/loading/async-state'
import { SEARCH_DEBOUNCE_MS, useGroupListStore } from '@/stores/group-list'
import { LONG_GROUP_NAME } from '../../dev/demo-store'
import { createStoreHarness } from '../fixtures/store-harness'

/** The group list store over the emulated backend, and what a test does with it in one line. */
function openGroupList() {
  const { backend, use } = createStoreHarness()
  const store = use(useGroupListStore)
  return {
    backend,
    store,
    /** Types into the search box and pauses long enough for the search to go out and answer. */
    async typeAndPause(text: string) {
      store.setKeyword(text)
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
      await flushPromises()
    },
    /** The page on screen: the answer, or what was kept from before. */
    shownPage: () => shownData(store.state)?.page ?? null,
    shownNames: () => shownData(store.state)?.page.items.map((group) => group.name) ?? [],
  }
}

describe('the group list store', () => {
  // Only the timers the debounce uses: flushPromises needs the real setImmediate.
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
  afterEach(() => vi.useRealTimers())

  it('finds exactly the two wholesale groups when the merchant searches for "whole"', async () => {
    const list = openGroupList()
    await list.typeAndPause('whole')
    expect(list.store.state.status).toBe('success')
    expect(list.shownNames()).toEqual([LONG_GROUP_NAME, 'Wholesale'])
    expect(list.store.paging?.total).toBe(2)
  })

  it('sends one search for a word typed quickly, not one per key', async () => {
    const list = openGroupList()
    for (const typed of ['w', 'wh', 'who', 'whol', 'whole']) {
      list.store.setKeyword(typed)
      vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1)
    }
    await flushPromises()
    expect(list.backend.listRequests()).toEqual([])
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(list.backend.listRequests()).toHaveLength(1)
    expect(list.backend.listRequests()[0]).toContain('keyword=whole')
    expect(list.shownNames()).toEqual([LONG_GROUP_NAME, 'Wholesale'])
  })

  it('never lets a slow older search that answers last replace the newer one', async () => {
    const list = openGroupList()
    list.backend.hold()
    await list.typeAndPause('whole')
    await list.typeAndPause('staff')
    expect(list.backend.listRequests()).toHaveLength(2)
    list.backend.releaseNewestFirst()
    await flushPromises()
    expect(list.store.state.status).toBe('success')
    expect(list.shownNames()).toEqual(['Staff'])
    expect(list.store.paging?.total).toBe(1)
  })

  describe('in a store with 1,000 groups', () => {
    async function openLargeStore() {
      const list = openGroupList()
      list.backend.setFaults({ largeStore: true })
      await list.store.search()
      return list
    }

    it('shows the first 100 groups and offers the next and the last page', async () => {
      const list = await openLargeStore()
      expect(list.shownNames()).toHaveLength(100)
      expect(list.shownNames()[0]).toBe('General')
      expect(list.store.paging).toMatchObject({
        first: 1,
        last: 100,
        total: 1000,
        previousOffset: null,
        nextOffset: 100,
        lastOffset: 900,
      })
    })

    it('shows Segment 993 at the end of the last page, with no next page', async () => {
      const list = await openLargeStore()
      await list.store.goToOffset(900)
      expect(list.shownNames()).toHaveLength(100)
      expect(list.shownNames().at(-1)).toBe('Segment 993')
      expect(list.store.paging).toMatchObject({ first: 901, last: 1000, previousOffset: 800, nextOffset: null })
    })

    it('keeps the previous page on screen, with the failure, when the next page fails', async () => {
      const list = await openLargeStore()
      list.backend.setFaults({ largeStore: true, failure: 'server-error' })
      await list.store.goToOffset(100)
      expect(list.store.state).toMatchObject({ status: 'error', failure: { kind: 'server', status: 500 } })
      expect(list.shownPage()?.offset).toBe(0)
      expect(list.shownNames()[0]).toBe('General')
      expect(list.store.failure).toMatchObject({ kind: 'server', status: 500 })
    })

    it('asks for the page that failed again on refresh, not the first page', async () => {
      const list = await openLargeStore()
      list.backend.setFaults({ largeStore: true, failure: 'server-error' })
      await list.store.goToOffset(100)
      list.backend.setFaults({ largeStore: true })
      await list.store.refresh()
      expect(list.store.state.status).toBe('success')
      expect(list.store.paging).toMatchObject({ first: 101, last: 200 })
      expect(list.backend.listRequests().at(-1)).toContain('offset=100')
    })
  })

  it('still sends a typed search when a page button is pressed before typing paused', async () => {
    const list = await (async () => {
      const opened = openGroupList()
      opened.backend.setFaults({ largeStore: true })
      await opened.store.search()
      return opened
    })()
    list.store.setKeyword('segment 99')
    await list.store.goToOffset(100)
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
    await flushPromises()
    // The list ends up answering what the search box says, not another page of the old list.
    expect(shownData(list.store.state)?.keyword).toBe('segment 99')
    expect(list.shownNames()).toEqual(['Segment 990', 'Segment 991', 'Segment 992', 'Segment 993'])
  })

  it('never shows or pages another search’s rows while a new search loads', async () => {
    const list = openGroupList()
    await list.store.search()
    expect(list.shownNames()).toHaveLength(7)
    list.backend.hold()
    list.store.setKeyword('whole')
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS)
    expect(list.store.state.status).toBe('loading')
    expect(list.shownNames()).toEqual([])
    expect(list.store.paging).toBeNull()
    list.backend.releaseAll()
    await flushPromises()
    expect(list.shownNames()).toEqual([LONG_GROUP_NAME, 'Wholesale'])
  })

  it('shows no range for an empty page past the end', async () => {
    const list = openGroupList()
    await list.store.goToOffset(100)
    expect(list.shownNames()).toEqual([])
    expect(list.store.paging).toMatchObject({ first: 101, last: 100, previousOffset: 0, nextOffset: null })
  })

  it('remembers the name of every group it has shown, even after the list moved on', async () => {
    const list = openGroupList()
    await list.typeAndPause('whole')
    await list.typeAndPause('staff')
    expect(list.shownNames()).toEqual(['Staff'])
    expect(list.store.nameOf(9367006)).toBe('Wholesale')
    expect(list.store.nameOf(9367005)).toBe('Staff')
    expect(list.store.nameOf(9367001)).toBeUndefined()
  })
})
