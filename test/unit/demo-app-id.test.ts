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
