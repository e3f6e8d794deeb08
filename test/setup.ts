import { config } from '@vue/test-utils'
import { vi } from 'vitest'
import { englishTranslator } from '@/i18n/english'
import { translatorKey } from '@/i18n/use-i18n'

// Components read the merchant's language from the app (app-main.ts provides it); mounted alone
// in a test, they read English.
config.global.provide = { ...config.global.provide, [translatorKey as symbol]: englishTranslator }

// Painting is not part of a component test: what waits for the next paint happens at once.
// A test that cares holds the callbacks with mockImplementation.
vi.mock('@/composables/after-next-paint', () => ({ afterNextPaint: vi.fn((callback: () => void) => callback()) }))
