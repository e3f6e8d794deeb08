/**
 * A number already written with its decimals (money: `1234.50`). It is kept apart from text so
 * that it is written as it is: a negative amount must not get the formula guard a string starting
 * with `-` gets, and `1234.5` must keep its second decimal.
 */
export interface CsvDecimal {
  readonly decimal: string
}

export type CsvCell = string | number | boolean | CsvDecimal | null | undefined

/** Excel reads a file as UTF-8 only when it starts with this; without it, `お得意様` comes out garbled. */
export const UTF8_BOM = '\uFEFF'

/** Null for a value that is not a finite number: an empty cell, never `NaN`. */
export function csvDecimal(value: number, fractionDigits: number): CsvDecimal | null {
  return Number.isFinite(value) ? { decimal: value.toFixed(fractionDigits) } : null
}

/**
 * A spreadsheet runs a cell starting with one of these as a formula (`=HYPERLINK(…)`, `@SUM(…)`,
 * DDE via `=cmd|…`). The list is OWASP's ("CSV Injection"), which looks at the first character
 * only: a cell like ` =1+1` is text to Excel and LibreOffice, and is left alone.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

function field(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  if (typeof cell === 'boolean') return String(cell)
  if (typeof cell === 'object') return cell.decimal
  // OWASP's advice: a leading `'` makes the spreadsheet show the rest as text, and keeps it visible.
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** RFC 4180: `,` between fields, CRLF after every record (the last too), a UTF-8 BOM first. */
export function toCsv(rows: Iterable<readonly CsvCell[]>): string {
  let csv = UTF8_BOM
  for (const row of rows) csv += row.map(field).join(',') + '\r\n'
  return csv
}
