import { createServer as listenOn, type Server } from 'node:net'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { createServer, type ViteDevServer } from 'vite'
import { expectReady, openInControlPanel } from './emulator'

/** A port the test holds, so the dev server asked for it has to take another one. */
const TAKEN_PORT = 5190

function hold(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = listenOn().once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

// `npm run dev`, not the preview of the emulator build that the other tests use: nothing here
// names the port in an address, so the mock API must be found at whichever port the server got.
test.describe('the dev server on a port other than 5173', () => {
  let blocker: Server | undefined
  let dev: ViteDevServer | undefined

  test.afterEach(async () => {
    await dev?.close()
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)))
  })

  test('asked for a taken port, it takes the next, and the app reads its groups from that port’s mock API', async ({
    browser,
  }) => {
    // Vite's first start may optimise the app's dependencies before it answers.
    test.setTimeout(60_000)
    blocker = await hold(TAKEN_PORT)
    dev = await createServer({
      root: fileURLToPath(new URL('../..', import.meta.url)),
      configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
      server: { port: TAKEN_PORT },
      logLevel: 'warn',
    })
    await dev.listen()
    const address = dev.httpServer?.address()
    const port = typeof address === 'object' && address ? address.port : TAKEN_PORT
    expect(port).not.toBe(TAKEN_PORT)

    // The control panel on localhost at the port the server got, as its start-up line prints.
    const context = await browser.newContext({ baseURL: `http://localhost:${port}` })
    const page = await context.newPage()
    const session = await openInControlPanel(page, { app_state: 'groupId=9367001' })
    const list = session.app.getByRole('navigation', { name: 'Groups' })
    await expect(list.getByRole('listitem')).toHaveCount(7, { timeout: 30_000 })
    await expect(session.app.getByRole('heading', { level: 2, name: 'VIP' })).toBeVisible()
    await expectReady(page)
    const apiOrigins = session.requests
      .map((request) => new URL(request.url()))
      .filter((url) => url.pathname.startsWith('/api/v3/'))
      .map((url) => url.origin)
    expect(apiOrigins.length).toBeGreaterThan(0)
    expect(new Set(apiOrigins)).toEqual(new Set([`http://localhost:${port}`]))
    await context.close()
  })
})
