import type { Translator } from '@/i18n/translator'

/** A group's heading: its name, or its ID when no name is known (`named` false). */
export interface GroupHeading {
  readonly text: string
  readonly named: boolean
}

/** The group's name from its answer, else the name the list knows, else its ID. */
export function groupHeading(
  groupId: number,
  group: Readonly<Record<string, unknown>> | null,
  nameFromList: string | undefined,
  { t }: Translator,
): GroupHeading {
  for (const name of [group?.name, nameFromList]) {
    // A name of only spaces or invisible format characters (zero-width, bidi marks) reads as none.
    if (typeof name === 'string' && !/^[\s\p{Cf}]*$/u.test(name)) return { text: name, named: true }
  }
  return { text: t('details.headingWithId', { id: String(groupId) }), named: false }
}
