// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { appIdProblem, appIdWarning, DEMO_APP_ID, framed } from '../../build/demo-app-id'
import { DEMO_APP_ID as EMULATOR_APP_ID } from '../../dev/demo-store'

describe('a build that would ship an app ID Ecwid ignores', () => {
  it.each([
    ['a plain production build with the demo ID', 'build', 'production', DEMO_APP_ID, 'demo'],
    ['a build in another deployable mode with the demo ID', 'build', 'staging', DEMO_APP_ID, 'demo'],
    ['a production build with no ID', 'build', 'production', undefined, 'missing'],
    ['a production build with a blank ID', 'build', 'production', '  ', 'missing'],
    ['a production build with a real client_id', 'build', 'production', 'custom-app-1003-1', null],
    ['the emulator build, which needs the demo ID', 'build', 'emulator', DEMO_APP_ID, null],
    ['dev (vite), with the demo ID', 'serve', 'development', DEMO_APP_ID, null],
    ['vitest, with the demo ID', 'serve', 'test', DEMO_APP_ID, null],
  ] as const)('%s: %s', (_case, command, mode, appId, problem) => {
    expect(appIdProblem({ command, mode, appId })).toBe(problem)
  })

  it('names VITE_ECWID_APP_ID and how to set it', () => {
    for (const problem of ['demo', 'missing'] as const) {
      const text = appIdWarning(problem)
      expect(text).toContain('VITE_ECWID_APP_ID')
      expect(text).toContain('VITE_ECWID_APP_ID=your-client-id npm run build')
    }
    expect(appIdWarning('demo')).toContain(`"${DEMO_APP_ID}"`)
  })

  it('frames the warning so it stands out', () => {
    expect(framed('one\nlonger')).toBe(['!!!!!!!!!!!!', '!! one    !!', '!! longer !!', '!!!!!!!!!!!!'].join('\n'))
  })

  it('knows the demo ID the repository ships in .env and the emulator expects', () => {
    const dotEnv = readFileSync(new URL('../../.env', import.meta.url), 'utf8')
    expect(/^VITE_ECWID_APP_ID=(.*)$/m.exec(dotEnv)?.[1]?.trim()).toBe(DEMO_APP_ID)
    expect(EMULATOR_APP_ID).toBe(DEMO_APP_ID)
  })
})

describe('the build’s plugins', () => {
  it('warn through Vite’s logger when a production build carries the demo ID, and stay quiet for the emulator build', async () => {
    const { demoAppIdWarning } = await import('../../build/demo-app-id-plugin')
    const run = (mode: string) => {
      const warnings: string[] = []
      const plugin = demoAppIdWarning() as unknown as {
        configResolved(config: unknown): void
        closeBundle(): void
      }
      plugin.configResolved({
        command: 'build',
        mode,
        env: { VITE_ECWID_APP_ID: DEMO_APP_ID },
        logger: { warn: (text: string) => warnings.push(text) },
      })
      plugin.closeBundle()
      return warnings.join('\n')
    }
    expect(run('production')).toContain('VITE_ECWID_APP_ID')
    expect(run('emulator')).toBe('')
  })

  it('are registered in vite.config.ts: the warning and the deployment headers', async () => {
    const config = (await import('../../vite.config')).default as { plugins: unknown[] }
    const names = config.plugins.flat(Infinity).map((plugin) => (plugin as { name?: string } | null)?.name)
    expect(names).toEqual(expect.arrayContaining(['demo-app-id-warning', 'deployment-headers', 'ecwid-emulator']))
  })
})
