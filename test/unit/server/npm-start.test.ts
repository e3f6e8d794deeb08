// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deploymentHeadersFile, headerSourcesFor } from '../../../build/deployment-headers.ts'
import {
  ACCESS_TOKEN,
  CLIENT_SECRET,
  PAYLOAD_JSON,
  STORE_ID,
  encryptLikeEcwid,
  everythingVisible,
  tokenForms,
  urlSafe,
} from './server-fixtures.ts'

/**
 * `npm start` as a deployment runs it: the built dist-server/node.js, configured by PORT,
 * ECWID_CLIENT_SECRET and ECWID_API_BASE only, beside a dist/ folder, with a stand-in for
 * Ecwid's API on another port.
 */
describe('npm start (the built server, configured by its environment)', () => {
  // Inside node_modules/.tmp, so that Node finds the project's packages from the built file.
  const scratch = fileURLToPath(new URL('../../../node_modules/.tmp/', import.meta.url))
  mkdirSync(scratch, { recursive: true })
  const root = mkdtempSync(join(scratch, 'npm-start-test-'))
  const ecwidCalls: { url: string; authorization: string | undefined }[] = []
  let ecwid: Server
  let server: ChildProcess
  let base = ''

  beforeAll(async () => {
    // dist/: a page and the build's headers (node.js serves ../dist from where it is).
    mkdirSync(join(root, 'dist'))
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>Customer groups</title>')
    writeFileSync(
      join(root, 'dist', '_headers'),
      deploymentHeadersFile(headerSourcesFor({ mode: 'production', env: {} })),
    )
    await build({
      configFile: fileURLToPath(new URL('../../../server/vite.config.ts', import.meta.url)),
      build: { outDir: join(root, 'dist-server'), sourcemap: false },
      logLevel: 'silent',
    })

    ecwid = createServer((request: IncomingMessage, response) => {
      ecwidCalls.push({ url: request.url ?? '', authorization: request.headers.authorization })
      response
        .writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '7', 'Set-Cookie': 'tracking=1' })
        .end(JSON.stringify({ errorMessage: 'Too many requests', errorCode: 'RATE_LIMITED' }))
    })
    await new Promise<void>((resolve) => ecwid.listen(0, '127.0.0.1', resolve))
    const ecwidPort = (ecwid.address() as AddressInfo).port

    // A free port for the server under test.
    const probe = createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const port = (probe.address() as AddressInfo).port
    await new Promise((resolve) => probe.close(resolve))

    server = spawn(process.execPath, [join(root, 'dist-server', 'node.js')], {
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        ECWID_CLIENT_SECRET: CLIENT_SECRET,
        ECWID_API_BASE: `http://127.0.0.1:${ecwidPort}/api/v3`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    await new Promise<void>((resolve, reject) => {
      server.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Serving the app')) resolve()
      })
      server.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)))
    })
    base = `http://127.0.0.1:${port}`
  }, 60_000)

  afterAll(async () => {
    server?.kill('SIGTERM')
    await new Promise((resolve) => ecwid?.close(resolve))
    rmSync(root, { recursive: true, force: true })
  })

  const payload = () => urlSafe(encryptLikeEcwid(JSON.stringify(PAYLOAD_JSON)))
  const openSession = async () => {
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ payload: payload() }),
    })
    return { response, body: (await response.clone().json()) as { session: string } }
  }

  it('serves the app with the build’s headers, talking only to itself', async () => {
    const response = await fetch(`${base}/?payload=${payload()}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Customer groups')
    expect(response.headers.get('Content-Security-Policy')).toContain("connect-src 'self';")
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer')
  })

  it('opens a session from Ecwid’s payload without handing out the token, and forwards reads with it', async () => {
    const { response, body } = await openSession()
    expect(response.status).toBe(200)
    const visible = await everythingVisible(response)
    for (const form of tokenForms()) expect(visible).not.toContain(form)

    const read = await fetch(`${base}/api/ecwid/v3/${STORE_ID}/customer_groups?limit=100`, {
      headers: { Authorization: `Bearer ${body.session}` },
    })
    // Ecwid's answer comes back as it was, Retry-After included, its cookie not.
    expect(read.status).toBe(429)
    expect(read.headers.get('Retry-After')).toBe('7')
    expect(read.headers.get('Set-Cookie')).toBeNull()
    expect(await read.json()).toMatchObject({ errorCode: 'RATE_LIMITED' })
    expect(ecwidCalls.at(-1)).toEqual({
      url: `/api/v3/${STORE_ID}/customer_groups?limit=100`,
      authorization: `Bearer ${ACCESS_TOKEN}`,
    })
  })

  it.each([
    ['a payload that is not base64', { payload: 'not base64!' }, 400, 'PAYLOAD_NOT_BASE64'],
    [
      'a payload encrypted with another key',
      { payload: urlSafe(encryptLikeEcwid('{}', { secret: 'ZyXwVu9876543210-x' })) },
      400,
      'PAYLOAD_UNDECRYPTABLE',
    ],
    ['no payload at all', {}, 400, 'INVALID_REQUEST'],
  ])('answers %s with %i and a plain message', async (_name, body, status, code) => {
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(response.status).toBe(status)
    const answer = (await response.json()) as { errorCode: string; errorMessage: string }
    expect(answer.errorCode).toBe(code)
    expect(answer.errorMessage).not.toMatch(/\bat \S+:\d+/)
  })

  it('refuses a forged session (401) and another store’s (403), without asking Ecwid', async () => {
    const calls = ecwidCalls.length
    const { body } = await openSession()
    const forged = await fetch(`${base}/api/ecwid/v3/${STORE_ID}/customer_groups`, {
      headers: { Authorization: `Bearer x${body.session}` },
    })
    expect(forged.status).toBe(401)
    const otherStore = await fetch(`${base}/api/ecwid/v3/${STORE_ID + 1}/customer_groups`, {
      headers: { Authorization: `Bearer ${body.session}` },
    })
    expect(otherStore.status).toBe(403)
    expect(ecwidCalls).toHaveLength(calls)
  })
})
