import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { headersForPath, parseHeadersFile, type HeaderRule } from '../build/deployment-headers.ts'
import { sameOriginHeaderRules } from './same-origin-policy.ts'

/**
 * The built app (`dist/`), served by the Node server with the headers the build wrote into
 * `dist/_headers` for static hosts, so both deployments send the same policy; except that here
 * the page talks only to this server: connect-src 'self' (./same-origin-policy.ts).
 */

/** Reads the build's headers; throws a one-line explanation when there is no build. */
export function readBuildHeaders(distDir: string): HeaderRule[] {
  let text: string
  try {
    readFileSync(join(distDir, 'index.html'))
    text = readFileSync(join(distDir, '_headers'), 'utf8')
  } catch {
    throw new Error(`No built app in ${distDir} (index.html and _headers): run npm run build first.`)
  }
  return sameOriginHeaderRules(parseHeadersFile(text))
}

/**
 * Files a static host would not publish: the headers file itself and dot-folders (Vite's
 * `.vite/manifest.json`). Not secrets, but not the app either.
 */
function isPrivatePath(path: string): boolean {
  return path === '/_headers' || /\/\./.test(path)
}

/** GET and HEAD of the app's files, `/` being index.html; everything else is 404. */
export function staticFiles(distDir: string): Hono {
  const rules = readBuildHeaders(distDir)
  const app = new Hono()
  app.use('*', async (c, next) => {
    await next()
    for (const [name, value] of headersForPath(rules, c.req.path)) c.header(name, value)
  })
  app.get('*', async (c, next) => (isPrivatePath(c.req.path) ? c.notFound() : next()))
  app.get('*', serveStatic({ root: distDir }))
  return app
}
