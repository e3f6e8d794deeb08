import { parseResponseFields, project, ResponseFieldsSyntaxError } from './response-fields-projection.ts'

/** What the mock API gets and gives: Ecwid-shaped answers, shared by every endpoint. */
export interface MockRequest {
  readonly method: string
  /** Path and query, e.g. `/api/v3/1003/customer_groups?limit=10`. */
  readonly url: string
  readonly authorization: string | undefined
}

export type MockResponse =
  | {
      readonly kind: 'answer'
      readonly status: number
      readonly headers: Readonly<Record<string, string>>
      readonly body: string
    }
  /** Drop the connection without answering, as a failing network would. */
  | { readonly kind: 'drop' }

/** Ecwid's search calls: `limit` defaults to 100, and more is answered as 100. */
const MAX_LIMIT = 100
const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' }

export function json(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { kind: 'answer', status, headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify(body) }
}

export function error(
  status: number,
  errorMessage: string,
  errorCode?: string,
  headers: Record<string, string> = {},
): MockResponse {
  return json(status, errorCode ? { errorMessage, errorCode } : { errorMessage }, headers)
}

export const wrongParameter = (message: string): MockResponse => error(400, message, 'WRONG_PARAMETER')

export function withProjection(value: unknown, responseFields: string | null): MockResponse {
  // Omitted means everything; present-but-empty is something Ecwid's own client never sends.
  if (responseFields === null) return json(200, value)
  try {
    return json(200, project(value, parseResponseFields(responseFields)))
  } catch (problem) {
    if (problem instanceof ResponseFieldsSyntaxError)
      return wrongParameter(`Invalid responseFields: ${problem.message}`)
    throw problem
  }
}

function nonNegativeInteger(value: string | null, fallback: number): number | null {
  if (value === null) return fallback
  return /^\d+$/.test(value) ? Number(value) : null
}

/**
 * One page of a search answer, `{total, count, offset, limit, items}` plus any extra keys, projected
 * by `responseFields`; or 400 for an offset or limit that is not a non-negative integer.
 */
export function searchPage<Item>(
  matching: readonly Item[],
  params: URLSearchParams,
  extra: Record<string, unknown> = {},
): MockResponse {
  const offset = nonNegativeInteger(params.get('offset'), 0)
  const requestedLimit = nonNegativeInteger(params.get('limit'), MAX_LIMIT)
  if (offset === null || requestedLimit === null)
    return wrongParameter('offset and limit must be non-negative integers')
  const limit = Math.min(requestedLimit, MAX_LIMIT)
  const items = matching.slice(offset, offset + limit)
  return withProjection(
    { total: matching.length, count: items.length, offset, limit, items, ...extra },
    params.get('responseFields'),
  )
}
