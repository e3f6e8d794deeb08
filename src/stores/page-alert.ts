import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed } from 'vue'
import { pageWideFailure } from '@/presentation/page-wide-failure'
import type { PendingRetry } from '@/loading/async-state'
import { useGroupDetailsStore } from './group-details'
import { useGroupListStore } from './group-list'
import { useGroupMembersStore } from './group-members'

/**
 * What the page says above the panes: one alert for a fault that breaks more than one pane, with
 * one Retry that retries every request that failed; and the countdown to an automatic retry, with
 * a way to stop it. Derived from the loaders' states: it holds nothing of its own.
 */
export const usePageAlertStore = defineStore('pageAlert', () => {
  const list = useGroupListStore()
  const details = useGroupDetailsStore()
  const members = useGroupMembersStore()

  const failure = computed(() => pageWideFailure([list.failure, details.failure, members.failure]))

  /**
   * The first automatic retry due, among the panes waiting for one: the page counts down to it.
   * Waits under a second (a 5xx's first backoff) pass before a banner could be read: not shown.
   */
  const countdown = computed(() => {
    const due = [list.countdown, details.countdown, members.countdown].filter(
      (countdown): countdown is PendingRetry => countdown !== null && countdown.delayMs >= 1000,
    )
    return due.sort((a, b) => a.retryAt - b.retryAt)[0] ?? null
  })

  /** The merchant would rather not wait: every pane's automatic retry stops, each with Retry. */
  function stopCountdowns(): void {
    list.stopCountdown()
    details.stopCountdown()
    members.stopCountdown()
  }

  function retryEverythingThatFailed(): void {
    if (list.failure) void list.refresh()
    if (details.failure) void details.reload()
    if (members.failure) void members.retry()
  }

  return { failure, countdown, stopCountdowns, retryEverythingThatFailed }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePageAlertStore, import.meta.hot))
