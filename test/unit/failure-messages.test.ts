import { describe, expect, it } from 'vitest'
import { englishTranslator as en } from '@/i18n/english'
import { describeFailure, describeInvalidLink } from '@/presentation/failure-messages'
import { isToldByPage, pageWideFailure } from '@/presentation/page-wide-failure'

describe('describeFailure', () => {
  it('names the missing group’s ID', () => {
    const message = describeFailure({ kind: 'not-found', status: 404 }, en, { groupId: 424242 })
    expect(message.title).toContain('424242')
    expect(message.message).toContain('424242')
    expect(message.canRetry).toBe(false)
  })

  it('names the read_customers scope when it is missing', () => {
    expect(
      describeFailure({ kind: 'missing-scope', status: 403, errorCode: 'INSUFFICIENT_APP_SCOPE' }, en).message,
    ).toContain('read_customers')
  })

  it('tells the merchant to reopen or reinstall on a bad token', () => {
    const { message } = describeFailure({ kind: 'invalid-token', status: 403 }, en)
    expect(message).toMatch(/reopen/i)
    expect(message).toMatch(/reinstall/i)
  })

  it('says the plan lacks customer groups on a 402', () => {
    expect(describeFailure({ kind: 'plan-required', status: 402 }, en).message).toMatch(/plan/)
  })

  it.each([
    'rate-limited',
    'server',
    'network',
    'timeout',
    'invalid-response',
    'unexpected',
    'missing-scope',
    'invalid-token',
    'plan-required',
    'store-not-found',
  ] as const)('offers Retry after %s, whose cause can go away while the app stays open', (kind) => {
    expect(describeFailure({ kind }, en).canRetry).toBe(true)
  })

  it('names the wait when a 429 asks for longer than the app waits on its own', () => {
    expect(describeFailure({ kind: 'rate-limited', status: 429, retryAfterSeconds: 120 }, en).message).toContain(
      'wait 120 s',
    )
    expect(describeFailure({ kind: 'rate-limited', status: 429, retryAfterSeconds: 5 }, en).message).not.toContain(
      '5 s',
    )
  })

  it('says why an answer could not be read', () => {
    expect(
      describeFailure(
        { kind: 'invalid-response', status: 200, reason: { code: 'wrong-field-type', field: 'name', type: 'string' } },
        en,
      ).message,
    ).toContain('(the field name should be of type string)')
  })

  it('offers the plan upgrade beside the advice on a 402', () => {
    expect(describeFailure({ kind: 'plan-required', status: 402 }, en).action).toBe('upgrade-plan')
    expect(describeFailure({ kind: 'server', status: 500 }, en).action).toBeUndefined()
  })

  it('tells how to grant the missing scope, step by step', () => {
    expect(describeFailure({ kind: 'missing-scope', status: 403 }, en).message).toMatch(
      /Apps → My apps.*install it again/,
    )
  })

  it.each(['not-found', 'bad-request'] as const)('offers no Retry after %s, which retrying cannot fix', (kind) => {
    expect(describeFailure({ kind }, en).canRetry).toBe(false)
  })
})

describe('pageWideFailure', () => {
  it.each([
    'missing-scope',
    'invalid-token',
    'plan-required',
    'network',
    'rate-limited',
    'store-not-found',
    'server',
    'invalid-response',
  ] as const)('reports %s once for the page when two panes met it', (kind) => {
    expect(pageWideFailure([{ kind }, null, { kind }])).toEqual({ kind })
    expect(isToldByPage({ kind }, { kind })).toBe(true)
  })

  it.each(['missing-scope', 'network', 'server', 'not-found'] as const)(
    'leaves %s to the one pane it happened in',
    (kind) => {
      expect(pageWideFailure([null, { kind }, null])).toBeNull()
      expect(isToldByPage({ kind }, null)).toBe(false)
    },
  )

  it('tells a bad token in one pane and a dropped connection in another as one problem, the page-wide one', () => {
    const page = pageWideFailure([{ kind: 'not-found' }, { kind: 'invalid-token' }, { kind: 'network' }])
    expect(page).toEqual({ kind: 'invalid-token' })
    expect(isToldByPage({ kind: 'network' }, page)).toBe(true)
    // A missing group is that pane's own problem, still told there.
    expect(isToldByPage({ kind: 'not-found' }, page)).toBe(false)
  })

  it('counts one failure object held by two panes as two panes failing', () => {
    const shared = { kind: 'server', status: 500 } as const
    expect(pageWideFailure([shared, shared])).toBe(shared)
  })

  it('leaves two different pane problems to their panes', () => {
    expect(pageWideFailure([{ kind: 'not-found' }, { kind: 'server', status: 500 }])).toBeNull()
  })
})

describe('describeInvalidLink', () => {
  it('quotes the ID a link gave that is not one, and offers no Retry', () => {
    const message = describeInvalidLink({ kind: 'invalid-group-id', rawGroupId: 'abc' }, en)
    expect(message.title).toBe('This link points to no customer group')
    expect(message.message).toContain('“abc” is not a valid customer group ID')
    expect(message.canRetry).toBe(false)
  })

  it('says a link that cannot be read is damaged', () => {
    const message = describeInvalidLink({ kind: 'malformed' }, en)
    expect(message.title).toBe('This link points to no customer group')
    expect(message.message).toContain('is damaged and could not be read')
    expect(message.canRetry).toBe(false)
  })
})
