/**
 * Ecwid's SDK and stylesheet come from Ecwid's CDN. Loaded the usual way (a deferred script, a
 * stylesheet link in <head>), a CDN that stalls instead of failing holds the app back for ever:
 * no first render, no ready(), the control panel's spinner turning over the explanation. So
 * index.html only preloads them, and boot adds them here and waits for each at most a few seconds.
 */
export type Arrival = 'loaded' | 'failed' | 'timed-out'

/** How long boot waits for the SDK and the stylesheet; the control panel hears ready() well within 10 s. */
export const CDN_WAIT_MS = 4000

function arrivalOf(element: HTMLElement, timeoutMs: number): Promise<Arrival> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timed-out'), timeoutMs)
    element.addEventListener('load', () => (clearTimeout(timer), resolve('loaded')), { once: true })
    element.addEventListener('error', () => (clearTimeout(timer), resolve('failed')), { once: true })
  })
}

interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScriptURL(url: string): string },
    ): { createScriptURL(url: string): unknown }
  }
}

/** Made once: the deployment's CSP names it (`trusted-types vue ecwid-cdn`) and allows no duplicate. */
let cdnPolicy: { createScriptURL(url: string): unknown } | null = null

/**
 * Under the deployment's Trusted Types policy a script's src must come from a named policy; this
 * one lets through exactly the one URL index.html preloads, nothing else.
 */
function trustedScriptUrl(doc: Document, src: string): string {
  const trustedTypes = (doc.defaultView as (Window & TrustedTypesWindow) | null)?.trustedTypes
  if (!trustedTypes) return src
  cdnPolicy ??= trustedTypes.createPolicy('ecwid-cdn', {
    createScriptURL: (url) => {
      const preloaded = doc.querySelector<HTMLLinkElement>('link#ecwid-sdk')?.href
      if (url !== preloaded) throw new TypeError('Only the preloaded Ecwid SDK may be loaded')
      return url
    },
  })
  // A TrustedScriptURL, which the DOM accepts where a string is typed.
  return cdnPolicy.createScriptURL(src) as string
}

/** Runs the preloaded classic script; resolves once it ran, failed, or took too long. */
export function loadScript(doc: Document, src: string, timeoutMs = CDN_WAIT_MS): Promise<Arrival> {
  const script = doc.createElement('script')
  script.src = trustedScriptUrl(doc, src)
  const arrival = arrivalOf(script, timeoutMs)
  doc.head.append(script)
  return arrival
}

/**
 * Applies the preloaded stylesheet right where its preload stands, so it keeps its place in the
 * cascade (before the app's own styles), and resolves once it applied, failed, or took too long:
 * after that the app renders with its fallback styles and the sheet applies whenever it comes.
 */
export function loadStylesheet(preload: HTMLLinkElement, timeoutMs = CDN_WAIT_MS): Promise<Arrival> {
  const sheet = preload.ownerDocument.createElement('link')
  sheet.rel = 'stylesheet'
  sheet.href = preload.href
  const arrival = arrivalOf(sheet, timeoutMs)
  preload.after(sheet)
  return arrival
}
