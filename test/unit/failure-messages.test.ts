import { describe, expect, it } from 'vitest'
import { describeFailure } from '@/presentation/failure-messages'

describe('describeFailure', () => {
  it('names the missing group’s ID', () => {
    const message = describeFailure({ kind: 'not-found', status: 404 }, { groupId: 424242 })
    expect(message.title).toContain('424242')
    expect(message.message).toContain('424242')
    expect(message.canRetry).toBe(false)
  })

  it('names the read_customers scope when it is missing', () => {
    expect(describeFailure({ kind: 'missing-scope', status: 403, errorCode: 'INSUFFICIENT_APP_SCOPE' }).message).toContain('read_customers')
  })

  it('tells the merchant to reopen or reinstall on a bad token', () => {
    const { message } = describeFailure({ kind: 'invalid-token', status: 403 })
    expect(message).toMatch(/reopen/i)
    expect(message).toMatch(/reinstall/i)
  })

  it('says the plan lacks customer groups on a 402', () => {
    expect(describeFailure({ kind: 'plan-required', status: 402 }).message).toMatch(/plan/)
  })

  it.each(['rate-limited', 'server', 'network', 'timeout', 'invalid-response', 'unexpected'] as const)('offers Retry after %s', (kind) => {
    expect(describeFailure({ kind }).canRetry).toBe(true)
  })

  it.each(['not-found', 'missing-scope', 'invalid-token', 'plan-required', 'bad-request', 'store-not-found'] as const)(
    'offers no Retry after %s, which retrying cannot fix',
    (kind) => {
      expect(describeFailure({ kind }).canRetry).toBe(false)
    },
  )
})
