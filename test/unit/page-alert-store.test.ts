import { describe, expect, it } from 'vitest'
import { shallowRef } from 'vue'
import { EcwidApiError } from '@/api/errors'
import type { AsyncState, PendingRetry } from '@/loading/async-state'
import { createLatestRequest } from '@/loading/latest-request'
import { createRetryCountdown } from '@/loading/retry-countdown'
import { useGroupDetailsStore } from '@/stores/group-details'
import { useGroupListStore } from '@/stores/group-list'
import { useGroupMembersStore } from '@/stores/group-members'
import { usePageAlertStore } from '@/stores/page-alert'
import { createStoreHarness } from '../fixtures/store-harness'

/** The three loaders and the page alert over the emulated backend, nothing loaded yet. */
function openPage() {
  const { use } = createStoreHarness()
  return {
    list: use(useGroupListStore),
    details: use(useGroupDetailsStore),
    members: use(useGroupMembersStore),
    page: use(usePageAlertStore),
  }
}

const waiting = (kind: 'rate-limited' | 'server', retryAt: number, delayMs = 2000): PendingRetry => ({
  failure: kind === 'rate-limited' ? { kind, status: 429, errorCode: 'RATE_LIMITED' } : { kind, status: 500 },
  retryAt,
  delayMs,
})

describe('the page’s countdown to an automatic retry', () => {
  it('counts down to the retry due first, among all the panes waiting', () => {
    const { list, details, members, page } = openPage()
    list.$patch({ state: { status: 'loading', kept: null, waiting: waiting('rate-limited', 5000) } })
    members.$patch({ state: { status: 'loading', kept: null, waiting: waiting('rate-limited', 3000) } })
    details.$patch({ state: { status: 'loading', kept: null } })
    expect(page.countdown?.retryAt).toBe(3000)
  })

  it('shows no banner for a wait too short to read', () => {
    const { list, page } = openPage()
    list.$patch({ state: { status: 'loading', kept: null, waiting: waiting('server', 1000, 500) } })
    expect(page.countdown).toBeNull()
  })

  it('stops every pane’s automatic retry at once, each left with its failure and Retry', () => {
    const { list, details, members, page } = openPage()
    const kept = { groupId: 9367001, items: [], total: 0, nextOffset: null }
    list.$patch({ state: { status: 'loading', kept: null, waiting: waiting('rate-limited', 3000) } })
    details.$patch({ state: { status: 'loading', kept: null, waiting: waiting('rate-limited', 3000) } })
    members.$patch({ state: { status: 'loading', kept, waiting: waiting('rate-limited', 3000) } })
    page.stopCountdowns()
    for (const store of [list, details, members])
      expect(store.state).toMatchObject({ status: 'error', failure: { kind: 'rate-limited', status: 429 } })
    expect(members.state).toMatchObject({ kept })
    expect(page.countdown).toBeNull()
    expect(page.failure).toMatchObject({ kind: 'rate-limited' })
  })

  it('leaves a pane that is not waiting as it is', () => {
    const { list, page } = openPage()
    list.$patch({ state: { status: 'loading', kept: null } })
    page.stopCountdowns()
    expect(list.state.status).toBe('loading')
  })
})

describe('a loader’s retry waits (createRetryCountdown)', () => {
  const failure = new EcwidApiError({
    kind: 'rate-limited',
    status: 429,
    bodyExcerpt: '<p>jane@example.com</p>',
    bodyTruncated: false,
  })

  it('show in its state while its request is current, and drop the body when asked to', () => {
    const state = shallowRef<AsyncState<unknown>>({ status: 'loading', kept: null })
    const retries = createRetryCountdown(state, createLatestRequest(), { keepBody: false })
    const controller = new AbortController()
    retries.requestOptions(controller.signal).onRetryWait?.({ failure, delayMs: 2000 })
    expect(retries.countdown.value).toMatchObject({ failure: { kind: 'rate-limited', status: 429 }, delayMs: 2000 })
    expect(retries.countdown.value?.failure.bodyExcerpt).toBeUndefined()
  })

  it('ignore the waits of a request that was superseded', () => {
    const state = shallowRef<AsyncState<unknown>>({ status: 'loading', kept: null })
    const retries = createRetryCountdown(state, createLatestRequest(), { keepBody: true })
    const controller = new AbortController()
    controller.abort()
    retries.requestOptions(controller.signal).onRetryWait?.({ failure, delayMs: 2000 })
    expect(retries.countdown.value).toBeNull()
  })

  it('stop by cancelling the request and telling the loader, which then shows the failure', async () => {
    const state = shallowRef<AsyncState<unknown>>({ status: 'loading', kept: null })
    const latest = createLatestRequest()
    let stopped = 0
    const retries = createRetryCountdown(state, latest, { keepBody: true, onStop: () => stopped++ })
    const running = latest.run(
      (signal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
        ),
    )
    retries.requestOptions(new AbortController().signal).onRetryWait?.({ failure, delayMs: 2000 })
    retries.stop()
    await expect(running).resolves.toEqual({ kind: 'superseded' })
    expect(stopped).toBe(1)
    expect(state.value).toMatchObject({
      status: 'error',
      failure: { kind: 'rate-limited', bodyExcerpt: '<p>jane@example.com</p>' },
    })
  })
})
