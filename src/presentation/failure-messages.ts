import type { InvalidResponseReason } from '@/api/errors'
import { MAX_RETRY_AFTER_SECONDS } from '@/api/retry-policy'
import type { RejectedDeepLink } from '@/ecwid/deep-link'
import type { Translator } from '@/i18n/translator'
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

/** Why an answer could not be used, in the merchant's language. */
export function describeReason(reason: InvalidResponseReason, { t }: Translator): string {
  switch (reason.code) {
    case 'too-large':
      return t('reason.tooLarge', { megabytes: reason.megabytes })
    case 'not-json':
      return t('reason.notJson')
    case 'group-not-an-object':
      return t('reason.groupNotAnObject')
    case 'search-result-not-an-object':
      return t('reason.searchResultNotAnObject')
    case 'wrong-field-type':
      return t('reason.wrongFieldType', { field: reason.field, type: reason.type })
    case 'incomplete-search-result':
      return t('reason.incompleteSearchResult')
    case 'unexpected-item':
      return t(reason.item === 'customer' ? 'reason.unexpectedCustomer' : 'reason.unexpectedGroup')
    case 'count-without-total':
      return t('reason.countWithoutTotal')
    case 'profile-without-currency':
      return t('reason.profileWithoutCurrency')
  }
}

/**
 * What a merchant reads when a call fails: what happened and what to do, in their words and
 * language. Retry is offered wherever the cause can go away without reloading the app (a plan
 * upgraded in another tab, a permission granted, a connection back); not for a group that does not
 * exist or a request the server calls invalid.
 */
export function describeFailure(failure: ApiFailure, i18n: Translator, context: FailureContext = {}): FailureMessage {
  const { t } = i18n
  switch (failure.kind) {
    case 'not-found':
      return context.groupId === undefined
        ? { title: t('failure.notFound.title'), message: t('failure.notFound.message'), canRetry: false }
        : {
            title: t('failure.groupNotFound.title', { id: String(context.groupId) }),
            message: t('failure.groupNotFound.message', { id: String(context.groupId) }),
            canRetry: false,
          }
    case 'store-not-found':
      return { title: t('failure.storeNotFound.title'), message: t('failure.storeNotFound.message'), canRetry: true }
    case 'missing-scope':
      return { title: t('failure.missingScope.title'), message: t('failure.missingScope.message'), canRetry: true }
    case 'invalid-token':
      return { title: t('failure.invalidToken.title'), message: t('failure.invalidToken.message'), canRetry: true }
    case 'plan-required':
      return {
        title: t('failure.planRequired.title'),
        message: t('failure.planRequired.message'),
        canRetry: true,
        action: 'upgrade-plan',
      }
    case 'rate-limited':
      return {
        title: t('failure.rateLimited.title'),
        message:
          failure.retryAfterSeconds !== undefined && failure.retryAfterSeconds > MAX_RETRY_AFTER_SECONDS
            ? t('failure.rateLimited.longWait', { seconds: failure.retryAfterSeconds })
            : t('failure.rateLimited.message'),
        canRetry: true,
      }
    case 'server':
      return {
        title: t('failure.server.title'),
        message: failure.status
          ? t('failure.server.messageWithStatus', { status: String(failure.status) })
          : t('failure.server.message'),
        canRetry: true,
      }
    case 'network':
      return { title: t('failure.network.title'), message: t('failure.network.message'), canRetry: true }
    case 'timeout':
      return { title: t('failure.timeout.title'), message: t('failure.timeout.message'), canRetry: true }
    case 'invalid-response':
      return {
        title: t('failure.invalidResponse.title'),
        message: failure.reason
          ? t('failure.invalidResponse.messageWithReason', { reason: describeReason(failure.reason, i18n) })
          : t('failure.invalidResponse.message'),
        canRetry: true,
      }
    case 'bad-request':
      return {
        title: t('failure.badRequest.title'),
        message: failure.errorCode
          ? t('failure.badRequest.messageWithCode', { code: failure.errorCode })
          : t('failure.badRequest.message'),
        canRetry: false,
      }
    case 'unexpected':
      return { title: t('failure.unexpected.title'), message: t('failure.unexpected.message'), canRetry: true }
  }
}

/** What the page says when the link it was opened with points to no group: Retry would not help. */
export function describeInvalidLink(link: RejectedDeepLink, { t }: Translator): FailureMessage {
  return {
    title: t('details.invalidLink.title'),
    message:
      link.kind === 'invalid-group-id'
        ? t('details.invalidLink.badId', { id: link.rawGroupId })
        : t('details.invalidLink.damaged'),
    canRetry: false,
  }
}
