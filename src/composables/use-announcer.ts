import { inject, ref, watch, type InjectionKey, type Ref } from 'vue'

export interface Announcement {
  readonly id: number
  readonly text: string
}

/**
 * The page's one live region: loading, results, errors and confirmations are all announced
 * through it, in the order they happen, rather than by a dozen regions of their own.
 */
export interface Announcer {
  readonly announcements: Readonly<Ref<readonly Announcement[]>>
  announce(text: string): void
}

/**
 * The last few announcements stay in the region, each in a node of its own: a screen reader reads
 * each new node once, so two quick messages are both heard and the same message twice is heard
 * twice; older nodes leave quietly.
 */
const KEPT_ANNOUNCEMENTS = 3

export function createAnnouncer(): Announcer {
  const announcements = ref<readonly Announcement[]>([])
  let nextId = 0
  return {
    announcements,
    announce(text) {
      if (text === '') return
      announcements.value = [...announcements.value.slice(1 - KEPT_ANNOUNCEMENTS), { id: nextId++, text }]
    },
  }
}

export const announcerKey: InjectionKey<Announcer> = Symbol('announcer')

/** Outside the app (a component mounted alone in a test) there is nobody to tell: nothing is said. */
const SILENT: Announcer = { announcements: ref([]), announce: () => {} }

export function useAnnouncer(): Announcer {
  return inject(announcerKey, SILENT)
}

/** Announces the text each time it changes to something new to say; empty means nothing to say. */
export function useAnnouncement(text: () => string, options: { immediate?: boolean } = {}): void {
  const announcer = useAnnouncer()
  watch(text, (now) => announcer.announce(now), { immediate: options.immediate ?? false })
}
