// @vitest-environment node
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { afterAll, describe, expect, it } from 'vitest'
import { readNodeServerConfig } from '../../../server/config.ts'
import { CLIENT_SECRET } from './server-fixtures.ts'

const SESSION_SECRET = 'a-session-secret-of-at-least-32-characters'

describe('readNodeServerConfig', () => {
  it('needs only ECWID_CLIENT_SECRET: port 8080, Ecwid’s API, sessions sealed with the client secret', () => {
    expect(readNodeServerConfig({ ECWID_CLIENT_SECRET: CLIENT_SECRET })).toEqual({
      ok: true,
      config: { port: 8080, handler: { clientSecret: CLIENT_SECRET, apiBase: 'https://app.ecwid.com/api/v3' } },
    })
  })

  it('reads PORT, ECWID_API_BASE and SESSION_SECRET', () => {
    const env = {
      ECWID_CLIENT_SECRET: CLIENT_SECRET,
      PORT: '3000',
      ECWID_API_BASE: 'http://localhost:5173/api/v3',
      SESSION_SECRET,
    }
    expect(readNodeServerConfig(env)).toEqual({
      ok: true,
      config: {
        port: 3000,
        handler: {
          clientSecret: CLIENT_SECRET,
          apiBase: 'http://localhost:5173/api/v3',
          sessionSecret: SESSION_SECRET,
        },
      },
    })
  })

  it('reads UPSTREAM_TIMEOUT_MS, in milliseconds; empty is unset (the handler then waits 20 s)', () => {
    const timed = readNodeServerConfig({ ECWID_CLIENT_SECRET: CLIENT_SECRET, UPSTREAM_TIMEOUT_MS: '1500' })
    expect(timed.ok && timed.config.handler.upstreamTimeoutMs).toBe(1500)
    const unset = readNodeServerConfig({ ECWID_CLIENT_SECRET: CLIENT_SECRET, UPSTREAM_TIMEOUT_MS: '' })
    expect(unset.ok && 'upstreamTimeoutMs' in unset.config.handler).toBe(false)
  })

  it.each(['0', '1e3', '2.5', ' 500', '-1', 'ten', '300001'])(
    'refuses UPSTREAM_TIMEOUT_MS=%j in one line naming the variable',
    (value) => {
      const result = readNodeServerConfig({ ECWID_CLIENT_SECRET: CLIENT_SECRET, UPSTREAM_TIMEOUT_MS: value })
      expect(result.ok).toBe(false)
      const text = result.ok ? '' : result.message
      expect(text).toMatch(/^UPSTREAM_TIMEOUT_MS, when set, must be a whole number of milliseconds from 1 to 300000\.$/)
      expect(text).not.toContain(CLIENT_SECRET)
    },
  )

  it.each([
    ['no client secret', {}, /^ECWID_CLIENT_SECRET is not set/],
    ['an empty client secret', { ECWID_CLIENT_SECRET: '' }, /^ECWID_CLIENT_SECRET is not set/],
    ['a short client secret', { ECWID_CLIENT_SECRET: 'secret-0123' }, /^ECWID_CLIENT_SECRET: /],
    ['a port that is not a number', { ECWID_CLIENT_SECRET: CLIENT_SECRET, PORT: 'eighty' }, /^PORT /],
    ['a port out of range', { ECWID_CLIENT_SECRET: CLIENT_SECRET, PORT: '70000' }, /^PORT /],
    [
      'a short session secret',
      { ECWID_CLIENT_SECRET: CLIENT_SECRET, SESSION_SECRET: 'short-but-set' },
      /^SESSION_SECRET/,
    ],
    [
      'an API base without a scheme',
      { ECWID_CLIENT_SECRET: CLIENT_SECRET, ECWID_API_BASE: 'app.ecwid.com' },
      /^ECWID_API_BASE/,
    ],
  ])('refuses %s in one line naming the variable, quoting no secret', (_case, env: Record<string, string>, message) => {
    const result = readNodeServerConfig(env)
    expect(result.ok).toBe(false)
    const text = result.ok ? '' : result.message
    expect(text).toMatch(message)
    expect(text).not.toContain('\n')
    const secrets: (string | undefined)[] = [env.ECWID_CLIENT_SECRET, env.SESSION_SECRET]
    for (const secret of secrets) if (secret) expect(text).not.toContain(secret)
  })
})

describe('the built server (node dist-server/node.js)', () => {
  // Built where Node finds the project's node_modules from it, in a folder of this run's own (two
  // runs at once must not delete each other's build), and removed afterwards.
  const scratch = fileURLToPath(new URL('../../../node_modules/.tmp/', import.meta.url))
  mkdirSync(scratch, { recursive: true })
  const outDir = mkdtempSync(join(scratch, 'server-config-test-'))
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('refuses to start without ECWID_CLIENT_SECRET: one line, exit code 1', async () => {
    await build({
      configFile: fileURLToPath(new URL('../../../server/vite.config.ts', import.meta.url)),
      build: { outDir, sourcemap: false },
      logLevel: 'silent',
    })
    const { ECWID_CLIENT_SECRET: _unset, ...environment } = process.env
    const run = spawnSync(process.execPath, [`${outDir}/node.js`], {
      // An unusable PORT too: whatever happens, this run never listens.
      env: { ...environment, PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 20_000,
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^ECWID_CLIENT_SECRET is not set/)])
  }, 60_000)
})
