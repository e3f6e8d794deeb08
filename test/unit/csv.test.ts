import { describe, expect, it } from 'vitest'
import { csvDecimal, toCsv, UTF8_BOM } from '@/export/csv'

/** Reads RFC 4180 text back into rows, as a spreadsheet would: the test's independent reader. */
function readCsv(text: string): string[][] {
  expect(text.startsWith(UTF8_BOM)).toBe(true)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = UTF8_BOM.length; index < text.length; index++) {
    const char = text[index]!
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"'
      index++
    } else if (char === '"') {
      quoted = !quoted
    } else if (!quoted && char === ',') {
      row.push(field)
      field = ''
    } else if (!quoted && char === '\r' && text[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index++
    } else {
      field += char
    }
  }
  expect(row).toEqual([])
  expect(field).toBe('')
  return rows
}

/** The text after the BOM. */
const body = (text: string) => text.slice(UTF8_BOM.length)

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, so Excel reads the names as UTF-8', () => {
    expect(toCsv([['a']]).charCodeAt(0)).toBe(0xfeff)
    expect(new TextEncoder().encode(toCsv([['a']])).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
  })

  it('ends every record with CRLF, the last one too', () => {
    expect(
      body(
        toCsv([
          ['a', 'b'],
          ['c', 'd'],
        ]),
      ),
    ).toBe('a,b\r\nc,d\r\n')
  })

  it('writes nothing after the BOM for no rows', () => {
    expect(toCsv([])).toBe(UTF8_BOM)
  })

  it('quotes a field holding a quote, a comma, a CR or an LF, doubling the quotes inside', () => {
    expect(body(toCsv([['Zoë "Z" O’Neil', 'Müller, Anna', 'line\nbreak', 'carriage\rreturn', 'plain']]))).toBe(
      '"Zoë ""Z"" O’Neil","Müller, Anna","line\nbreak","carriage\rreturn",plain\r\n',
    )
  })

  it('writes null and undefined as empty fields, keeping the columns in place', () => {
    expect(
      body(
        toCsv([
          [null, 'x', undefined],
          ['', '', ''],
        ]),
      ),
    ).toBe(',x,\r\n,,\r\n')
  })

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a text cell starting with %j by a leading quote', (start) => {
    const cell = `${start}HYPERLINK("http://evil.example","Click")`
    const [[read]] = readCsv(toCsv([[cell]])) as [[string]]
    expect(read).toBe(`'${cell}`)
  })

  it('neutralises a formula followed by a line break (the case papaparse 5.7.1 misses)', () => {
    expect(readCsv(toCsv([['=1+1\nnote']]))).toEqual([["'=1+1\nnote"]])
  })

  it('leaves a formula character later in the cell alone: only the first character counts', () => {
    expect(body(toCsv([[' =1+1', 'a-b', 'x@example.com']]))).toBe(' =1+1,a-b,x@example.com\r\n')
  })

  it('writes numbers as numbers, a negative one too, but guards the same digits given as text', () => {
    expect(body(toCsv([[-5, 3.25, 0, '-5', '+49 30 1234']]))).toBe("-5,3.25,0,'-5,'+49 30 1234\r\n")
  })

  it('writes a decimal with its digits as they are, a negative one unguarded', () => {
    expect(body(toCsv([[csvDecimal(1234.5, 2), csvDecimal(-12, 2), csvDecimal(Number.NaN, 2)]]))).toBe(
      '1234.50,-12.00,\r\n',
    )
  })

  it('gives Japanese, German and emoji names back as they were', () => {
    const names = ['お得意様 山田太郎', 'Großhändler – Wiederverkäufer 🇩🇪', '👩🏽‍💻 Zoë, "the dev"']
    expect(readCsv(toCsv([names, ['a', 'b', 'c']]))).toEqual([names, ['a', 'b', 'c']])
  })
})
