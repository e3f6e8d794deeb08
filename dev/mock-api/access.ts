import { DEMO_ACCESS_TOKEN } from '../demo-store.ts'
import { error, type MockRequest, type MockResponse } from './answers.ts'
import type { Faults } from './faults.ts'
import type { createRateLimiter } from './rate-limiter.ts'

/**
 * What every call meets before its endpoint, in Ecwid's order: the token, the rate limit, then the
 * injected faults. Null lets the call through. The 404 for one group and the profile's missing
 * scope are those endpoints' own.
 */
export function checkAccess(
  request: MockRequest,
  faults: Faults,
  rateLimiter: ReturnType<typeof createRateLimiter>,
  nowMs: number,
): MockResponse | null {
  // Only the header counts: `?token=` has been ignored by Ecwid since 2025-03-20.
  const bearer = /^Bearer (\S+)$/.exec(request.authorization ?? '')?.[1]
  if (bearer !== DEMO_ACCESS_TOKEN || faults.failure === 'invalid-token')
    return { kind: 'answer', status: 403, headers: {}, body: '' }

  const retryAfter = rateLimiter.take(bearer, nowMs)
  if (retryAfter !== null) return error(429, 'Too many requests', 'RATE_LIMITED', { 'Retry-After': String(retryAfter) })

  switch (faults.failure) {
    case 'missing-scope':
      return error(403, 'The app does not have the read_customers scope', 'INSUFFICIENT_APP_SCOPE')
    case 'plan-required':
      return error(402, 'Customer groups are not available on the current plan', 'NOT_AVAILABLE_ON_CURRENT_PLAN')
    case 'rate-limited':
      return error(429, 'Too many requests', 'RATE_LIMITED', { 'Retry-After': '1' })
    case 'rate-limited-long':
      return error(429, 'Too many requests', 'RATE_LIMITED', { 'Retry-After': '120' })
    case 'server-error':
      return error(500, 'Internal error', 'INTERNAL_ERROR')
    case 'network-error':
      return { kind: 'drop' }
    case 'html-instead-of-json':
      return {
        kind: 'answer',
        status: 200,
        headers: { 'Content-Type': 'text/html' },
        body: '<!doctype html><title>Maintenance</title><h1>Back soon</h1>',
      }
    case 'group-not-found': // the groups endpoint's, for single groups
    case 'missing-profile-scope': // the profile endpoint's: the app's other scopes are granted
    case 'sdk-unavailable': // faults of the CDN, not of the API
    case 'sdk-hangs':
    case 'css-hangs':
    case 'app-server-unavailable': // a fault of the app's own server, in front of the API
    case 'none':
      return null
  }
}
