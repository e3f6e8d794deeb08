import { readFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { resolve } from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import {
  deploymentHeadersFile,
  headerSourcesFor,
  headersForPath,
  inlineScriptHash,
  parseHeadersFile,
  type HeaderRule,
  type HeaderSources,
} from './deployment-headers.ts'

export const HEADERS_FILE = '_headers'

/** What a plugin that writes inline scripts into index.html exposes, so the policy allows them. */
export interface InlineScriptsApi {
  inlineScripts?: () => readonly string[]
}

/** The emulator's own routes in `vite preview`: the control panel, the mock API, the CDN stand-ins. Not the app's. */
const EMULATOR_PREFIXES = ['/__ecwid', '/api/', '/ecwid-sdk/']

/**
 * What in the built page the policy would block: an external script or stylesheet from an origin
 * it does not list, inline script, inline event handlers, inline styles. Returns one line per problem.
 */
export function htmlProblemsUnderPolicy(html: string, sources: HeaderSources): string[] {
  const problems: string[] = []
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '')
  const attribute = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1]
  const checkOrigin = (url: string | undefined, allowed: readonly string[], kind: string) => {
    if (!url || !/^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(url)) return
    const origin = new URL(url, 'https://self.invalid').origin
    if (!allowed.includes(origin)) problems.push(`${kind} from ${origin} (${url}) is not in the policy`)
  }
  for (const match of withoutComments.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const tag = match[1] ?? ''
    const src = attribute(tag, 'src')
    if (src === undefined && !sources.inlineScriptHashes?.includes(inlineScriptHash(match[2] ?? '')))
      problems.push(`inline <script> (${tag}) is blocked by script-src`)
    checkOrigin(src, sources.scriptOrigins, 'script')
  }
  for (const match of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(match[0], 'rel')?.toLowerCase()
    const as = attribute(match[0], 'as')?.toLowerCase()
    const href = attribute(match[0], 'href')
    if (rel === 'stylesheet' || (rel === 'preload' && as === 'style'))
      checkOrigin(href, sources.styleOrigins, 'stylesheet')
    if (rel === 'modulepreload' || (rel === 'preload' && as === 'script'))
      checkOrigin(href, sources.scriptOrigins, 'script')
  }
  if (/<style\b/i.test(withoutComments)) problems.push('inline <style> is blocked by style-src')
  for (const match of withoutComments.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi))
    problems.push(`inline event handler ${match[1]}= is blocked by script-src`)
  for (const match of withoutComments.matchAll(/<[a-z][^>]*\sstyle\s*=/gi))
    problems.push(`inline style attribute (${match[0]}…) is blocked by style-src`)
  return problems
}

/** Sets the headers on every response this middleware lets through, whoever writes it later (sirv, Vite's HTML fallback). */
function forceHeaders(response: ServerResponse, headers: [string, string][]): void {
  for (const [name, value] of headers) response.setHeader(name, value)
  const names = new Set(headers.map(([name]) => name.toLowerCase()))
  const writeHead = response.writeHead
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    for (const [name, value] of headers) this.setHeader(name, value)
    // writeHead(status, { ... }) would win over setHeader: drop the names we own from it.
    const last = args[args.length - 1]
    if (last && typeof last === 'object' && !Array.isArray(last)) {
      args[args.length - 1] = Object.fromEntries(
        Object.entries(last).filter(([name]) => !names.has(name.toLowerCase())),
      )
    }
    return (writeHead as (...rest: unknown[]) => ServerResponse).apply(this, args)
  } as ServerResponse['writeHead']
}

/**
 * Writes `_headers` (Netlify / Cloudflare Pages) next to the build, from the build's own
 * configuration; and in `vite preview` serves the app's files with exactly those headers.
 */
export function deploymentHeaders(): Plugin {
  let config: ResolvedConfig | undefined
  let sources: HeaderSources | undefined
  return {
    name: 'deployment-headers',
    configResolved(resolved) {
      config = resolved
      // resolved.env is Vite's loadEnv for the mode (the .env files, then VITE_* from the
      // environment): exactly what the app reads as import.meta.env.
      sources = headerSourcesFor({ mode: resolved.mode, env: resolved.env as Record<string, string | undefined> })
    },
    generateBundle: {
      // After Vite has emitted index.html, so it can be checked against the policy.
      order: 'post',
      handler(_options, bundle) {
        if (!sources || !config) return
        // The scripts the build itself inlined, vouched for by the plugin that wrote them.
        const inlined = config.plugins.flatMap(
          (plugin) => (plugin.api as InlineScriptsApi | undefined)?.inlineScripts?.() ?? [],
        )
        sources = { ...sources, inlineScriptHashes: inlined.map(inlineScriptHash) }
        const page = bundle['index.html']
        if (page && page.type === 'asset') {
          const problems = htmlProblemsUnderPolicy(String(page.source), sources)
          if (problems.length > 0) {
            this.error(
              `index.html loads what the Content-Security-Policy in ${HEADERS_FILE} blocks:\n  - ${problems.join('\n  - ')}\n` +
                'Change the page, or the policy in build/deployment-headers.ts.',
            )
          }
        }
        this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: deploymentHeadersFile(sources) })
      },
    },
    configurePreviewServer(server) {
      const resolved = config ?? server.config
      const file = resolve(resolved.root, resolved.build.outDir, HEADERS_FILE)
      let rules: HeaderRule[] = []
      try {
        rules = parseHeadersFile(readFileSync(file, 'utf8'))
      } catch {
        resolved.logger.warn(
          `No ${HEADERS_FILE} in ${resolved.build.outDir}: the preview is served without the deployment headers. Build first.`,
        )
      }
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split('?')[0] ?? '/'
        if (!EMULATOR_PREFIXES.some((prefix) => path.startsWith(prefix)))
          forceHeaders(response, headersForPath(rules, path))
        next()
      })
    },
  }
}
