import { describe, expect, it } from 'vitest'
import { maskAuthorization, maskToken } from '@/api/mask-token'

describe('maskToken', () => {
  it.each([
    ['secret_ab4Fh9Kq2Lm7Np3Rs6Tv8Wx1Yz5Ccd', 'secret_ab***cd'],
    ['public_Xy12345678Zq', 'public_Xy***Zq'],
    ['secret_short', 'secret_***'],
    ['abcdefghijkl', 'ab***kl'],
    ['', '***'],
  ])('%j → %j', (token, masked) => {
    expect(maskToken(token)).toBe(masked)
  })
})

describe('maskAuthorization', () => {
  it('masks the credential and keeps the scheme', () => {
    expect(maskAuthorization('Bearer secret_ab4Fh9Kq2Lm7Np3Rs6Tv8Wx1Yz5Ccd')).toBe('Bearer secret_ab***cd')
  })
})
