import { describe, expect, it } from 'vitest'
import { englishTranslator as en } from '@/i18n/english'
import { groupHeading } from '@/presentation/group-heading'
import { displayedFields, formatBytes, summarizeResponse } from '@/presentation/response-summary'

describe('displayedFields', () => {
  it('shows known fields in schema order with their labels', () => {
    expect(displayedFields({ name: 'VIP', id: 9367001 }, [], en)).toEqual([
      { name: 'id', label: 'ID', value: '9367001', unknown: false },
      { name: 'name', label: 'Name', value: 'VIP', unknown: false },
    ])
  })

  it('still shows a field the API added after this app was written', () => {
    expect(displayedFields({ id: 1, discountPercent: 5 }, [], en)).toContainEqual({
      name: 'discountPercent',
      label: 'discountPercent',
      value: '5',
      unknown: true,
    })
  })

  it('lists a field that was asked for and not returned', () => {
    expect(displayedFields({ id: 0, name: 'General' }, ['id', 'name', 'externalReferenceId'], en)).toContainEqual({
      name: 'externalReferenceId',
      label: 'External reference ID',
      value: 'not returned',
      unknown: false,
      notReturned: true,
    })
    expect(displayedFields({ id: 0 }, ['id'], en)).toHaveLength(1)
  })

  it('shows 0 as 0, and an empty value as a dash', () => {
    expect(displayedFields({ id: 0, externalReferenceId: '' }, [], en).map((field) => field.value)).toEqual(['0', '—'])
  })
})

describe('groupHeading', () => {
  it.each([
    [9367001, { name: 'VIP' }, { text: 'VIP', named: true }],
    [9367001, { id: 9367001 }, { text: 'Customer group 9367001', named: false }],
    [0, { id: 0 }, { text: 'Customer group 0', named: false }],
    [5, { name: '   ' }, { text: 'Customer group 5', named: false }],
    [5, { name: '\u200B\u202E\u2066' }, { text: 'Customer group 5', named: false }],
    [5, null, { text: 'Customer group 5', named: false }],
  ])('group %i answered with %j is headed %j', (id, group, heading) => {
    expect(groupHeading(id, group, undefined, en)).toEqual(heading)
  })

  it('falls back to the name the list knows when the answer has none', () => {
    expect(groupHeading(9367001, null, 'VIP', en)).toEqual({ text: 'VIP', named: true })
    expect(groupHeading(9367001, { id: 9367001 }, 'VIP', en)).toEqual({ text: 'VIP', named: true })
    expect(groupHeading(9367001, { name: 'VIP (renamed)' }, 'VIP', en)).toEqual({ text: 'VIP (renamed)', named: true })
  })

  it('heads a group named “Customer group 5” by its name, not as one without a name', () => {
    expect(groupHeading(5, { name: 'Customer group 5' }, undefined, en)).toEqual({
      text: 'Customer group 5',
      named: true,
    })
  })
})

describe('summarizeResponse', () => {
  it('reads like Postman’s status bar', () => {
    expect(summarizeResponse({ status: 200, durationMs: 84, sizeBytes: 52, attempts: 1, fromMemory: false }, en)).toBe(
      '200 · 84 ms · 52 bytes',
    )
    expect(formatBytes(2048, en)).toBe('2 kB')
    expect(formatBytes(1300, en)).toBe('1.3 kB')
  })

  it('says when the answer came from memory', () => {
    expect(
      summarizeResponse({ status: 200, durationMs: 84, sizeBytes: 52, attempts: 1, fromMemory: true }, en),
    ).toContain('from memory')
  })

  it('says how many attempts it took when retries were needed', () => {
    expect(
      summarizeResponse({ status: 200, durationMs: 1600, sizeBytes: 52, attempts: 3, fromMemory: false }, en),
    ).toBe('200 · 1,600 ms · 52 bytes · 3 attempts')
  })
})
