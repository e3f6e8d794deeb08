import { afterEach, describe, expect, it, vi } from 'vitest'
import { keepIframeHeightInSync } from '@/ecwid/height-sync'

function elementOfHeight(height: number): HTMLElement {
  const element = document.createElement('div')
  element.getBoundingClientRect = vi.fn(() => ({ height }) as DOMRect)
  return element
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('keepIframeHeightInSync', () => {
  it('reports the height when the first layout does, not by forcing a layout of its own', () => {
    let report: (() => void) | undefined
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          report = callback
        }
        observe() {}
        disconnect() {}
      },
    )
    const element = elementOfHeight(640)
    const setHeight = vi.fn()
    keepIframeHeightInSync(element, setHeight)
    expect(element.getBoundingClientRect).not.toHaveBeenCalled()
    expect(setHeight).not.toHaveBeenCalled()
    report?.()
    expect(setHeight).toHaveBeenCalledWith(640)
  })

  it('measures once at once where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined)
    const setHeight = vi.fn()
    keepIframeHeightInSync(elementOfHeight(480), setHeight)
    expect(setHeight).toHaveBeenCalledWith(480)
  })
})
