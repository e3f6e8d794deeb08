import type { FieldSelection } from './response-fields'

/**
 * The one description of the members table's columns. The column picker, the members request's
 * `responseFields` and `sortBy`, the parsed member, the table's cells and the CSV export all
 * derive from it: a column added here shows up everywhere at once.
 *
 * `source` is where Ecwid keeps the value: a top-level customer field, or one inside `stats`.
 * `kind` says what the value is, and so how it is checked, shown and exported.
 */
export const memberColumns = [
  { id: 'name', source: ['name'], kind: 'text', sortBy: 'NAME' },
  { id: 'email', source: ['email'], kind: 'text', sortBy: 'EMAIL' },
  { id: 'orders', source: ['stats', 'numberOfOrders'], kind: 'count', sortBy: 'ORDER_COUNT' },
  { id: 'totalSpent', source: ['stats', 'salesValue'], kind: 'money', sortBy: 'SALES_VALUE' },
  { id: 'averageOrder', source: ['stats', 'averageOrderValue'], kind: 'money', sortBy: null },
  { id: 'lastOrder', source: ['stats', 'lastOrderDate'], kind: 'date', sortBy: 'LAST_ORDER_DATE' },
  { id: 'firstOrder', source: ['stats', 'firstOrderDate'], kind: 'date', sortBy: 'FIRST_ORDER_DATE' },
  { id: 'registered', source: ['registered'], kind: 'date', sortBy: 'REGISTERED_DATE' },
  { id: 'taxExempt', source: ['taxExempt'], kind: 'yes-no', sortBy: null },
  { id: 'customerType', source: ['b2b_b2c'], kind: 'customer-type', sortBy: null },
] as const satisfies readonly {
  readonly id: string
  readonly source: readonly [string] | readonly ['stats', string]
  readonly kind: 'text' | 'count' | 'money' | 'date' | 'yes-no' | 'customer-type'
  /** Ecwid's `sortBy` stem (`NAME` → `NAME_ASC`/`NAME_DESC`), or null: Ecwid cannot sort by it. */
  readonly sortBy: string | null
}[]

export type MemberColumn = (typeof memberColumns)[number]
export type MemberColumnId = MemberColumn['id']
export type MemberColumnKind = MemberColumn['kind']
export type SortableColumnId = Extract<MemberColumn, { sortBy: string }>['id']

/** Ecwid's `b2b_b2c`: a business or a private customer. */
export type CustomerType = 'b2b' | 'b2c'

/** The value a column holds, by its kind. Dates are epoch milliseconds. */
interface ValueOfKind {
  text: string
  count: number
  money: number
  date: number
  'yes-no': boolean
  'customer-type': CustomerType
}

/** A member's values, each present when it was asked for and Ecwid has it. */
export type MemberValues = {
  readonly [Column in MemberColumn as Column['id']]?: ValueOfKind[Column['kind']]
}

/** What a merchant sees before choosing: who they are, how often and how much they buy. */
export const DEFAULT_MEMBER_COLUMNS: readonly MemberColumnId[] = ['name', 'email', 'orders', 'totalSpent']

export const memberColumnIds: readonly MemberColumnId[] = memberColumns.map((column) => column.id)

export function isMemberColumnId(value: string): value is MemberColumnId {
  return (memberColumnIds as readonly string[]).includes(value)
}

export function memberColumn(id: MemberColumnId): MemberColumn {
  return memberColumns.find((column) => column.id === id)!
}

export function isSortable(id: MemberColumnId): id is SortableColumnId {
  return memberColumn(id).sortBy !== null
}

/** Columns in schema order, each once: the order the table shows and the request names them in. */
export function inColumnOrder(ids: readonly MemberColumnId[]): MemberColumnId[] {
  return memberColumnIds.filter((id) => ids.includes(id))
}

export type SortDirection = 'ascending' | 'descending'

export interface MemberSort {
  readonly column: SortableColumnId
  readonly direction: SortDirection
}

/** Alphabetical, as the members table always was. */
export const DEFAULT_MEMBER_SORT: MemberSort = { column: 'name', direction: 'ascending' }

/** `SALES_VALUE_DESC` and the like. */
export function sortByParameter({ column, direction }: MemberSort): string {
  return `${memberColumn(column).sortBy}_${direction === 'ascending' ? 'ASC' : 'DESC'}`
}

/**
 * The `items(...)` children for a set of columns: `id` always (the rows' key), then each
 * column's field, the `stats` ones grouped: `id,name,stats(numberOfOrders,salesValue)`.
 */
export function memberItemFields(ids: readonly MemberColumnId[]): FieldSelection[] {
  const columns = inColumnOrder(ids).map(memberColumn)
  const topLevel = columns.filter((column) => column.source.length === 1).map((column) => ({ name: column.source[0] }))
  const stats = columns.flatMap((column) => (column.source.length === 2 ? [{ name: column.source[1] }] : []))
  return [{ name: 'id' }, ...topLevel, ...(stats.length > 0 ? [{ name: 'stats', children: stats }] : [])]
}

/** Whether any of these columns is an amount, which needs the store's currency. */
export function showsAmounts(ids: readonly MemberColumnId[]): boolean {
  return ids.some((id) => memberColumn(id).kind === 'money')
}
