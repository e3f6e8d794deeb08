import { spawn } from 'node:child_process'
import { commandLineOf, descendantsMatching } from './measure.js'

/**
 * The ways the server runs, each with the same environment: `npm start` (dist-server/node.js on
 * Node), the bundled Worker in `workerd serve` alone (./workerd-alone.js), and `npm run
 * start:workerd` (the same Worker in workerd, through Miniflare and its local plumbing). `servingPid` finds the process that answers
 * requests, whose memory is measured: node itself under npm, workerd under Miniflare's Node.
 */
export const RUNTIMES = [
  {
    key: 'node',
    name: 'npm start (Node)',
    script: ['start'],
    port: 8810,
    ready: /Serving the app and its API on (http:\/\/\S+)/,
    servingProcess: /(^|\/)node .*dist-server\/node\.js/,
  },
  {
    key: 'workerd',
    name: 'workerd (the Worker alone)',
    command: ['node', 'bench/server/workerd-alone.js'],
    port: 8830,
    ready: /Serving the API in workerd alone on (http:\/\/\S+)/,
    servingProcess: /(^|\/)workerd serve/,
  },
  {
    key: 'miniflare',
    name: 'npm run start:workerd (Miniflare)',
    script: ['run', 'start:workerd'],
    port: 8820,
    ready: /Serving the app and its API in workerd on (http:\/\/\S+)/,
    servingProcess: /(^|\/)workerd serve/,
  },
  {
    // A yardstick, run only when asked for (BENCH_SERVER_RUNTIMES=minimal), and without the faults.
    key: 'minimal',
    name: 'minimal node:http proxy (yardstick)',
    command: ['node', 'bench/server/minimal-proxy.js'],
    port: 8840,
    ready: /Serving the minimal proxy on (http:\/\/\S+)/,
    servingProcess: /(^|\/)node .*minimal-proxy\.js/,
    byDefault: false,
    faults: false,
  },
]

/**
 * Starts a runtime and resolves once it prints its address. Everything it prints is kept in
 * `output()`, to check afterwards that no secret was logged.
 */
export async function startRuntime(runtime, { root, env }) {
  const [command, ...args] = runtime.command ?? ['npm', ...runtime.script]
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(runtime.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: stopping it stops npm, the server and (for workerd) Miniflare's child.
    detached: true,
  })
  let output = ''
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
  let running = true
  exited.then(() => (running = false))
  async function stop() {
    if (!running) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return
    }
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Gone already.
      }
    }, 5_000)
    await exited
    clearTimeout(killer)
  }
  // Whatever happens to the bench, what it started stops with it.
  const stopOnExit = () => {
    if (running) process.kill(-child.pid, 'SIGKILL')
  }
  process.once('exit', stopOnExit)
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${runtime.name} did not start within 90 s:\n${output}`)), 90_000)
      const onData = (chunk) => {
        output += chunk
        const match = runtime.ready.exec(output)
        if (match) {
          clearTimeout(timer)
          resolve(match[1])
        }
      }
      child.stdout.on('data', onData)
      child.stderr.on('data', onData)
      exited.then(({ code }) => {
        clearTimeout(timer)
        reject(new Error(`${runtime.name} exited with ${code} before it listened:\n${output}`))
      })
    })
    const [servingPid] = [child.pid, ...descendantsMatching(child.pid, runtime.servingProcess)].filter((pid) =>
      runtime.servingProcess.test(commandLineOf(pid)),
    )
    if (servingPid === undefined) throw new Error(`${runtime.name}: no process matching ${runtime.servingProcess}`)
    return {
      printedUrl: url,
      // Loopback by address, for both: `localhost` may resolve to ::1 first.
      url: `http://127.0.0.1:${runtime.port}`,
      servingPid,
      output: () => output,
      async stop() {
        await stop()
        process.off('exit', stopOnExit)
      },
    }
  } catch (error) {
    await stop()
    throw error
  }
}
