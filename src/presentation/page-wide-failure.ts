import type { ApiFailure } from './api-failure'

/**
 * Failures that no single request caused: the token, the app's permissions, the store's plan,
 * the connection, the rate limit. Two panes failing with any of these are one problem.
 */
const PAGE_WIDE_KINDS: ReadonlySet<ApiFailure['kind']> = new Set([
  'missing-scope',
  'invalid-token',
  'plan-required',
  'store-not-found',
  'network',
  'rate-limited',
])

/** Whether two failures are the same problem, told once. */
function sameProblem(a: ApiFailure, b: ApiFailure): boolean {
  return a.kind === b.kind || (PAGE_WIDE_KINDS.has(a.kind) && PAGE_WIDE_KINDS.has(b.kind))
}

/**
 * The failure to report once for the whole page, if any: when two or more panes failed with the
 * same problem (a scope error, a dropped connection, a 500 on every request), one alert with one
 * Retry says it, the page-wide kind first. A failure of one pane alone stays in that pane, with
 * its own Retry.
 */
export function pageWideFailure(failures: readonly (ApiFailure | null)[]): ApiFailure | null {
  const failed = failures.filter((failure): failure is ApiFailure => failure !== null)
  const shared = failed.filter((failure, index) =>
    failed.some((other, otherIndex) => otherIndex !== index && sameProblem(failure, other)),
  )
  return shared.find((failure) => PAGE_WIDE_KINDS.has(failure.kind)) ?? shared[0] ?? null
}

/** Whether a pane's failure is already told by the page alert. */
export function isToldByPage(failure: ApiFailure | null, pageFailure: ApiFailure | null): boolean {
  return failure !== null && pageFailure !== null && sameProblem(failure, pageFailure)
}
