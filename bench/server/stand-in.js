import { listenStandIn } from './stand-in-ecwid.js'

/**
 * The stand-in Ecwid (./stand-in-ecwid.js), with what it reports kept for the fault checks:
 * `waitFor('arrived' | 'closed-early', id)`; and `collect()` for the service times.
 */
export async function startStandIn({ port, latencyMs, bodies, tokens }) {
  /** Events seen, by `${type}:${id}`, and who is waiting for one. */
  const seen = new Map()
  const waiting = new Map()
  const post = (message) => {
    const key = `${message.type}:${message.id}`
    seen.set(key, { ...message, at: performance.now() })
    waiting.get(key)?.()
  }
  const standIn = await listenStandIn({ port, latencyMs, bodies, tokens, post })

  return {
    base: `http://127.0.0.1:${port}/api/v3`,
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
