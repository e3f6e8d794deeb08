import { openSession, type OpenSessionResult } from './session.ts'

/**
 * Sessions this server has already opened, kept by their sealed text, so that a session's every
 * request after its first costs a Map lookup instead of a JWE decryption (about a sixth of the Node
 * server's CPU time per proxied request under load, by profile: docs/server-bench.md). Only genuine sessions get in; expiry is
 * checked on every use exactly as openSession checks it (`exp` in seconds, expired once reached).
 * Bounded: past `capacity` the oldest is dropped, to be opened again if it comes back. The tokens
 * kept are the ones this process holds anyway while it forwards their requests.
 */
export const OPENED_SESSIONS_KEPT = 10_000

export function openedSessions(options: { key: () => Promise<CryptoKey>; capacity?: number }) {
  const capacity = options.capacity ?? OPENED_SESSIONS_KEPT
  const kept = new Map<string, Extract<OpenSessionResult, { ok: true }>>()

  return async function open(sealed: string, nowMs: number): Promise<OpenSessionResult> {
    const known = kept.get(sealed)
    if (known !== undefined) {
      if (known.session.expiresAt > Math.floor(nowMs / 1000)) return known
      kept.delete(sealed)
      return { ok: false, problem: 'expired' }
    }
    const opened = await openSession(sealed, await options.key(), nowMs)
    if (opened.ok) {
      kept.set(sealed, opened)
      // Maps iterate in insertion order: the first key is the oldest.
      if (kept.size > capacity) kept.delete(kept.keys().next().value as string)
    }
    return opened
  }
}
