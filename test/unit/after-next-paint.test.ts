import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint } from '@/composables/after-next-paint'

// test/setup.ts makes it immediate for component tests; here it is the real one.
vi.unmock('@/composables/after-next-paint')

afterEach(() => {
  vi.useRealTimers()
})

describe('afterNextPaint', () => {
  it('runs after the next frame, in a task of its own: not before the paint', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] })
    const callback = vi.fn()
    afterNextPaint(callback)
    expect(callback).not.toHaveBeenCalled()
    vi.advanceTimersToNextFrame()
    // The frame's callbacks ran (the paint follows them); the callback waits for the task after.
    expect(callback).not.toHaveBeenCalled()
    vi.runOnlyPendingTimers()
    expect(callback).toHaveBeenCalledOnce()
  })
})
