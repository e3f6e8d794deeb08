import { fork } from 'node:child_process'
import { listenStandIn } from './stand-in-ecwid.js'

/**
 * The stand-in Ecwid (./stand-in-ecwid.js), with what it reports kept for the fault checks:
 * `waitFor('arrived' | 'closed-early', id)`; and `collect()` for the service times.
 *
 * It runs in a process of its own (./stand-in-process.js), so that the load generator's event
 * loop and the stand-in's do not delay each other: on the same thread, a request the stand-in had
 * not yet read, or an answer the generator had not yet read, counted as time the proxy added.
 * `inline: true` (BENCH_SERVER_STAND_IN=inline) runs it on the bench's thread, as before, to compare.
 * An event's `at` is when the bench heard of it (performance.now() here), a fraction of a
 * millisecond after the stand-in saw it.
 */
export async function startStandIn({ port, latencyMs, bodies, tokens, inline = false }) {
  /** Events seen, by `${type}:${id}`, and who is waiting for one. */
  const seen = new Map()
  const waiting = new Map()
  const post = (message) => {
    const key = `${message.type}:${message.id}`
    seen.set(key, { ...message, at: performance.now() })
    waiting.get(key)?.()
  }
  const standIn = inline
    ? await listenStandIn({ port, latencyMs, bodies, tokens, post })
    : await standInProcess({ port, latencyMs, bodies, tokens, post })

  return {
    base: `http://127.0.0.1:${port}/api/v3`,
    /** The stand-in's process (this one when inline), for its CPU time. */
    pid: standIn.pid ?? process.pid,
    /** The event for this request, with `at` (performance.now()) when it came; undefined on timeout. */
    waitFor(type, id, timeoutMs) {
      const key = `${type}:${id}`
      if (seen.has(key)) return Promise.resolve(seen.get(key))
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(key)
          resolve(undefined)
        }, timeoutMs)
        waiting.set(key, () => {
          clearTimeout(timer)
          waiting.delete(key)
          resolve(seen.get(key))
        })
      })
    },
    /** benchId → the stand-in's own service time (ms) since the last collect, and requests with a wrong token. */
    collect: async () => standIn.collect(),
    stop: () => standIn.stop(),
  }
}

/** The same interface as listenStandIn's, over IPC to ./stand-in-process.js. */
async function standInProcess({ port, latencyMs, bodies, tokens, post }) {
  const child = fork(new URL('./stand-in-process.js', import.meta.url), { stdio: 'inherit' })
  let onCollected
  child.on('message', (message) => {
    if (message.type === 'collected') onCollected?.(message)
    else if (message.type === 'arrived' || message.type === 'closed-early') post(message)
  })
  await new Promise((resolve, reject) => {
    child.once('message', (message) =>
      message.type === 'listening' ? resolve() : reject(new Error(message.message ?? 'the stand-in did not start')),
    )
    child.once('exit', (code) => reject(new Error(`the stand-in exited with ${code}`)))
    child.send({ port, latencyMs, bodies, tokens })
  })
  return {
    pid: child.pid,
    collect: () =>
      new Promise((resolve) => {
        onCollected = ({ times, wrongTokens }) => resolve({ times: new Map(times), wrongTokens })
        child.send({ type: 'collect' })
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve)
        child.send({ type: 'stop' })
      }),
  }
}
