import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { headersForPath, parseHeadersFile, type HeaderRule } from '../build/deployment-headers.ts'

/**
 * The built app (`dist/`), served by the Node server with the headers the build wrote into
 * `dist/_headers` for static hosts, so both deployments send the same policy; except that here
 * the page talks only to this server, so its CSP allows connections to 'self' and nowhere else.
 */

/** The build's `_headers`, with every Content-Security-Policy's connect-src narrowed to 'self'. */
export function sameOriginHeaderRules(rules: readonly HeaderRule[]): HeaderRule[] {
  return rules.map((rule) => ({
    pattern: rule.pattern,
    headers: rule.headers.map(([name, value]): [string, string] => [
      name,
      name.toLowerCase() === 'content-security-policy' ? withSameOriginConnectSrc(value) : value,
    ]),
  }))
}

/** connect-src 'self': the token stays on the server, so a script that got in has nowhere to send anything. */
export function withSameOriginConnectSrc(policy: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '')
  const connectSrc = "connect-src 'self'"
  const index = directives.findIndex((directive) => /^connect-src(?:\s|$)/i.test(directive))
  if (index === -1) directives.push(connectSrc)
  else directives[index] = connectSrc
  return directives.join('; ')
}

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
