/**
 * The bundled Worker in `workerd serve` on its own, without Miniflare: one socket, the Worker,
 * and the network, as wrangler.jsonc describes it (compatibility date and flags), bundled as
 * `wrangler deploy` bundles it. `npm run start:workerd` (Miniflare) puts four more workers in front
 * of it and one behind (its entry, the assets router and its RPC proxy, and an outbound worker that
 * strips CF-Connecting-IP), which a deployment on Cloudflare does not run in the Worker's process.
 * The bench measures both (docs/server-bench.md).
 *
 * Only /api is served: ASSETS is bound to a worker that answers 404, as the bench asks for no page.
 * The environment is `npm start`'s (PORT, ECWID_CLIENT_SECRET, SESSION_SECRET, ECWID_API_BASE,
 * UPSTREAM_TIMEOUT_MS). The configuration, which holds the secrets as text bindings, is written to
 * a private temporary folder and removed once workerd listens. Prints one line with its address,
 * and stops workerd on SIGTERM or SIGINT.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const HOST = '127.0.0.1'
const env = process.env
const port = Number(env.PORT)

function fail(message) {
  console.error(message)
  process.exit(1)
}
if (!env.ECWID_CLIENT_SECRET) fail('ECWID_CLIENT_SECRET is not set.')
if (!Number.isInteger(port) || port < 1 || port > 65_535) fail('PORT must be a number from 1 to 65535.')

env.CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV = 'false'
env.WRANGLER_SEND_METRICS = 'false'
const { unstable_getMiniflareWorkerOptions } = await import('wrangler')
const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, 'wrangler.jsonc'))

const dir = mkdtempSync(join(tmpdir(), 'workerd-alone-'))
const remove = () => rmSync(dir, { recursive: true, force: true })
process.once('exit', remove)
const bundled = spawnSync(
  process.execPath,
  [join(root, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', dir],
  { cwd: root, env, encoding: 'utf8' },
)
if (bundled.status !== 0) fail(`wrangler could not bundle the Worker:\n${bundled.stdout}${bundled.stderr}`)
writeFileSync(join(dir, 'no-assets.js'), 'export default { fetch: () => new Response(null, { status: 404 }) }\n')

const text = (name, value) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`
const bindings = [
  text('ECWID_CLIENT_SECRET', env.ECWID_CLIENT_SECRET),
  ...['SESSION_SECRET', 'ECWID_API_BASE', 'UPSTREAM_TIMEOUT_MS']
    .filter((name) => env[name])
    .map((name) => text(name, env[name])),
  '(name = "ASSETS", service = "no-assets")',
]
const flags = (workerOptions.compatibilityFlags ?? []).map((flag) => JSON.stringify(flag)).join(', ')
writeFileSync(
  join(dir, 'config.capnp'),
  `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "no-assets", worker = (modules = [(name = "no-assets.js", esModule = embed "no-assets.js")], compatibilityDate = ${JSON.stringify(workerOptions.compatibilityDate)})),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "${HOST}:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "cloudflare-worker.js", esModule = embed "cloudflare-worker.js")],
  compatibilityDate = ${JSON.stringify(workerOptions.compatibilityDate)},
  compatibilityFlags = [${flags}],
  bindings = [${bindings.join(', ')}],
  globalOutbound = "internet",
);
`,
  { mode: 0o600 },
)

// The binary Miniflare runs (the `workerd` package, a dependency of miniflare): a CommonJS module
// whose default export is its path.
const workerdModule = await import('workerd')
const workerdPath = workerdModule.default.default ?? workerdModule.default
const workerd = spawn(workerdPath, ['serve', join(dir, 'config.capnp'), '--experimental'], {
  stdio: ['ignore', 'inherit', 'inherit'],
})
workerd.once('exit', (code) => process.exit(code ?? 1))
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => workerd.kill('SIGTERM'))

// Listening once a connection is accepted; then the configuration, secrets and all, goes.
const listening = () =>
  new Promise((resolve) => {
    const socket = connect(port, HOST, () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
const deadline = Date.now() + 30_000
while (!(await listening())) {
  if (Date.now() > deadline) fail('workerd did not listen within 30 s.')
  await new Promise((resolve) => setTimeout(resolve, 100))
}
remove()
console.log(`Serving the API in workerd alone on http://${HOST}:${port} (Ecwid's API: ${env.ECWID_API_BASE})`)
