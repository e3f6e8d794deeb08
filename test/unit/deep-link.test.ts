import { describe, expect, it } from 'vitest'
import { parseDeepLink } from '@/ecwid/deep-link'
import { parseGroupId } from '@/api/group-id'

describe('parseDeepLink', () => {
  it('reads nothing from no app_state', () => {
    expect(parseDeepLink(null)).toEqual({ kind: 'none' })
  })

  it.each([
    ['groupId%3D9367001', 9367001, null],
    ['groupId%3D0', 0, null],
    ['groupId%3D9367001%26responseFields%3Dname', 9367001, ['name']],
    ['groupId%3D5%26responseFields%3Dname%2Cid', 5, ['name', 'id']],
    ['groupId%3D5%26responseFields%3Dname%2Cbogus', 5, ['name']],
    ['groupId%3D5%26responseFields%3Dbogus', 5, null],
  ])('opens %s as group %i with fields %j', (appState, groupId, fields) => {
    expect(parseDeepLink(appState)).toEqual({ kind: 'group', groupId, fields })
  })

  it('decodes exactly once: a doubly encoded value stays encoded', () => {
    // "groupId=%35" decoded once more would read as 5; it must be refused instead.
    expect(parseDeepLink('groupId%3D%2535')).toEqual({ kind: 'invalid-group-id', rawGroupId: '%35' })
  })

  it.each(['-1', '1.5', 'abc', '9007199254740993', '', '1e3', '0x10'])('refuses the group ID %j', (raw) => {
    expect(parseDeepLink(encodeURIComponent(`groupId=${raw}`))).toEqual({ kind: 'invalid-group-id', rawGroupId: raw })
  })

  it('ignores app_state without a groupId', () => {
    expect(parseDeepLink(encodeURIComponent('tab=settings'))).toEqual({ kind: 'none' })
  })

  it('reports an app_state that cannot be decoded', () => {
    expect(parseDeepLink('groupId%3')).toEqual({ kind: 'malformed' })
  })
})

describe('parseGroupId', () => {
  it.each([
    ['0', 0],
    ['9367001', 9367001],
    [' 42 ', 42],
    [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
    ['9007199254740992', null],
    ['-1', null],
    ['1.0', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(parseGroupId(input)).toBe(expected)
  })
})
