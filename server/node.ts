/**
 * `npm start`: the built app and the API handler on one Node HTTP server. Everything it does is
 * in the modules it wires; this file reads the environment, listens, and stops cleanly.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { readNodeServerConfig } from './config.ts'
import { createHandler } from './handler.ts'
import { createNodeApp } from './node-app.ts'
import { nodeUpstreamFetch } from './node-upstream.ts'

// Next to dist-server/ once built (and next to server/ when run from source): the app's build.
const distDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist')

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const result = readNodeServerConfig(process.env)
if (!result.ok) fail(result.message)
const { port, handler: handlerConfig } = result.config

let app: ReturnType<typeof createNodeApp>
try {
  app = createNodeApp({ handler: createHandler({ ...handlerConfig, fetch: nodeUpstreamFetch }), distDir })
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}

const server = serve({ fetch: app.fetch, port }, (info) => {
  console.log(`Serving the app and its API on http://localhost:${info.port} (Ecwid's API: ${handlerConfig.apiBase})`)
})

server.on('error', (error: NodeJS.ErrnoException) => {
  fail(
    error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to a free one.` : `Cannot listen: ${error.message}`,
  )
})

// Containers stop with SIGTERM: finish the requests in flight, then exit.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
