/** The failures the control panel page can inject, to see how the app copes. */
export const FAILURES = {
  none: 'No fault',
  'missing-scope': '403 INSUFFICIENT_APP_SCOPE',
  'missing-profile-scope': '403 on /profile: no read_store_profile scope',
  'invalid-token': '403 bad token (empty body)',
  'plan-required': '402 NOT_AVAILABLE_ON_CURRENT_PLAN',
  'group-not-found': '404 for the group',
  'rate-limited': '429 RATE_LIMITED (Retry-After: 1)',
  'rate-limited-long': '429 RATE_LIMITED (Retry-After: 120)',
  'server-error': '500 INTERNAL_ERROR',
  'network-error': 'Network error (connection dropped)',
  'html-instead-of-json': '200 with an HTML page',
  'sdk-unavailable': 'SDK script fails to load (404)',
  'sdk-hangs': 'SDK script never answers',
  'css-hangs': 'Ecwid’s stylesheet never answers',
  'app-server-unavailable': 'App’s server missing (enhanced security: 404 for /api/session)',
} as const

export type Failure = keyof typeof FAILURES

/**
 * The conditions the control panel switches on — a failure, latency, the store's size — held by
 * the emulator's server and applied to every API answer until changed.
 */
export interface Faults {
  /** Added before every answer, in milliseconds. */
  readonly latencyMs: number
  readonly failure: Failure
  /**
   * Serve 1,000 customer groups instead of the demo store's few, so lists must page, one of them
   * with 10,000 members.
   */
  readonly largeStore: boolean
  /**
   * List Retry-After in Access-Control-Expose-Headers. Off by default: Ecwid does not document
   * doing so, and a cross-origin page cannot read the header unless it does.
   */
  readonly exposeRetryAfter: boolean
}

export const NO_FAULTS: Faults = { latencyMs: 0, failure: 'none', largeStore: false, exposeRetryAfter: false }

const MAX_LATENCY_MS = 60_000

/** Reads faults from the control panel's JSON; anything unknown or missing falls back to no fault. */
export function parseFaults(json: unknown): Faults {
  if (typeof json !== 'object' || json === null) return NO_FAULTS
  const { latencyMs, failure, largeStore, exposeRetryAfter } = json as Record<string, unknown>
  return {
    latencyMs:
      typeof latencyMs === 'number' && Number.isFinite(latencyMs)
        ? Math.min(Math.max(0, Math.round(latencyMs)), MAX_LATENCY_MS)
        : 0,
    failure: typeof failure === 'string' && failure in FAILURES ? (failure as Failure) : 'none',
    largeStore: largeStore === true,
    exposeRetryAfter: exposeRetryAfter === true,
  }
}
