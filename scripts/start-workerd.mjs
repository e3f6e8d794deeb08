/**
 * `npm run start:workerd`: the built Worker (dist-server/cloudflare-worker.js) and the built app
 * (dist/) in workerd, Cloudflare's own runtime, through Miniflare, on this machine and offline.
 * Everything about the Worker comes from wrangler.jsonc: wrangler bundles it exactly as
 * `wrangler deploy` would (`--dry-run --outdir`), and wrangler's reading of the config gives
 * Miniflare its compatibility date and flags (enable_request_signal) and assets (binding,
 * run_worker_first). The environment is
 * `npm start`'s: PORT (default 8080), ECWID_CLIENT_SECRET (required), SESSION_SECRET,
 * ECWID_API_BASE, UPSTREAM_TIMEOUT_MS; they become the Worker's bindings, as `wrangler secret put`
 * makes them.
 *
 * Listens on 127.0.0.1 only (a local stand-in for Cloudflare, not a server to expose), prints one
 * line with its address, and stops cleanly on SIGTERM or SIGINT.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const configPath = join(root, 'wrangler.jsonc')
const HOST = '127.0.0.1'

function fail(message) {
  console.error(message)
  process.exit(1)
}

const env = process.env
if (!env.ECWID_CLIENT_SECRET)
  fail(
    "ECWID_CLIENT_SECRET is not set: start the Worker with the app's client secret, e.g. ECWID_CLIENT_SECRET=… npm run start:workerd",
  )
const portText = env.PORT || '8080'
const port = Number(portText)
if (!/^\d+$/.test(portText) || port < 1 || port > 65_535)
  fail(`PORT must be a number from 1 to 65535, not ${JSON.stringify(portText)}.`)

// Wrangler would read .env into the Worker's bindings in development; .env holds the app's build
// settings, not the Worker's, so only the variables above reach it.
env.CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV = 'false'
env.WRANGLER_SEND_METRICS = 'false'
const { unstable_getMiniflareWorkerOptions } = await import('wrangler')
const { Miniflare } = await import('miniflare')

const { workerOptions, main } = unstable_getMiniflareWorkerOptions(configPath)
if (!main || !existsSync(main)) fail(`No built Worker at ${main ?? "wrangler.jsonc's main"}: run npm run build first.`)
if (!workerOptions.assets || !existsSync(join(workerOptions.assets.directory, 'index.html')))
  fail(`No built app in ${workerOptions.assets?.directory ?? "wrangler.jsonc's assets"}: run npm run build first.`)

const bindings = {
  ECWID_CLIENT_SECRET: env.ECWID_CLIENT_SECRET,
  ...(env.SESSION_SECRET ? { SESSION_SECRET: env.SESSION_SECRET } : {}),
  ...(env.ECWID_API_BASE ? { ECWID_API_BASE: env.ECWID_API_BASE } : {}),
  ...(env.UPSTREAM_TIMEOUT_MS ? { UPSTREAM_TIMEOUT_MS: env.UPSTREAM_TIMEOUT_MS } : {}),
}
// The Worker's own check of its bindings (it would answer every /api request with a 500), at start.
const { bindingsProblem } = await import(pathToFileURL(main).href)
const problem = bindingsProblem(bindings)
if (problem) fail(problem)

// What `wrangler deploy` uploads: the entry bundled with its packages (hono, jose).
const bundleDir = mkdtempSync(join(tmpdir(), 'start-workerd-'))
const removeBundle = () => rmSync(bundleDir, { recursive: true, force: true })
const bundled = spawnSync(
  process.execPath,
  [join(root, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', bundleDir],
  { cwd: root, env, encoding: 'utf8' },
)
const script = join(bundleDir, 'cloudflare-worker.js')
if (bundled.status !== 0 || !existsSync(script)) {
  removeBundle()
  fail(`wrangler could not bundle the Worker:\n${bundled.stdout}${bundled.stderr}`)
}

const miniflare = new Miniflare({
  ...workerOptions,
  name: 'ecwid-customer-groups',
  modules: true,
  scriptPath: script,
  modulesRoot: resolve(bundleDir),
  bindings,
  // Offline: no fetch of Cloudflare's request.cf data.
  cf: false,
  host: HOST,
  port,
})

let url
try {
  url = await miniflare.ready
} catch (error) {
  const inUse = /EADDRINUSE|address already in use/i.test(String(error?.message ?? error))
  fail(inUse ? `Port ${port} is in use: set PORT to a free one.` : `workerd did not start: ${error?.message ?? error}`)
} finally {
  // workerd has the script by now (Miniflare hands it over in its configuration).
  removeBundle()
}
console.log(
  `Serving the app and its API in workerd on http://${HOST}:${url.port} (Ecwid's API: ${env.ECWID_API_BASE || 'https://app.ecwid.com/api/v3'})`,
)

// Miniflare's own signal handlers exit at once with 128 + the signal; these stop workerd and
// exit 0, as `npm start` does. Its exit hook still stops workerd if the process ends otherwise.
let stopping = false
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.removeAllListeners(signal)
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    miniflare
      .dispose()
      .catch(() => {})
      .finally(() => process.exit(0))
  })
}
