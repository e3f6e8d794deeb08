import { inject, type InjectionKey } from 'vue'
import { englishTranslator, type Translator } from './translator'

export const translatorKey: InjectionKey<Translator> = Symbol('translator')

/** The merchant's language; components mounted without one (tests, stories) read English. */
export function useI18n(): Translator {
  return inject(translatorKey, englishTranslator)
}
