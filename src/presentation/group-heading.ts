import type { Translator } from '@/i18n/translator'

/** The group's name from its answer, else the name the list knows, else its ID. */
export function groupHeading(
  groupId: number,
  group: Readonly<Record<string, unknown>> | null,
  nameFromList: string | undefined,
  { t }: Translator,
): string {
  for (const name of [group?.name, nameFromList]) {
    // A name of only spaces or invisible format characters (zero-width, bidi marks) reads as none.
    if (typeof name === 'string' && !/^[\s\p{Cf}]*$/u.test(name)) return name
  }
  return t('details.headingWithId', { id: String(groupId) })
}
