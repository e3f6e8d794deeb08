import type { GroupMember } from '@/api/customers'
import { memberColumn, type MemberColumnId } from '@/api/member-columns'
import { csvDecimal, toCsv, type CsvCell } from './csv'

/** The words of the file, in the merchant's language. */
export interface CsvWords {
  header(id: MemberColumnId): string
  readonly yes: string
  readonly no: string
  readonly b2b: string
  readonly b2c: string
}

/**
 * `2024-03-05 10:12:00`, in UTC: Excel and LibreOffice read this shape as a date and time in any
 * locale, which a localised date would not be. UTC because the file has no room to say which zone.
 */
export function csvDateTime(epochMs: number): string | null {
  const date = new Date(epochMs)
  const year = date.getUTCFullYear()
  if (Number.isNaN(year) || year < 0 || year > 9999) return null
  return date.toISOString().slice(0, 19).replace('T', ' ')
}

function cell(member: GroupMember, id: MemberColumnId, words: CsvWords): CsvCell {
  const value = member[id]
  // The parser has already checked each value against its kind; these only narrow the type.
  switch (memberColumn(id).kind) {
    case 'text':
      return typeof value === 'string' ? value : null
    case 'count':
      return typeof value === 'number' ? value : null
    case 'money':
      // Plain `1234.50`, no currency sign or grouping: a spreadsheet must be able to add it up.
      return typeof value === 'number' ? csvDecimal(value, 2) : null
    case 'date':
      return typeof value === 'number' ? csvDateTime(value) : null
    case 'yes-no':
      return typeof value === 'boolean' ? (value ? words.yes : words.no) : null
    case 'customer-type':
      return value === 'b2b' ? words.b2b : value === 'b2c' ? words.b2c : null
  }
}

/** A header row, then one row per member, the columns in the order given. Nothing is kept or logged. */
export function membersCsv(
  members: readonly GroupMember[],
  columns: readonly MemberColumnId[],
  words: CsvWords,
): string {
  // Rows are made as the text is written: no second copy of every member is held.
  function* rows(): Generator<CsvCell[]> {
    yield columns.map((id) => words.header(id))
    for (const member of members) yield columns.map((id) => cell(member, id, words))
  }
  return toCsv(rows())
}
