import { describe, expect, it } from 'vitest'
import { adminLinkFor } from '@/ecwid/admin-link'
import { formatDeepLink, parseDeepLink } from '@/ecwid/deep-link'
import { parseGroupId } from '@/api/group-id'
import type { CustomerGroupFieldName } from '@/api/customer-group-fields'

describe('parseDeepLink', () => {
  it('reads nothing from no app_state', () => {
    expect(parseDeepLink(null)).toEqual({ kind: 'none' })
  })

  it.each([
    ['groupId%3D9367001', 9367001, null, []],
    ['groupId%3D0', 0, null, []],
    ['groupId%3D9367001%26responseFields%3Dname', 9367001, ['name'], []],
    ['groupId%3D5%26responseFields%3Dname%2Cid', 5, ['name', 'id'], []],
    ['groupId%3D5%26responseFields%3Dname%2Cbogus', 5, ['name'], ['bogus']],
    ['groupId%3D5%26responseFields%3Dbogus%2CloyaltyTier', 5, null, ['bogus', 'loyaltyTier']],
  ])('opens %s as group %i with fields %j, ignoring %j', (appState, groupId, fields, ignoredFields) => {
    expect(parseDeepLink(appState)).toEqual({ kind: 'group', groupId, fields, ignoredFields, memberColumns: null })
  })

  it.each([
    ['groupId%3D1%26columns%3Demail%2Cname', ['name', 'email']],
    ['groupId%3D1%26columns%3DtotalSpent%2Cbogus%2CtotalSpent', ['totalSpent']],
    ['groupId%3D1%26columns%3Dbogus', null],
    ['groupId%3D1%26columns%3D', null],
  ])('reads the members’ columns of %s as %j, in the table’s order and known ones only', (appState, columns) => {
    expect(parseDeepLink(appState)).toMatchObject({ kind: 'group', groupId: 1, memberColumns: columns })
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

describe('formatDeepLink and adminLinkFor', () => {
  it.each<[number, CustomerGroupFieldName[], string]>([
    [9367001, ['id', 'name', 'externalReferenceId'], 'groupId=9367001'],
    [0, ['name'], 'groupId=0&responseFields=name'],
    [5, ['name', 'id'], 'groupId=5&responseFields=id,name'],
  ])('group %i with %j is written as %j', (groupId, fields, appState) => {
    expect(formatDeepLink(groupId, fields)).toBe(appState)
  })

  it('writes the members’ columns when they are not the default, and reads them back', () => {
    const appState = formatDeepLink(7, ['name'], ['lastOrder', 'email'])
    expect(appState).toBe('groupId=7&responseFields=name&columns=email,lastOrder')
    expect(parseDeepLink(encodeURIComponent(appState))).toMatchObject({ memberColumns: ['email', 'lastOrder'] })
    expect(formatDeepLink(7, ['id', 'name', 'externalReferenceId'], ['name', 'email', 'orders', 'totalSpent'])).toBe(
      'groupId=7',
    )
  })

  it.each<[number, CustomerGroupFieldName[]]>([
    [9367001, ['id', 'name', 'externalReferenceId']],
    [0, ['id', 'externalReferenceId']],
    [42, ['name']],
  ])('round-trips group %i with %j through the admin address', (groupId, fields) => {
    const link = adminLinkFor({
      storeId: 1003,
      appId: 'customer-groups-demo',
      appState: formatDeepLink(groupId, fields),
    })
    expect(link).toMatch(/^https:\/\/my\.ecwid\.com\/store\/1003#app:name=customer-groups-demo&app_state=[^&=]+$/)
    // Ecwid hands the app_state value over as it stands in the address: still encoded once.
    const handedOver = link.split('&app_state=')[1]!
    const parsed = parseDeepLink(handedOver)
    expect(parsed).toMatchObject({ kind: 'group', groupId, ignoredFields: [] })
    const all = fields.length === 3
    expect(parsed.kind === 'group' && parsed.fields).toEqual(all ? null : fields)
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
