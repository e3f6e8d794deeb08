// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  deploymentHeadersFile,
  headersForPath,
  headerSourcesFor,
  parseHeadersFile,
} from '../../../build/deployment-headers.ts'
import { createHandler } from '../../../server/handler.ts'
import { createNodeApp } from '../../../server/node-app.ts'
import { withSameOriginConnectSrc } from '../../../server/same-origin-policy.ts'
import { readBuildHeaders } from '../../../server/static-files.ts'
import { CLIENT_SECRET } from './server-fixtures.ts'

/** A stand-in for dist/: the page, a hashed asset, the build's _headers, and Vite's manifest. */
const distDir = mkdtempSync(join(tmpdir(), 'server-dist-'))
const headersFile = deploymentHeadersFile(headerSourcesFor({ mode: 'production', env: {} }))
writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>Customer groups</title>')
writeFileSync(join(distDir, '_headers'), headersFile)
mkdirSync(join(distDir, 'assets'))
writeFileSync(join(distDir, 'assets', 'boot-abc123.js'), 'export {}')
mkdirSync(join(distDir, '.vite'))
writeFileSync(join(distDir, '.vite', 'manifest.json'), '{}')
afterAll(() => rmSync(distDir, { recursive: true, force: true }))

const app = createNodeApp({
  handler: createHandler({ clientSecret: CLIENT_SECRET, apiBase: 'https://ecwid.example/api/v3' }),
  distDir,
})
const get = (path: string, init?: RequestInit) => app.fetch(new Request(`http://localhost${path}`, init))

describe('the Node server (npm start)', () => {
  it('serves index.html at / with the build’s headers, connect-src narrowed to itself', async () => {
    const response = await get('/?payload=abc&app_state=x')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Customer groups</title>')
    const expected = headersForPath(parseHeadersFile(headersFile), '/')
    expect(expected.length).toBeGreaterThan(3)
    for (const [name, value] of expected) {
      if (name === 'Content-Security-Policy') continue
      expect(response.headers.get(name), name).toBe(value)
    }
    const policy = response.headers.get('Content-Security-Policy')!
    const buildPolicy = expected.find(([name]) => name === 'Content-Security-Policy')![1]
    expect(buildPolicy).toContain('connect-src https://app.ecwid.com')
    expect(policy).toBe(buildPolicy.replace('connect-src https://app.ecwid.com', "connect-src 'self'"))
    expect(response.headers.get('X-Frame-Options')).toBeNull()
  })

  it('serves hashed assets as immutable, with their type', async () => {
    const response = await get('/assets/boot-abc123.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/javascript/)
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
  })

  it.each(['/_headers', '/.vite/manifest.json', '/assets/../_headers', '/missing.js'])(
    'does not publish %s',
    async (path) => {
      expect((await get(path)).status).toBe(404)
    },
  )

  it('sends /api to the handler: its answers, its 404s', async () => {
    const session = await get('/api/session', { method: 'POST', body: '{}' })
    expect(session.status).toBe(400)
    expect(await session.json()).toMatchObject({ errorCode: 'INVALID_REQUEST' })
    const unknown = await get('/api/unknown')
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({ errorCode: 'NOT_FOUND' })
  })

  it('refuses to start without a build, saying what to run', () => {
    const empty = mkdtempSync(join(tmpdir(), 'server-empty-'))
    try {
      expect(() => readBuildHeaders(empty)).toThrow(/npm run build/)
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})

describe('withSameOriginConnectSrc', () => {
  it.each([
    [
      "default-src 'none'; connect-src https://app.ecwid.com; img-src 'self'",
      "default-src 'none'; connect-src 'self'; img-src 'self'",
    ],
    ["default-src 'none'; connect-src 'self' https://a https://b", "default-src 'none'; connect-src 'self'"],
    ["default-src 'none'", "default-src 'none'; connect-src 'self'"],
  ])('turns %j into %j', (policy, expected) => {
    expect(withSameOriginConnectSrc(policy)).toBe(expected)
  })
})
