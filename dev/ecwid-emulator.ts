import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fileURLToPath } from 'node:url'
import { getRequestListener } from '@hono/node-server'
import type { Connect, Plugin, ResolvedConfig } from 'vite'
import { encryptPayloadForTests } from '../server/encrypt-payload.ts'
import { createHandler, PROXY_BASE_PATH, SESSION_PATH } from '../server/handler.ts'
import { DEMO_ACCESS_TOKEN, DEMO_APP_ID, DEMO_CLIENT_SECRET, DEMO_STORE_ID } from './demo-store.ts'
import { createMockCustomerGroupsApi } from './mock-api/customer-groups-api.ts'
import { FAILURES, NO_FAULTS, parseFaults, type Faults } from './mock-api/faults.ts'

/** Where Ecwid's CDN serves the SDK and the UI framework; the emulator serves stand-ins at the same paths. */
const CDN_ORIGINS = ['https://djqizrxa6f10j.cloudfront.net', 'https://d35z3p2poghz10.cloudfront.net']

function devFile(relative: string): string {
  return readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8')
}

const STATIC_FILES: Record<string, { file: string; type: string }> = {
  '/ecwid-sdk/js/1.3.0/ecwid-app.js': { file: './sdk/ecwid-app.js', type: 'text/javascript' },
  '/ecwid-sdk/css/1.3.19/ecwid-app-ui.css': { file: './sdk/ecwid-app-ui.css', type: 'text/css' },
  '/__ecwid/control-panel.js': { file: './control-panel/control-panel.js', type: 'text/javascript' },
  '/__ecwid/control-panel.css': { file: './control-panel/control-panel.css', type: 'text/css' },
}

function controlPanelPage(): string {
  const config = { storeId: DEMO_STORE_ID, accessToken: DEMO_ACCESS_TOKEN, appId: DEMO_APP_ID, failures: FAILURES }
  // The control panel holds the token, as the real one does; it hands it over only in the payload.
  const script = `<script>window.__EMULATOR__ = ${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`
  return devFile('./control-panel/index.html').replace('</head>', `${script}\n  </head>`)
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      body += chunk
      if (body.length > 10_000) request.destroy()
    })
    request.on('end', () => resolve(body))
    request.on('error', reject)
  })
}

/**
 * Ecwid's API answers browsers from any origin, preflight included. Whether it lets a page read
 * Retry-After is undocumented: the control panel switches it, hidden by default.
 */
function corsHeaders(faults: Faults): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Accept',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
    'Access-Control-Max-Age': '600',
    ...(faults.exposeRetryAfter ? { 'Access-Control-Expose-Headers': 'Retry-After' } : {}),
  }
}

/** The API is served on the control panel's host (localhost), cross-origin to the app (127.0.0.1), as app.ecwid.com is. */
function isAppHost(request: IncomingMessage): boolean {
  return (request.headers.host ?? '').startsWith('127.0.0.1')
}

/** CDN files the control panel can make hang, to see that the app does not wait for ever. */
const HANGING_FILES: Partial<Record<Faults['failure'], string>> = {
  'sdk-hangs': '/ecwid-sdk/js/1.3.0/ecwid-app.js',
  'css-hangs': '/ecwid-sdk/css/1.3.19/ecwid-app-ui.css',
}

/**
 * The app's server (server/handler.ts), as `npm start` runs it, for the enhanced-security mode: it
 * decrypts the payload and forwards the app's reads to the mock API below, over HTTP on localhost
 * (as to app.ecwid.com), so latency and faults apply as in the direct mode.
 */
function appServerListener(port: () => number): (request: IncomingMessage, response: ServerResponse) => void {
  let listener: ReturnType<typeof getRequestListener> | undefined
  return (request, response) => {
    listener ??= getRequestListener(
      createHandler({ clientSecret: DEMO_CLIENT_SECRET, apiBase: `http://localhost:${port()}/api/v3` }).fetch,
    )
    void listener(request, response)
  }
}

/** Ecwid's side of enhanced security: the payload, encrypted with the app's client secret. */
async function encryptedPayload(request: IncomingMessage): Promise<string> {
  const { payload, key } = JSON.parse((await readBody(request)) || '{}') as { payload?: unknown; key?: unknown }
  // "another" encrypts with another app's secret: what the app's server must refuse.
  const secret = key === 'another' ? 'another-apps-secret-0000000000000' : DEMO_CLIENT_SECRET
  return encryptPayloadForTests(payload, secret)
}

function createEmulatorMiddleware(): Connect.NextHandleFunction {
  const api = createMockCustomerGroupsApi()
  let port = 5173
  const appServer = appServerListener(() => port)
  let faults: Faults = NO_FAULTS
  /** CDN answers held open by a hanging fault; lifting the fault finishes them, as a CDN that recovers would. */
  const hanging: { response: ServerResponse; body: string }[] = []

  async function serveApi(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const current = faults
    if (isAppHost(request)) {
      response
        .writeHead(421, { 'Content-Type': 'text/plain' })
        .end('The emulated API answers on localhost, cross-origin to the app, as Ecwid’s does.')
      return
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, corsHeaders(current)).end()
      return
    }
    if (current.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, current.latencyMs))
    if (response.destroyed) return
    const answer = api.handle(
      { method: request.method ?? 'GET', url: request.url ?? '/', authorization: request.headers.authorization },
      current,
    )
    if (answer.kind === 'drop') {
      request.socket.destroy()
      return
    }
    response
      .writeHead(answer.status, { ...corsHeaders(current), 'Cache-Control': 'no-store', ...answer.headers })
      .end(answer.body)
  }

  return (request, response, next) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/'
    port = request.socket.localPort ?? port
    const handled = (async () => {
      if (path.startsWith('/api/v3/')) return serveApi(request, response)
      // The app's own server, on the app's origin: only its two routes, the mock API stays apart.
      if (path === SESSION_PATH || path.startsWith(`${PROXY_BASE_PATH}/`)) {
        // As a static host without the server answers: the app must explain, not hang.
        if (faults.failure === 'app-server-unavailable') {
          response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
          return
        }
        return appServer(request, response)
      }
      if (path === '/__ecwid/encrypted-payload' && request.method === 'POST') {
        response
          .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
          .end(JSON.stringify({ payload: await encryptedPayload(request) }))
        return
      }
      if (path === '/__ecwid' || path === '/__ecwid/') {
        response
          .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
          .end(controlPanelPage())
        return
      }
      if (path === '/__ecwid/faults') {
        if (request.method === 'PUT') {
          faults = parseFaults(JSON.parse((await readBody(request)) || '{}'))
          for (const held of hanging.splice(0)) if (!held.response.destroyed) held.response.end(held.body)
        }
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(faults))
        return
      }
      const file = STATIC_FILES[path]
      if (file && HANGING_FILES[faults.failure] === path) {
        // Headers, then nothing: the browser waits as it would for a stalled CDN.
        response.writeHead(200, { 'Content-Type': `${file.type}; charset=utf-8`, 'Cache-Control': 'no-store' })
        response.flushHeaders()
        hanging.push({ response, body: devFile(file.file) })
        return
      }
      if (file && path.endsWith('/ecwid-app.js') && faults.failure === 'sdk-unavailable') {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
        return
      }
      if (file) {
        response
          .writeHead(200, { 'Content-Type': `${file.type}; charset=utf-8`, 'Cache-Control': 'no-store' })
          .end(devFile(file.file))
        return
      }
      next()
    })()
    handled.catch((error: unknown) => {
      if (!response.headersSent)
        response.writeHead(500, { 'Content-Type': 'text/plain' }).end(`Emulator error: ${String(error)}`)
    })
  }
}

/**
 * The local Ecwid: a control panel page at /__ecwid/, the SDK and UI stand-ins at the CDN's paths,
 * and a mock of the customer-group and customer REST API at /api/v3/. Active in `vite` (dev), in
 * `vite preview`, and in builds made with `--mode emulator`, whose HTML then loads the stand-ins.
 */
export function ecwidEmulator(): Plugin {
  let config: ResolvedConfig | undefined
  const printUrl = (port: number | undefined) =>
    console.log(`\n  Ecwid emulator (control panel with the app inside): http://localhost:${port ?? 5173}/__ecwid/\n`)
  return {
    name: 'ecwid-emulator',
    configResolved(resolved) {
      config = resolved
    },
    configureServer(server) {
      server.middlewares.use(createEmulatorMiddleware())
      server.httpServer?.once('listening', () => {
        const address = server.httpServer?.address()
        printUrl(typeof address === 'object' && address ? address.port : undefined)
      })
    },
    configurePreviewServer(server) {
      server.middlewares.use(createEmulatorMiddleware())
    },
    transformIndexHtml: {
      // After Vite's own processing, which would otherwise try to bundle the local stand-in URLs.
      order: 'post',
      handler(html) {
        if (config?.command !== 'serve' && config?.mode !== 'emulator') return html
        let local = html.replace(/\s*<link rel="preconnect" href="https:\/\/app\.ecwid\.com"[^>]*>/, '')
        for (const origin of CDN_ORIGINS) local = local.split(`${origin}/ecwid-sdk/`).join('/ecwid-sdk/')
        return local
      },
    },
  }
}
