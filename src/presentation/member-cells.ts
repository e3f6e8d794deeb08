import type { GroupMember } from '@/api/customers'
import { memberColumn, type MemberColumnId } from '@/api/member-columns'
import type { StoreCurrency } from '@/api/store-profile'
import type { MessageKey, Translator } from '@/i18n/translator'

/** Each column's heading, in the message catalogue. */
const COLUMN_LABELS = {
  name: 'column.name',
  email: 'column.email',
  orders: 'column.orders',
  totalSpent: 'column.totalSpent',
  averageOrder: 'column.averageOrder',
  lastOrder: 'column.lastOrder',
  firstOrder: 'column.firstOrder',
  registered: 'column.registered',
  taxExempt: 'column.taxExempt',
  customerType: 'column.customerType',
} as const satisfies Record<MemberColumnId, MessageKey>

export function columnLabel(id: MemberColumnId, { t }: Translator): string {
  return t(COLUMN_LABELS[id])
}

/** Numbers and dates line up at the end of their cells; words start where the text starts. */
export function isNumericColumn(id: MemberColumnId): boolean {
  const { kind } = memberColumn(id)
  return kind === 'count' || kind === 'money'
}

/**
 * A member's value for a column as the table shows it: amounts in the store's currency (plain
 * when it is not known), dates in the merchant's language, and '—' for nothing (a customer with
 * only an email has no name; one who never ordered has no order dates).
 */
export function memberCellText(
  member: GroupMember,
  id: MemberColumnId,
  i18n: Translator,
  currency: StoreCurrency | null,
): string {
  const value = member[id]
  if (value === undefined || value === '') return '—'
  switch (memberColumn(id).kind) {
    case 'text':
      return String(value)
    case 'count':
      return i18n.number(value as number)
    case 'money':
      return i18n.money(value as number, currency)
    case 'date':
      return i18n.date(value as number)
    case 'yes-no':
      return i18n.t(value ? 'members.yes' : 'members.no')
    case 'customer-type':
      return i18n.t(value === 'b2b' ? 'members.b2b' : 'members.b2c')
  }
}
