import { BODY_EXCERPT_LIMIT } from '@/api/errors'
import { failureBodyOf, type ApiFailure } from './api-failure'

export interface RawView {
  readonly title: string
  readonly text: string
}

/**
 * The raw view shows the last answer exactly: the group as JSON, Ecwid's error body as JSON, or —
 * when the body was not JSON at all — its start as plain text, never rendered as markup.
 */
export function rawViewOf(input: {
  readonly data: unknown
  readonly failure: ApiFailure | null
  readonly loading: boolean
}): RawView {
  const json = (text: string) => ({ title: 'Raw JSON', text })
  if (input.loading) return json('Waiting for the answer…')
  if (input.failure) {
    const body = failureBodyOf(input.failure)
    if (body?.kind === 'json') return json(JSON.stringify(body.json, null, 2))
    if (body?.kind === 'text') {
      const cut = body.truncated ? `\n… (only the first ${BODY_EXCERPT_LIMIT / 1024} KB is shown)` : ''
      return { title: `Raw body — HTTP ${input.failure.status ?? '?'}, as received`, text: body.text + cut }
    }
    return json(
      input.failure.status === undefined
        ? 'No answer: the request did not reach the server.'
        : 'The error response had no body.',
    )
  }
  if (input.data !== undefined && input.data !== null) return json(JSON.stringify(input.data, null, 2))
  return json('No answer to show.')
}
