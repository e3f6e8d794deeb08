import { inject, type InjectionKey } from 'vue'
import type { Translator } from './translator'

export const translatorKey: InjectionKey<Translator> = Symbol('translator')

/** The merchant's language, provided by app-main.ts (tests provide English: test/setup.ts). */
export function useI18n(): Translator {
  const translator = inject(translatorKey, null)
  if (!translator) throw new Error('No translator was provided to this app')
  return translator
}
