import { describe, expect, it, vi } from 'vitest'
import { createAnnouncer } from '@/composables/use-announcer'

const texts = (announcer: ReturnType<typeof createAnnouncer>) =>
  announcer.announcements.value.map((announcement) => announcement.text)

describe('the live region’s announcer', () => {
  it('holds what is said before the region can be heard, and says it once the region opens', () => {
    const announcer = createAnnouncer()
    announcer.announce('Loading groups…')
    announcer.announce('Permission missing. …')
    expect(texts(announcer)).toEqual([])
    announcer.open()
    expect(texts(announcer)).toEqual(['Loading groups…', 'Permission missing. …'])
  })

  it('tells the same words from two panes once, but again when they come back later', () => {
    vi.useFakeTimers()
    try {
      const announcer = createAnnouncer()
      announcer.open()
      announcer.announce('No connection. …')
      announcer.announce('No connection. …')
      expect(texts(announcer)).toEqual(['No connection. …'])
      vi.advanceTimersByTime(2500)
      announcer.announce('No connection. …')
      expect(texts(announcer)).toEqual(['No connection. …', 'No connection. …'])
    } finally {
      vi.useRealTimers()
    }
  })

  it('takes each message away after a while, so old news does not pile up on the page', () => {
    vi.useFakeTimers()
    try {
      const announcer = createAnnouncer()
      announcer.open()
      announcer.announce('7 groups')
      vi.advanceTimersByTime(3000)
      announcer.announce('130 customers in this group')
      vi.advanceTimersByTime(4500)
      expect(texts(announcer)).toEqual(['130 customers in this group'])
      vi.advanceTimersByTime(3000)
      expect(texts(announcer)).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })
})
