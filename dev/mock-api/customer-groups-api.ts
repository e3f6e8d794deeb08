import { DEMO_ACCESS_TOKEN, DEMO_STORE_ID, demoCustomerGroups, type DemoCustomerGroup } from '../demo-store.ts'
import type { Faults } from './faults.ts'
import { createRateLimiter } from './rate-limiter.ts'
import { parseResponseFields, project, ResponseFieldsSyntaxError } from './response-fields-projection.ts'

export interface MockRequest {
  readonly method: string
  /** Path and query, e.g. `/api/v3/1003/customer_groups?limit=10`. */
  readonly url: string
  readonly authorization: string | undefined
}

export type MockResponse =
  | { readonly kind: 'answer'; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string }
  /** Drop the connection without answering, as a failing network would. */
  | { readonly kind: 'drop' }

const MAX_LIMIT = 100
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' }

function json(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { kind: 'answer', status, headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify(body) }
}

function error(status: number, errorMessage: string, errorCode?: string, headers: Record<string, string> = {}): MockResponse {
  return json(status, errorCode ? { errorMessage, errorCode } : { errorMessage }, headers)
}

function withProjection(value: unknown, responseFields: string | null): MockResponse {
  // Omitted means everything; present-but-empty is something Ecwid's own client never sends.
  if (responseFields === null) return json(200, value)
  try {
    return json(200, project(value, parseResponseFields(responseFields)))
  } catch (problem) {
    if (problem instanceof ResponseFieldsSyntaxError) return error(400, `Invalid responseFields: ${problem.message}`, 'WRONG_PARAMETER')
    throw problem
  }
}

function nonNegativeInteger(value: string | null, fallback: number): number | null {
  if (value === null) return fallback
  return /^\d+$/.test(value) ? Number(value) : null
}

function search(groups: readonly DemoCustomerGroup[], params: URLSearchParams): MockResponse {
  const offset = nonNegativeInteger(params.get('offset'), 0)
  const limit = nonNegativeInteger(params.get('limit'), MAX_LIMIT)
  if (offset === null || limit === null) return error(400, 'offset and limit must be non-negative integers', 'WRONG_PARAMETER')
  const keyword = params.get('keyword')?.toLowerCase() ?? ''
  const matching = groups.filter((group) => group.name.toLowerCase().includes(keyword))
  const items = matching.slice(offset, offset + Math.min(limit, MAX_LIMIT))
  return withProjection({ total: matching.length, count: items.length, offset, limit: Math.min(limit, MAX_LIMIT), items }, params.get('responseFields'))
}

/** Ecwid's customer-group read API for the demo store, with the faults the emulator injects. */
export function createMockCustomerGroupsApi(options: { groups?: readonly DemoCustomerGroup[]; now?: () => number } = {}) {
  const groups = options.groups ?? demoCustomerGroups
  const now = options.now ?? Date.now
  const rateLimiter = createRateLimiter()

  function handle(request: MockRequest, faults: Faults): MockResponse {
    const url = new URL(request.url, 'http://mock.invalid')
    const route = /^\/api\/v3\/([^/]+)\/customer_groups(?:\/([^/]*))?\/?$/.exec(url.pathname)
    if (!route) return error(404, 'Unknown API endpoint')
    if (request.method !== 'GET') return error(405, 'This emulator serves read calls only')

    // Only the header counts: `?token=` has been ignored by Ecwid since 2025-03-20.
    const bearer = /^Bearer (\S+)$/.exec(request.authorization ?? '')?.[1]
    if (bearer !== DEMO_ACCESS_TOKEN || faults.failure === 'invalid-token') return { kind: 'answer', status: 403, headers: {}, body: '' }

    const retryAfter = rateLimiter.take(bearer, now())
    if (retryAfter !== null) return error(429, 'Too many requests', 'RATE_LIMITED', { 'Retry-After': String(retryAfter) })

    const isSingleGroup = route[2] !== undefined
    switch (faults.failure) {
      case 'missing-scope':
        return error(403, 'The app does not have the read_customers scope', 'INSUFFICIENT_APP_SCOPE')
      case 'plan-required':
        return error(402, 'Customer groups are not available on the current plan', 'NOT_AVAILABLE_ON_CURRENT_PLAN')
      case 'rate-limited':
        return error(429, 'Too many requests', 'RATE_LIMITED', { 'Retry-After': '1' })
      case 'server-error':
        return error(500, 'Internal error', 'INTERNAL_ERROR')
      case 'network-error':
        return { kind: 'drop' }
      case 'html-instead-of-json':
        return { kind: 'answer', status: 200, headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><title>Maintenance</title><h1>Back soon</h1>' }
      case 'group-not-found':
        if (isSingleGroup) return error(404, `Customer group #${route[2]} not found`)
        break
      case 'sdk-unavailable': // a fault of the script, not of the API
      case 'none':
        break
    }

    if (route[1] !== String(DEMO_STORE_ID)) return error(404, 'Store not found', 'STORE_NOT_FOUND')
    if (!isSingleGroup) return search(groups, url.searchParams)

    const idText = route[2] ?? ''
    if (!/^\d+$/.test(idText)) return error(400, `Invalid customer group id: ${idText}`, 'WRONG_PARAMETER')
    const group = groups.find((candidate) => candidate.id === Number(idText))
    if (!group) return error(404, `Customer group #${idText} not found`)
    return withProjection(group, url.searchParams.get('responseFields'))
  }

  return { handle }
}
