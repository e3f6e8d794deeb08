import { BODY_EXCERPT_LIMIT } from '@/api/errors'
import type { Translator } from '@/i18n/translator'
import type { ApiFailure } from './api-failure'

/**
 * What the raw view shows for a failure: Ecwid's error body as JSON (`{errorMessage, errorCode}`),
 * an unreadable body as plain text, or nothing when the answer had no body.
 */
export type FailureBody =
  | { readonly kind: 'json'; readonly json: Record<string, string> }
  | { readonly kind: 'text'; readonly text: string; readonly truncated: boolean }

export function failureBodyOf(failure: ApiFailure): FailureBody | undefined {
  if (failure.bodyExcerpt !== undefined)
    return { kind: 'text', text: failure.bodyExcerpt, truncated: failure.bodyTruncated === true }
  const json: Record<string, string> = {}
  if (failure.serverMessage !== undefined) json.errorMessage = failure.serverMessage
  if (failure.errorCode !== undefined) json.errorCode = failure.errorCode
  return Object.keys(json).length > 0 ? { kind: 'json', json } : undefined
}

export interface RawView {
  readonly title: string
  readonly text: string
}

/**
 * The raw view shows the last answer exactly: the group as JSON, Ecwid's error body as JSON, or —
 * when the body was not JSON at all — its start as plain text, never rendered as markup.
 */
export function rawViewOf(
  input: {
    readonly data: unknown
    readonly failure: ApiFailure | null
    readonly loading: boolean
  },
  { t }: Translator,
): RawView {
  const json = (text: string) => ({ title: t('raw.title'), text })
  if (input.loading) return json(t('raw.waiting'))
  if (input.failure) {
    const body = failureBodyOf(input.failure)
    if (body?.kind === 'json') return json(JSON.stringify(body.json, null, 2))
    if (body?.kind === 'text') {
      const cut = body.truncated ? `\n${t('raw.truncated', { kilobytes: BODY_EXCERPT_LIMIT / 1024 })}` : ''
      const status = input.failure.status
      return {
        title: status === undefined ? t('raw.bodyTitleNoStatus') : t('raw.bodyTitle', { status: String(status) }),
        text: body.text + cut,
      }
    }
    return json(input.failure.status === undefined ? t('raw.noAnswer') : t('raw.emptyErrorBody'))
  }
  if (input.data !== undefined && input.data !== null) return json(JSON.stringify(input.data, null, 2))
  return json(t('raw.nothing'))
}
