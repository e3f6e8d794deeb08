import { describe, expect, it } from 'vitest'
import { fieldNames, responseFieldsFor, toResponseFields } from '@/api/response-fields'

describe('toResponseFields', () => {
  it.each([
    [fieldNames('name'), 'name'],
    [fieldNames('id', 'name'), 'id,name'],
    [
      [...fieldNames('total', 'count'), { name: 'items', children: fieldNames('id', 'name') }],
      'total,count,items(id,name)',
    ],
    [
      [{ name: 'items', children: [{ name: 'id' }, { name: 'options', children: fieldNames('name') }] }],
      'items(id,options(name))',
    ],
  ])('writes %j as %s', (selection, expected) => {
    expect(toResponseFields(selection)).toBe(expected)
  })

  it.each(['', 'na me', 'id,name', 'name)', '1id'])('refuses the name %j, which Ecwid could not parse', (name) => {
    expect(() => toResponseFields([{ name }])).toThrow()
  })

  it('refuses an empty child list', () => {
    expect(() => toResponseFields([{ name: 'items', children: [] }])).toThrow()
  })
})

describe('responseFieldsFor', () => {
  const all = ['id', 'name', 'externalReferenceId']

  it('sends no parameter when every field is selected, so fields added later still come back', () => {
    expect(responseFieldsFor(['externalReferenceId', 'id', 'name'], all)).toBeUndefined()
  })

  it.each([
    [['name'], 'name'],
    [['name', 'id'], 'id,name'],
    [['externalReferenceId', 'id'], 'id,externalReferenceId'],
  ])('sends exactly the selected names %j in schema order', (selected, expected) => {
    expect(responseFieldsFor(selected, all)).toBe(expected)
  })

  it('refuses an empty selection, which Ecwid would answer with everything', () => {
    expect(() => responseFieldsFor([], all)).toThrow()
  })
})
