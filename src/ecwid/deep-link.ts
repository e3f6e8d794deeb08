import { parseGroupId } from '@/api/group-id'
import {
  customerGroupFieldNames,
  isCustomerGroupFieldName,
  type CustomerGroupFieldName,
} from '@/api/customer-group-fields'
import { DEFAULT_MEMBER_COLUMNS, inColumnOrder, isMemberColumnId, type MemberColumnId } from '@/api/member-columns'

/**
 * Where a deep link points: `app_state` = `groupId=<id>` with an optional
 * `&responseFields=<comma list>` (the API view's fields) and `&columns=<comma list>` (the members
 * table's columns).
 */
export type DeepLink =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'group'
      readonly groupId: number
      /** Known names asked for, or null for the default (every field). */
      readonly fields: readonly CustomerGroupFieldName[] | null
      /** Names asked for that this app does not know: left out, and said so. */
      readonly ignoredFields: readonly string[]
      /** The members table's columns, known ones only; null for the default. */
      readonly memberColumns: readonly MemberColumnId[] | null
    }
  | { readonly kind: 'invalid-group-id'; readonly rawGroupId: string }
  | { readonly kind: 'malformed' }

/** A deep link that could not be followed. */
export type RejectedDeepLink = Extract<DeepLink, { kind: 'invalid-group-id' | 'malformed' }>

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
  return {
    kind: 'group',
    groupId,
    ...parseFieldList(params.get('responseFields')),
    memberColumns: parseColumnList(params.get('columns')),
  }
}

/**
 * The app_state for a group, a field selection and the members' columns, not yet URL-encoded:
 * the inverse of parseDeepLink. A full selection and the default columns are left out.
 */
export function formatDeepLink(
  groupId: number,
  fields: readonly CustomerGroupFieldName[],
  memberColumns: readonly MemberColumnId[] = DEFAULT_MEMBER_COLUMNS,
): string {
  const allSelected = customerGroupFieldNames.every((name) => fields.includes(name))
  const known = customerGroupFieldNames.filter((name) => fields.includes(name))
  const columns = inColumnOrder(memberColumns)
  const defaultColumns = columns.join(',') === inColumnOrder(DEFAULT_MEMBER_COLUMNS).join(',')
  return [
    `groupId=${groupId}`,
    ...(allSelected || known.length === 0 ? [] : [`responseFields=${known.join(',')}`]),
    ...(defaultColumns || columns.length === 0 ? [] : [`columns=${columns.join(',')}`]),
  ].join('&')
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

/** Known names in the order given (null when none), and the unknown ones set aside. */
function parseFieldList(list: string | undefined): {
  fields: CustomerGroupFieldName[] | null
  ignoredFields: string[]
} {
  if (list === undefined) return { fields: null, ignoredFields: [] }
  const names = [...new Set(list.split(',').map((name) => name.trim()))].filter((name) => name !== '')
  const fields = names.filter(isCustomerGroupFieldName)
  const ignoredFields = names.filter((name) => !isCustomerGroupFieldName(name))
  return { fields: fields.length > 0 ? fields : null, ignoredFields }
}

/** Known column IDs in the table's order, or null (the default) when none is known. */
function parseColumnList(list: string | undefined): MemberColumnId[] | null {
  if (list === undefined) return null
  const known = list
    .split(',')
    .map((id) => id.trim())
    .filter(isMemberColumnId)
  return known.length > 0 ? inColumnOrder(known) : null
}
