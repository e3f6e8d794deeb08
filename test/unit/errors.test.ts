import { describe, expect, it } from 'vitest'
import { errorFromResponse, kindForStatus, parseErrorBody, parseRetryAfter } from '@/api/errors'

describe('kindForStatus', () => {
  it.each([
    [400, 'WRONG_PARAMETER', 'bad-request'],
    [402, 'NOT_AVAILABLE_ON_CURRENT_PLAN', 'plan-required'],
    [402, 'STORE_IS_SUSPENDED', 'plan-required'],
    [403, 'INSUFFICIENT_APP_SCOPE', 'missing-scope'],
    [403, 'INVALID_API_TOKEN', 'invalid-token'],
    [403, undefined, 'invalid-token'],
    [401, undefined, 'invalid-token'],
    [404, 'STORE_NOT_FOUND', 'store-not-found'],
    [404, undefined, 'not-found'],
    [409, undefined, 'bad-request'],
    [429, 'RATE_LIMITED', 'rate-limited'],
    [500, 'INTERNAL_ERROR', 'server'],
    [503, undefined, 'server'],
  ])('HTTP %i with %s is %s', (status, code, kind) => {
    expect(kindForStatus(status, code)).toBe(kind)
  })
})

describe('parseErrorBody', () => {
  it.each([
    [
      '{"errorMessage":"Customer group #5 not found"}',
      { errorCode: undefined, errorMessage: 'Customer group #5 not found' },
    ],
    [
      '{"errorCode":"RATE_LIMITED","errorMessage":"slow down"}',
      { errorCode: 'RATE_LIMITED', errorMessage: 'slow down' },
    ],
    ['', {}],
    ['<html><body>Bad gateway</body></html>', {}],
    ['null', {}],
    ['{"errorCode":42}', { errorCode: undefined, errorMessage: undefined }],
  ])('reads %j', (body, expected) => {
    expect(parseErrorBody(body)).toEqual(expected)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-26T10:00:00Z')
  it.each([
    ['5', 5],
    [' 30 ', 30],
    ['Thu, 26 Nov 2026 10:00:07 GMT', 7],
    ['Thu, 26 Nov 2026 09:59:00 GMT', 0],
    [null, undefined],
    ['', undefined],
    ['soon', undefined],
  ])('%j → %j seconds', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected)
  })
})

describe('errorFromResponse', () => {
  it('keeps Ecwid’s code and the wait a 429 asks for', () => {
    const error = errorFromResponse(429, '{"errorCode":"RATE_LIMITED"}', '3', 0)
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, errorCode: 'RATE_LIMITED', retryAfterSeconds: 3 })
  })

  it('treats a 403 with an empty body as a bad token', () => {
    expect(errorFromResponse(403, '', null, 0)).toMatchObject({ kind: 'invalid-token', status: 403 })
  })
})
