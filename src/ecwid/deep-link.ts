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
 * Ecwid passes app_state still URL-encoded: it is decoded exactly once here, then read as a query
 * string. Decoding twice would turn a literal `%25` in a value into something else.
 */
export function parseDeepLink(encodedAppState: string | null): DeepLink {
  if (encodedAppState === null) return { kind: 'none' }
  let decoded: string
  try {
    decoded = decodeURIComponent(encodedAppState)
  } catch {
    return { kind: 'malformed' }
  }
  const params = new URLSearchParams(decoded)
  const rawGroupId = params.get('groupId')
  if (rawGroupId === null) return { kind: 'none' }
  const groupId = parseGroupId(rawGroupId)
  if (groupId === null) return { kind: 'invalid-group-id', rawGroupId }
  return { kind: 'group', groupId, fields: parseFieldList(params.get('responseFields')) }
}

/** Known names only, in the order given; null when nothing usable was asked for. */
function parseFieldList(list: string | null): CustomerGroupFieldName[] | null {
  if (list === null) return null
  const fields = [...new Set(list.split(',').map((name) => name.trim()))].filter(isCustomerGroupFieldName)
  return fields.length > 0 ? fields : null
}
