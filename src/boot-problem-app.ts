import { createApp, type App as VueApp } from 'vue'
import type { BootProblem } from '@/ecwid/payload'
import type { Translator } from '@/i18n/translator'
import { translatorKey } from '@/i18n/use-i18n'

/** The page that explains why the app cannot open the store, as an app of its own. */
export async function createBootProblemApp(
  problem: BootProblem,
  emulatorUrl: string | null,
  i18n: Translator,
): Promise<VueApp> {
  // Its own chunk: most openings never need it.
  const { default: BootProblemPage } = await import('./BootProblemPage.vue')
  return createApp(BootProblemPage, { problem, emulatorUrl }).provide(translatorKey, i18n)
}
