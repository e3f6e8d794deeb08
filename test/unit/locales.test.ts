import { describe, expect, it } from 'vitest'
import { resolveLocale } from '@/i18n/locales'

describe('resolveLocale', () => {
  it.each([
    ['en', 'en'],
    ['en_US', 'en'],
    ['EN', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['de_CH', 'de'],
    ['pt_BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh_CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh_TW', 'en'],
    ['zh-HK', 'en'],
    ['zh-Hant', 'en'],
    ['ja', 'ja'],
    ['uk', 'uk'],
    [' fr_FR ', 'fr'],
    ['xx', 'en'],
    ['he', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
    ['<script>', 'en'],
    ['__proto__', 'en'],
    ['constructor', 'en'],
  ])('%j → %s', (requested, expected) => {
    expect(resolveLocale(requested)).toBe(expected)
  })
})
