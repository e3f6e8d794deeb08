/** Ecwid's documented limit: 600 requests a minute per token, answered with 429 + Retry-After. */
export const REQUESTS_PER_MINUTE = 600
const WINDOW_MS = 60_000

export function createRateLimiter(limit = REQUESTS_PER_MINUTE) {
  const recent = new Map<string, number[]>()
  return {
    /** Seconds to wait, or null when the request may pass (and is counted). */
    take(key: string, nowMs: number): number | null {
      const times = (recent.get(key) ?? []).filter((time) => nowMs - time < WINDOW_MS)
      if (times.length >= limit) {
        recent.set(key, times)
        return Math.max(1, Math.ceil((times[0]! + WINDOW_MS - nowMs) / 1000))
      }
      times.push(nowMs)
      recent.set(key, times)
      return null
    },
  }
}
