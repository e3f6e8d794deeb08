import { createHash } from 'node:crypto'
/**
 * The HTTP headers the app should be served with, as the text of a `_headers` file (the format
 * Netlify and Cloudflare Pages read), computed from the build's own configuration; and a small
 * reader and matcher for that format, which `vite preview` uses to serve the build with them.
 *
 * Pure: no file system, no Vite. The plugin in ./deployment-headers-plugin.ts wires it in.
 */

/** Where Ecwid's CDN serves the app SDK (a classic script). */
export const ECWID_SDK_ORIGIN = 'https://djqizrxa6f10j.cloudfront.net'
/** Where Ecwid's CDN serves its CSS framework (which may pull fonts and images from the same host). */
export const ECWID_CSS_ORIGIN = 'https://d35z3p2poghz10.cloudfront.net'
/** The app's own default when VITE_ECWID_API_BASE is unset or empty (src/api/client.ts; a unit test keeps them equal). */
export const DEFAULT_API_BASE = 'https://app.ecwid.com/api/v3'

export interface HeaderSources {
  /** The REST base the app calls: absolute (`https://app.ecwid.com/api/v3`) or relative (`/api/v3`). */
  apiBase: string
  /** Origins of classic scripts besides the app's own (Ecwid's SDK); none when served locally. */
  scriptOrigins: readonly string[]
  /** Origins of stylesheets besides the app's own (Ecwid's CSS framework); fonts and images may come from them too. */
  styleOrigins: readonly string[]
  /**
   * Whether the page also talks to its own origin: the emulator runs the app's server there (the
   * enhanced-security mode). `npm start` rewrites connect-src to 'self' itself (server/).
   */
  appServer?: boolean
  /** The inline scripts the build wrote into index.html, allowed by their hashes (inlineScriptHash). */
  inlineScriptHashes?: readonly string[]
}

/** A CSP hash source for an inline script's text, e.g. `'sha256-…'`. */
export function inlineScriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`
}

/**
 * What the build loads, from its mode and its `import.meta.env` values (Vite's `loadEnv` for the
 * mode: the `.env` files plus `VITE_*` from the environment). In an emulator build the CDN
 * addresses were rewritten to local stand-ins, so then nothing comes from a CDN.
 */
export function headerSourcesFor(options: { mode: string; env: Record<string, string | undefined> }): HeaderSources {
  // The emulator plugin rewrites them in dev (`vite`, which serves no _headers) and in builds made with `--mode emulator`.
  const cdnRewrittenToLocal = options.mode === 'emulator'
  return {
    // `||`, as the app does: an empty value means the default.
    apiBase: options.env.VITE_ECWID_API_BASE || DEFAULT_API_BASE,
    scriptOrigins: cdnRewrittenToLocal ? [] : [ECWID_SDK_ORIGIN],
    styleOrigins: cdnRewrittenToLocal ? [] : [ECWID_CSS_ORIGIN],
    appServer: cdnRewrittenToLocal,
  }
}

/**
 * The CSP source for an API base: its origin when absolute, the scheme-less host when
 * protocol-relative (`//api.example.com/v3`), and `'self'` when relative to the page.
 */
export function apiSource(apiBase: string): string {
  const base = apiBase.trim()
  if (/^[a-z][a-z\d+.-]*:/i.test(base)) {
    const url = new URL(base)
    if (url.origin === 'null')
      throw new Error(`VITE_ECWID_API_BASE must be an http(s) address or a path, not ${JSON.stringify(apiBase)}`)
    return url.origin
  }
  if (base.startsWith('//')) return new URL(`https:${base}`).host
  return "'self'"
}

/**
 * Trusted Types (`require-trusted-types-for 'script'`): no string may become script or markup
 * except through a named policy. Vue 3.5 makes its own "vue" policy for the one place it writes
 * HTML; the CDN loader (src/ecwid/cdn-assets.ts) has "ecwid-cdn", which lets through only the SDK
 * address index.html preloads. test/e2e/csp.spec.ts runs the whole app under it.
 */
const TRUSTED_TYPES = true

export function contentSecurityPolicy(sources: HeaderSources): string {
  const unique = (items: string[]) => [...new Set(items)].join(' ')
  const directives: [string, string][] = [
    // Nothing is allowed unless a directive below says so.
    ['default-src', "'none'"],
    // The app's bundle, and Ecwid's SDK from its CDN. No eval, and no inline script but the
    // build's own, by hash (the early requests, build/inline-early-start-plugin.ts).
    ['script-src', unique(["'self'", ...sources.scriptOrigins, ...(sources.inlineScriptHashes ?? [])])],
    // The app's CSS, and Ecwid's CSS framework. Vue's style bindings go through the CSSOM, which CSP does not restrict.
    ['style-src', unique(["'self'", ...sources.styleOrigins])],
    // The REST API, and nothing else: a script that got in could not send the token anywhere.
    ['connect-src', unique([...(sources.appServer ? ["'self'"] : []), apiSource(sources.apiBase)])],
    // The favicon, small data: images in CSS, and images of Ecwid's CSS framework.
    ['img-src', unique(["'self'", 'data:', ...sources.styleOrigins])],
    // Fonts of Ecwid's CSS framework (or of the app itself).
    ['font-src', unique(["'self'", ...sources.styleOrigins])],
    // No <base href> that would re-point every relative URL.
    ['base-uri', "'none'"],
    // The app never submits a form; nothing injected can post one elsewhere.
    ['form-action', "'none'"],
    // No plugins (<object>, <embed>).
    ['object-src', "'none'"],
    // No frame-ancestors on purpose: Ecwid's admin, its partners' admins and admins that embed
    // Ecwid's (WordPress) all frame the app; a list of them would break it for some merchants.
  ]
  // Only the two named policies may exist: Vue's own, and the CDN loader's, which admits the SDK's
  // preloaded address and nothing else. Without the list any script could make a permissive one.
  if (TRUSTED_TYPES) directives.push(['require-trusted-types-for', "'script'"], ['trusted-types', 'vue ecwid-cdn'])
  return directives.map(([name, value]) => `${name} ${value}`).join('; ')
}

/** One block of a `_headers` file: a path pattern (a trailing `*` matches any rest) and its headers. */
export interface HeaderRule {
  pattern: string
  headers: [name: string, value: string][]
}

export function deploymentHeaderRules(sources: HeaderSources): HeaderRule[] {
  const noCache = 'no-cache'
  return [
    {
      pattern: '/*',
      headers: [
        ['Content-Security-Policy', contentSecurityPolicy(sources)],
        ['X-Content-Type-Options', 'nosniff'],
        // The token arrives in the URL fragment; no request should say where it came from.
        ['Referrer-Policy', 'no-referrer'],
        ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
      ],
    },
    // The page must be revalidated, so a new build's asset names are picked up at once.
    { pattern: '/', headers: [['Cache-Control', noCache]] },
    { pattern: '/index.html', headers: [['Cache-Control', noCache]] },
    // Vite puts a content hash in every name under assets/: a file there never changes.
    { pattern: '/assets/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  ]
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  const header =
    '# Generated by the build (build/deployment-headers.ts) for Netlify and Cloudflare Pages. Do not edit.\n'
  const blocks = rules.map((rule) =>
    [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  )
  return `${header}${blocks.join('\n\n')}\n`
}

export function deploymentHeadersFile(sources: HeaderSources): string {
  return formatHeadersFile(deploymentHeaderRules(sources))
}

/** Reads a `_headers` file: a path at the line start, its headers indented below; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  let current: HeaderRule | undefined
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    if (!/^\s/.test(line)) {
      current = { pattern: trimmed, headers: [] }
      rules.push(current)
      continue
    }
    const colon = trimmed.indexOf(':')
    if (!current || colon <= 0)
      throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, got ${JSON.stringify(line)}`)
    current.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()])
  }
  return rules
}

export function patternMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern
}

/**
 * The headers for a request path: every matching rule applies, in file order; a name set by
 * two rules gets both values joined with ", " (what Cloudflare Pages does).
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): [name: string, value: string][] {
  const merged = new Map<string, [string, string]>()
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase()
      const existing = merged.get(key)
      merged.set(key, existing ? [existing[0], `${existing[1]}, ${value}`] : [name, value])
    }
  }
  return [...merged.values()]
}
