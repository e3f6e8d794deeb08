import { describe, expect, it } from 'vitest'
import { decideRetry } from '@/api/retry-policy'

describe('decideRetry', () => {
  it.each([
    ['a 429 waits Retry-After', { kind: 'rate-limited', retryAfterSeconds: 3 }, 0, { retry: true, delayMs: 3000 }],
    ['a 429 whose Retry-After is hidden waits 2 s first', { kind: 'rate-limited' }, 0, { retry: true, delayMs: 2000 }],
    ['a 429 whose Retry-After is hidden waits 4 s second', { kind: 'rate-limited' }, 1, { retry: true, delayMs: 4000 }],
    ['a 429 whose Retry-After is hidden gives up after two retries', { kind: 'rate-limited' }, 2, { retry: false }],
    [
      'a 429 asking for exactly 60 s still waits',
      { kind: 'rate-limited', retryAfterSeconds: 60 },
      1,
      { retry: true, delayMs: 60_000 },
    ],
    ['a 429 asking for more than 60 s gives up', { kind: 'rate-limited', retryAfterSeconds: 61 }, 0, { retry: false }],
    ['a 429 after two retries gives up', { kind: 'rate-limited', retryAfterSeconds: 1 }, 2, { retry: false }],
    ['a 5xx backs off 0.5 s first', { kind: 'server' }, 0, { retry: true, delayMs: 500 }],
    ['a 5xx backs off 1.5 s second', { kind: 'server' }, 1, { retry: true, delayMs: 1500 }],
    ['a 5xx after two retries gives up', { kind: 'server' }, 2, { retry: false }],
    ['a network error backs off too', { kind: 'network' }, 0, { retry: true, delayMs: 500 }],
    ['a timeout is not retried', { kind: 'timeout' }, 0, { retry: false }],
    ['a 404 is not retried', { kind: 'not-found' }, 0, { retry: false }],
    ['a 403 is not retried', { kind: 'missing-scope' }, 0, { retry: false }],
    ['a 400 is not retried', { kind: 'bad-request' }, 0, { retry: false }],
    ['a 402 is not retried', { kind: 'plan-required' }, 0, { retry: false }],
  ] as const)('%s', (_case, failure, retriesSoFar, expected) => {
    expect(decideRetry(failure, retriesSoFar)).toEqual(expected)
  })
})
