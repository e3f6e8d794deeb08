import { MAX_RETRY_AFTER_SECONDS } from '@/api/retry-policy'
import type { ApiFailure } from './api-failure'

/** Something the control panel can do about a failure, offered as a button beside the advice. */
export type FailureAction = 'upgrade-plan'

export interface FailureMessage {
  readonly title: string
  readonly message: string
  /** Whether trying again could help: offered as a Retry button. */
  readonly canRetry: boolean
  readonly action?: FailureAction
}

export interface FailureContext {
  /** The group being loaded, to name it when it is missing. */
  readonly groupId?: number
}

/**
 * What a merchant reads when a call fails: what happened and what to do, in their words. Retry is
 * offered wherever the cause can go away without reloading the app (a plan upgraded in another
 * tab, a permission granted, a connection back); not for a group that does not exist or a request
 * the server calls invalid.
 */
export function describeFailure(failure: ApiFailure, context: FailureContext = {}): FailureMessage {
  const code = failure.errorCode ? ` (${failure.errorCode})` : ''
  switch (failure.kind) {
    case 'not-found':
      return context.groupId === undefined
        ? { title: 'Not found', message: 'The store has no such record. It may have been deleted.', canRetry: false }
        : {
            title: `Customer group ${context.groupId} was not found`,
            message: `There is no customer group with ID ${context.groupId} in this store. It may have been deleted; pick a group from the list.`,
            canRetry: false,
          }
    case 'store-not-found':
      return {
        title: 'Store not found',
        message: 'This store no longer exists or was moved. Reopen the app from your store admin.',
        canRetry: true,
      }
    case 'missing-scope':
      return {
        title: 'Permission missing',
        message:
          'The app is not allowed to read customer data: it lacks the read_customers scope. In your store admin, open Apps → My apps, remove Customer groups and install it again, accepting access to customers. Then press Retry.',
        canRetry: true,
      }
    case 'invalid-token':
      return {
        title: 'Access expired',
        message:
          'The app’s access to your store is no longer valid. Reopen the app from your store admin; if this keeps happening, reinstall it.',
        canRetry: true,
      }
    case 'plan-required':
      return {
        title: 'Not on your plan',
        message:
          'Customer groups are not available on your current plan, or the store is suspended. Upgrade your plan, then press Retry.',
        canRetry: true,
        action: 'upgrade-plan',
      }
    case 'rate-limited':
      return {
        title: 'Too many requests',
        message:
          failure.retryAfterSeconds !== undefined && failure.retryAfterSeconds > MAX_RETRY_AFTER_SECONDS
            ? `The store asked the app to wait ${failure.retryAfterSeconds} s before its next request, longer than the app waits on its own. Retry once that time has passed.`
            : 'The store received too many requests in the last minute. Wait a moment, then retry.',
        canRetry: true,
      }
    case 'server':
      return {
        title: 'The store’s server had a problem',
        message: `The request failed on the server${failure.status ? ` (HTTP ${failure.status})` : ''}, even after retrying. Retry in a moment.`,
        canRetry: true,
      }
    case 'network':
      return {
        title: 'No connection',
        message: 'The store’s server could not be reached. Check your internet connection, then retry.',
        canRetry: true,
      }
    case 'timeout':
      return {
        title: 'No answer in time',
        message: 'The store’s server took too long to answer. Retry in a moment.',
        canRetry: true,
      }
    case 'invalid-response':
      return {
        title: 'Unreadable answer',
        message: `The server answered with something that is not the expected data${failure.reason ? ` (${failure.reason})` : ''}. Retry; if it persists, contact the app’s support.`,
        canRetry: true,
      }
    case 'bad-request':
      return {
        title: 'Request refused',
        message: `The server refused the request as invalid${code}. Contact the app’s support.`,
        canRetry: false,
      }
    case 'unexpected':
      return {
        title: 'Something went wrong',
        message: 'The app ran into an unexpected problem. Retry; if it persists, reopen the app.',
        canRetry: true,
      }
  }
}

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
