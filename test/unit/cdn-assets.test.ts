import { afterEach, describe, expect, it, vi } from 'vitest'
import { CDN_WAIT_MS, loadScript, loadStylesheet } from '@/ecwid/cdn-assets'

afterEach(() => vi.useRealTimers())

/** A stand-in for a CDN's elements: nothing loads or fails until the test says so. */
class FakeElement extends EventTarget {
  src = ''
  rel = ''
  href = ''
  constructor(
    readonly tagName: string,
    readonly ownerDocument: FakeDocument,
  ) {
    super()
  }
  /** Inserts `element` right after this one in the head. */
  after(element: FakeElement) {
    const head = this.ownerDocument.head.children
    head.splice(head.indexOf(this) + 1, 0, element)
  }
}

class FakeDocument {
  defaultView = null
  head = { children: [] as FakeElement[], append: (element: FakeElement) => this.head.children.push(element) }
  createElement(tagName: string) {
    return new FakeElement(tagName, this)
  }
}

const asDocument = (fake: FakeDocument) => fake as unknown as Document

describe('loading Ecwid’s CDN files at boot', () => {
  it('gives up on an SDK that never answers after CDN_WAIT_MS, so the app can explain itself in time', async () => {
    vi.useFakeTimers()
    const doc = new FakeDocument()
    let arrival: string | undefined
    void loadScript(asDocument(doc), 'https://cdn.example/ecwid-app.js').then((result) => (arrival = result))
    expect(doc.head.children.map((element) => element.src)).toEqual(['https://cdn.example/ecwid-app.js'])
    await vi.advanceTimersByTimeAsync(CDN_WAIT_MS - 1)
    expect(arrival).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    expect(arrival).toBe('timed-out')
    // The control panel must hear ready() within 10 s, with room to render.
    expect(CDN_WAIT_MS).toBeLessThanOrEqual(5000)
  })

  it('reports a script that loaded, and one that failed, at once', async () => {
    const doc = new FakeDocument()
    const loaded = loadScript(asDocument(doc), 'https://cdn.example/a.js')
    doc.head.children[0]!.dispatchEvent(new Event('load'))
    await expect(loaded).resolves.toBe('loaded')
    const failed = loadScript(asDocument(doc), 'https://cdn.example/b.js')
    doc.head.children[1]!.dispatchEvent(new Event('error'))
    await expect(failed).resolves.toBe('failed')
  })

  it('applies the stylesheet right after its preload, ahead of the app’s own styles, and stops waiting for it in time', async () => {
    vi.useFakeTimers()
    const doc = new FakeDocument()
    const preload = doc.createElement('link')
    preload.href = 'https://cdn.example/ecwid-app-ui.css'
    const appStyles = doc.createElement('link')
    appStyles.href = '/assets/index.css'
    doc.head.append(preload)
    doc.head.append(appStyles)
    const arrival = loadStylesheet(preload as unknown as HTMLLinkElement)
    expect(doc.head.children.map((element) => [element.rel, element.href])).toEqual([
      ['', 'https://cdn.example/ecwid-app-ui.css'],
      ['stylesheet', 'https://cdn.example/ecwid-app-ui.css'],
      ['', '/assets/index.css'],
    ])
    await vi.advanceTimersByTimeAsync(CDN_WAIT_MS)
    await expect(arrival).resolves.toBe('timed-out')
  })
})
