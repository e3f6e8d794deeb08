import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed } from 'vue'
import { pageWideFailure } from '@/presentation/failure-messages'
import { useGroupDetailsStore } from './group-details'
import { useGroupListStore } from './group-list'
import { useGroupMembersStore } from './group-members'

/**
 * One alert for a fault that breaks more than one pane, with one Retry that retries every request
 * that failed. Derived from the loaders' states: it holds nothing of its own.
 */
export const usePageAlertStore = defineStore('pageAlert', () => {
  const list = useGroupListStore()
  const details = useGroupDetailsStore()
  const members = useGroupMembersStore()

  const failure = computed(() => pageWideFailure([list.failure, details.failure, members.failure]))

  function retryEverythingThatFailed(): void {
    if (list.failure) void list.refresh()
    if (details.failure) void details.reload()
    if (members.failure) void members.retry()
  }

  return { failure, retryEverythingThatFailed }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(usePageAlertStore, import.meta.hot))
