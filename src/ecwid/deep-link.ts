import { parseGroupId } from '@/api/group-id'
import { isCustomerGroupFieldName, type CustomerGroupFieldName } from '@/api/customer-group-fields'

/**
 * Where a deep link points: `app_state` = `groupId=<id>` with an optional
 * `&responseFields=<comma list>`.
 */
export type DeepLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'group'; readonly groupId: number; readonly fields: readonly CustomerGroupFieldName[] | null }
  | { readonly kind: 'invalid-group-id'; readonly rawGroupId: string }
  | { readonly kind: 'malformed' }

/**
 * Ecwid passes app_state still URL-encoded: it is decoded exactly once here, then split into
 * `key=value` pairs as they stand. (URLSearchParams would percent-decode every value a second
 * time, so `groupId=%35` would open group 5.)
 */
export function parseDeepLink(encodedAppState: string | null): DeepLink {
  if (encodedAppState === null) return { kind: 'none' }
  let decoded: string
  try {
    decoded = decodeURIComponent(encodedAppState)
  } catch {
    return { kind: 'malformed' }
  }
  const params = splitPairs(decoded)
  const rawGroupId = params.get('groupId')
  if (rawGroupId === undefined) return { kind: 'none' }
  const groupId = parseGroupId(rawGroupId)
  if (groupId === null) return { kind: 'invalid-group-id', rawGroupId }
  return { kind: 'group', groupId, fields: parseFieldList(params.get('responseFields')) }
}

function splitPairs(query: string): Map<string, string> {
  const pairs = new Map<string, string>()
  for (const pair of query.split('&')) {
    const separator = pair.indexOf('=')
    const key = separator === -1 ? pair : pair.slice(0, separator)
    // The first occurrence wins, as with URLSearchParams.get.
    if (key !== '' && !pairs.has(key)) pairs.set(key, separator === -1 ? '' : pair.slice(separator + 1))
  }
  return pairs
}

/** Known names only, in the order given; null when nothing usable was asked for. */
function parseFieldList(list: string | undefined): CustomerGroupFieldName[] | null {
  if (list === undefined) return null
  const fields = [...new Set(list.split(',').map((name) => name.trim()))].filter(isCustomerGroupFieldName)
  return fields.length > 0 ? fields : null
}
