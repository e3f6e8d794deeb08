import { readFileSync, existsSync, statSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { headersForPath, parseHeadersFile, type HeaderRule } from '../build/deployment-headers.ts'

/** Added round-trip time per kind of host, in ms: the bench's model of a real network. */
export interface Latency {
  /** The app's own host (its HTML, JS, CSS, language chunks). */
  readonly app: number
  /** Ecwid's CDN (the SDK and the UI stylesheet). */
  readonly cdn: number
  /** Ecwid's REST API, preflights included. */
  readonly api: number
}

export const NO_LATENCY: Latency = { app: 0, cdn: 0, api: 0 }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

/** The app's production build, served like the baselines, with the headers of its own `_headers`. */
const APP_DIR = fileURLToPath(new URL('../dist-bench/app/', import.meta.url))

/** The bench's own pages, served from the app's host beside the app: the baselines it measures against. */
const PAGES: Record<string, string> = {
  '/bench/vanilla/': fileURLToPath(new URL('./vanilla/', import.meta.url)),
  '/bench/vue-floor/': fileURLToPath(new URL('../dist-bench/vue-floor/', import.meta.url)),
}

function latencyFor(request: IncomingMessage, path: string, latency: Latency): number {
  if (path.startsWith('/api/v3/')) return latency.api
  if (path.startsWith('/ecwid-sdk/')) return latency.cdn
  // The control panel (localhost) is Ecwid's page around the frame: not part of what is timed.
  return (request.headers.host ?? '').startsWith('127.0.0.1') && !path.startsWith('/__') ? latency.app : 0
}

/**
 * The bench's routing in `vite preview`, in front of the emulator: a delay per kind of host, set
 * by PUT /__bench/latency, and the vanilla and Vue + Pinia baseline pages.
 */
export function benchRoutes(): Plugin {
  let latency: Latency = NO_LATENCY
  // API requests as they arrive, by method: GET /__bench/api-requests tells the bench how many
  // round trips a step took, the CORS preflights (which Playwright does not see) included.
  const apiRequests: Record<string, number> = {}
  let rules: HeaderRule[] | undefined
  const appRules = () => (rules ??= parseHeadersFile(readFileSync(join(APP_DIR, '_headers'), 'utf8')))
  return {
    name: 'bench-routes',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '/').split(/[?#]/)[0] ?? '/'
        if (path === '/__bench/latency' && request.method === 'PUT') {
          let body = ''
          request.on('data', (chunk: Buffer) => (body += chunk.toString()))
          request.on('end', () => {
            latency = { ...NO_LATENCY, ...(JSON.parse(body || '{}') as Partial<Latency>) }
            response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(latency))
          })
          return
        }
        if (path === '/__bench/api-requests' && request.method === 'GET') {
          response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(apiRequests))
          return
        }
        if (path.startsWith('/api/v3/')) {
          const method = request.method ?? 'GET'
          apiRequests[method] = (apiRequests[method] ?? 0) + 1
        }
        const delay = latencyFor(request, path, latency)
        // Every page the bench times is served the same way (read from disk, no middleware chain
        // in between): the app, the vanilla page and the floor pay the same server cost.
        const serve = () => {
          const prefix = Object.keys(PAGES).find((page) => path.startsWith(page))
          const onAppHost = (request.headers.host ?? '').startsWith('127.0.0.1')
          const isAppFile = !prefix && onAppHost && !/^\/(__|api\/|ecwid-sdk\/)/.test(path)
          if (!prefix && !isAppFile) return next()
          const root = prefix ? PAGES[prefix]! : APP_DIR
          const relative = normalize(path.slice(prefix ? prefix.length : 1) || 'index.html').replace(
            /^(\.\.[/\\])+/,
            '',
          )
          const file = join(root, relative.endsWith('/') || relative === '.' ? 'index.html' : relative)
          if (!existsSync(file) || !statSync(file).isFile()) return next()
          const headers: Record<string, string> = {
            'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
            'Cache-Control': 'no-store',
          }
          if (isAppFile) for (const [name, value] of headersForPath(appRules(), path)) headers[name] = value
          response.writeHead(200, headers).end(readFileSync(file))
        }
        if (delay > 0) setTimeout(serve, delay)
        else serve()
      })
    },
  }
}
