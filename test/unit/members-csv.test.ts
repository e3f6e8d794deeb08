import { describe, expect, it } from 'vitest'
import type { GroupMember } from '@/api/customers'
import type { MemberColumnId } from '@/api/member-columns'
import { UTF8_BOM } from '@/export/csv'
import { csvDateTime, membersCsv, type CsvWords } from '@/export/members-csv'

const HEADERS: Record<MemberColumnId, string> = {
  name: 'Name',
  email: 'Email',
  orders: 'Orders',
  totalSpent: 'Total spent',
  averageOrder: 'Average order',
  lastOrder: 'Last order',
  firstOrder: 'First order',
  registered: 'Registered',
  taxExempt: 'Tax exempt',
  customerType: 'Customer type',
}
const words: CsvWords = { header: (id) => HEADERS[id], yes: 'Yes', no: 'No', b2b: 'Business', b2c: 'Private' }
const ALL: readonly MemberColumnId[] = Object.keys(HEADERS) as MemberColumnId[]

/** The records after the BOM, each split at its commas (the cases here hold no quoted comma). */
const records = (csv: string) => {
  expect(csv.startsWith(UTF8_BOM)).toBe(true)
  expect(csv.endsWith('\r\n')).toBe(true)
  return csv.slice(UTF8_BOM.length, -2).split('\r\n')
}

describe('membersCsv', () => {
  it('heads the columns with their labels, in the order given', () => {
    expect(records(membersCsv([], ['name', 'orders', 'totalSpent'], words))).toEqual(['Name,Orders,Total spent'])
    expect(records(membersCsv([], ALL, words))[0]).toBe(
      'Name,Email,Orders,Total spent,Average order,Last order,First order,Registered,Tax exempt,Customer type',
    )
  })

  it('writes each kind of value as a spreadsheet reads it', () => {
    const member: GroupMember = {
      id: 1,
      name: 'Anna Müller',
      email: 'anna@example.com',
      orders: 12,
      totalSpent: 1234.5,
      averageOrder: 102.875,
      lastOrder: Date.UTC(2026, 11, 3, 9, 5, 7),
      firstOrder: Date.UTC(2024, 0, 31, 23, 59, 59),
      registered: Date.UTC(2023, 5, 1, 0, 0, 0),
      taxExempt: true,
      customerType: 'b2b',
    }
    const other: GroupMember = { id: 2, name: 'Bob', taxExempt: false, customerType: 'b2c', totalSpent: 0 }
    expect(records(membersCsv([member, other], ALL, words)).slice(1)).toEqual([
      'Anna Müller,anna@example.com,12,1234.50,102.88,2026-12-03 09:05:07,2024-01-31 23:59:59,2023-06-01 00:00:00,Yes,Business',
      'Bob,,,0.00,,,,,No,Private',
    ])
  })

  it('leaves a cell empty when the member has no such value', () => {
    expect(records(membersCsv([{ id: 3 }], ['name', 'orders', 'lastOrder'], words))).toEqual([
      'Name,Orders,Last order',
      ',,',
    ])
  })

  it('neutralises a name and an email that are formulas', () => {
    const [, row] = records(
      membersCsv([{ id: 4, name: "=cmd|' /C calc'!A0", email: '@evil' }], ['name', 'email'], words),
    )
    expect(row).toBe("'=cmd|' /C calc'!A0,'@evil")
  })

  it('does not guard a negative amount: it is a number, not a formula', () => {
    const [, row] = records(membersCsv([{ id: 5, totalSpent: -20.1 }], ['totalSpent'], words))
    expect(row).toBe('-20.10')
  })
})

describe('csvDateTime', () => {
  it('gives nothing for a date a spreadsheet could not read', () => {
    expect(csvDateTime(Number.NaN)).toBeNull()
    expect(csvDateTime(Date.UTC(12_000, 0, 1))).toBeNull()
  })
})
