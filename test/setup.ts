import { config } from '@vue/test-utils'
import { englishTranslator } from '@/i18n/english'
import { translatorKey } from '@/i18n/use-i18n'

// Components read the merchant's language from the app (app-main.ts provides it); mounted alone
// in a test, they read English.
config.global.provide = { ...config.global.provide, [translatorKey as symbol]: englishTranslator }
