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
  /** Called by the region once screen readers can have seen it: what was said before is said now. */
  open(): void
}

/**
 * Each message is a node of its own, read once as it is added (the region is not atomic), and
 * removed a while later, so it neither piles up for someone reading the page nor is re-read.
 */
const SHOWN_FOR_MS = 7000
/** The same words twice within this time are one event told twice (two panes, one cause). */
const REPEAT_WITHIN_MS = 2000

export function createAnnouncer(timers: Pick<typeof globalThis, 'setTimeout'> = globalThis): Announcer {
  const announcements = ref<readonly Announcement[]>([])
  let nextId = 0
  let opened = false
  const pending: string[] = []
  const lastSaid = new Map<string, number>()

  function add(text: string) {
    const now = Date.now()
    if (now - (lastSaid.get(text) ?? -Infinity) < REPEAT_WITHIN_MS) return
    lastSaid.set(text, now)
    const id = nextId++
    announcements.value = [...announcements.value, { id, text }]
    timers.setTimeout(() => {
      announcements.value = announcements.value.filter((announcement) => announcement.id !== id)
    }, SHOWN_FOR_MS)
  }

  return {
    announcements,
    announce(text) {
      if (text === '') return
      if (opened) add(text)
      else pending.push(text)
    },
    open() {
      opened = true
      for (const text of pending.splice(0)) add(text)
    },
  }
}

export const announcerKey: InjectionKey<Announcer> = Symbol('announcer')

/** Outside the app (a component mounted alone in a test) there is nobody to tell: nothing is said. */
const SILENT: Announcer = { announcements: ref([]), announce: () => {}, open: () => {} }

export function useAnnouncer(): Announcer {
  return inject(announcerKey, SILENT)
}

/** Announces the text each time it changes to something new to say; empty means nothing to say. */
export function useAnnouncement(text: () => string, options: { immediate?: boolean } = {}): void {
  const announcer = useAnnouncer()
  watch(text, (now) => announcer.announce(now), { immediate: options.immediate ?? false })
}
