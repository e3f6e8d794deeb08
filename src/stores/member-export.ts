import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { MemberQuery } from '@/api/customers'
import type { CsvWords } from '@/export/members-csv'
import { toApiFailure, withoutBody, type ApiFailure } from '@/presentation/api-failure'
import { useCustomersApi } from '@/composables/use-apis'
import { createLatestRequest } from '@/loading/latest-request'

export type MemberExportState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly loaded: number; readonly total: number }
  | {
      readonly status: 'done'
      readonly fileName: string
      readonly rows: number
      /** The group changed while it was exported: the file holds `received`, Ecwid counted `expected`. */
      readonly changed: { readonly expected: number; readonly received: number } | null
    }
  | { readonly status: 'stopped'; readonly loaded: number; readonly total: number }
  | { readonly status: 'error'; readonly failure: ApiFailure }

/**
 * Exports every member of a query (the group, or the search within it) with the columns shown, as
 * CSV. The file's text is personal data: it stays in this closure (not in state, which devtools
 * show) until it is saved or copied, and goes with the next export or when the group changes.
 */
export const useMemberExportStore = defineStore('memberExport', () => {
  const api = useCustomersApi()
  const latest = createLatestRequest()
  const state = shallowRef<MemberExportState>({ status: 'idle' })
  let csvText: string | null = null

  async function start(query: MemberQuery, groupName: string, words: CsvWords): Promise<void> {
    csvText = null
    state.value = { status: 'running', loaded: 0, total: 0 }
    const outcome = await latest.run(async (signal) => {
      // The export's code is a chunk of its own, loaded on the first export.
      const { collectMembers, memberPageFetcher, membersCsv, csvFileName } = await import('@/export')
      const collected = await collectMembers({
        signal,
        fetchPage: memberPageFetcher(api, query),
        onProgress: ({ loaded, total }) => {
          if (!signal.aborted) state.value = { status: 'running', loaded, total }
        },
      })
      return {
        collected,
        text: membersCsv(collected.members, query.columns, words),
        fileName: csvFileName(groupName, new Date()),
      }
    })
    if (outcome.kind === 'superseded') return
    if (outcome.kind === 'failed') {
      state.value = { status: 'error', failure: withoutBody(toApiFailure(outcome.error)) }
      return
    }
    const { collected, text, fileName } = outcome.value
    csvText = text
    state.value = { status: 'done', fileName, rows: collected.members.length, changed: collected.changed }
  }

  /** Stop: nothing more is asked for, and nothing is saved. */
  function stop(): void {
    if (state.value.status !== 'running') return
    const { loaded, total } = state.value
    latest.cancel()
    state.value = { status: 'stopped', loaded, total }
  }

  /** The finished file's text, for saving or, where the frame cannot download, for copying. */
  function finishedCsv(): string | null {
    return state.value.status === 'done' ? csvText : null
  }

  function clear(): void {
    latest.cancel()
    csvText = null
    state.value = { status: 'idle' }
  }

  return { state, start, stop, finishedCsv, clear }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useMemberExportStore, import.meta.hot))
