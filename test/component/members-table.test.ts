import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { GroupMember } from '@/api/customers'
import type { MemberColumnId, MemberSort } from '@/api/member-columns'
import type { StoreCurrency } from '@/api/store-profile'
import MembersTable from '@/components/members/MembersTable.vue'
import { createTranslator, type Catalogue } from '@/i18n/translator'
import { translatorKey } from '@/i18n/use-i18n'
import de from '@/i18n/messages/de.json'

const EUR: StoreCurrency = { code: 'EUR', precision: 2 }
const ALL: MemberColumnId[] = [
  'name',
  'email',
  'orders',
  'totalSpent',
  'averageOrder',
  'lastOrder',
  'firstOrder',
  'registered',
  'taxExempt',
  'customerType',
]

/** A tiny fixture factory: a member who ordered, and one with only an email who never did. */
function members(): GroupMember[] {
  return [
    {
      id: 1,
      name: 'Jürgen Weiß',
      email: 'juergen.weiss@example.com',
      orders: 12,
      totalSpent: 1234.5,
      averageOrder: 102.88,
      lastOrder: Date.UTC(2026, 2, 5),
      firstOrder: Date.UTC(2022, 0, 9),
      registered: Date.UTC(2021, 11, 1),
      taxExempt: true,
      customerType: 'b2b',
    },
    { id: 2, email: 'orders.only@example.com', orders: 0, totalSpent: 0, taxExempt: false, customerType: 'b2c' },
  ]
}

function renderTable(
  options: { columns?: MemberColumnId[]; sort?: MemberSort; currency?: StoreCurrency | null; german?: boolean } = {},
) {
  return mount(MembersTable, {
    props: {
      members: members(),
      columns: options.columns ?? ALL,
      sort: options.sort ?? { column: 'name', direction: 'ascending' },
      currency: options.currency === undefined ? EUR : options.currency,
    },
    global: options.german
      ? { provide: { [translatorKey as symbol]: createTranslator('de', de as unknown as Catalogue) } }
      : {},
  })
}

const cells = (wrapper: ReturnType<typeof renderTable>, row: number) =>
  wrapper
    .findAll('tbody tr')
    [row]!.findAll('td')
    .map((cell) => cell.text())

describe('the members table', () => {
  it('shows every column a merchant can pick, amounts in the store’s currency and dates in words', () => {
    const wrapper = renderTable()
    expect(wrapper.findAll('th').map((header) => header.text())).toEqual([
      'Name',
      'Email',
      'Orders',
      'Total spent',
      'Average order',
      'Last order',
      'First order',
      'Registered',
      'Tax exempt',
      'B2B / B2C',
    ])
    expect(cells(wrapper, 0)).toEqual([
      'Jürgen Weiß',
      'juergen.weiss@example.com',
      '12',
      '€1,234.50',
      '€102.88',
      'Mar 5, 2026',
      'Jan 9, 2022',
      'Dec 1, 2021',
      'Yes',
      'Business',
    ])
  })

  it('shows a dash for what a customer does not have: no name, no orders, no order dates', () => {
    const row = cells(renderTable(), 1)
    expect(row[0]).toBe('—')
    expect(row.slice(5, 8)).toEqual(['—', '—', '—'])
    expect(row[8]).toBe('No')
    expect(row[9]).toBe('Private')
  })

  it('writes amounts and dates as a German merchant reads them', () => {
    const row = cells(renderTable({ german: true }), 0)
    expect(row[3]).toBe('1.234,50\u00a0€')
    expect(row[5]).toBe('05.03.2026')
  })

  it('writes plain amounts, with two decimals, when the store’s currency is unknown', () => {
    const row = cells(renderTable({ currency: null }), 0)
    expect(row[3]).toBe('1,234.50')
    expect(row[4]).toBe('102.88')
  })

  it('tells the order through aria-sort, on the one column sorted by', () => {
    const wrapper = renderTable({ sort: { column: 'totalSpent', direction: 'descending' } })
    const sorted = wrapper.findAll('th').filter((header) => header.attributes('aria-sort') !== undefined)
    expect(sorted.map((header) => [header.text(), header.attributes('aria-sort')])).toEqual([
      ['Total spent', 'descending'],
    ])
  })

  it('sorts words A to Z and numbers and dates biggest first on a first click, and turns the order round on the next', async () => {
    const wrapper = renderTable({ sort: { column: 'name', direction: 'ascending' } })
    const button = (label: string) =>
      wrapper
        .findAll('th')
        .find((header) => header.text() === label)!
        .find('button')
    await button('Total spent').trigger('click')
    await button('Email').trigger('click')
    await button('Last order').trigger('click')
    await button('Name').trigger('click')
    expect(wrapper.emitted('sort')).toEqual([
      [{ column: 'totalSpent', direction: 'descending' }],
      [{ column: 'email', direction: 'ascending' }],
      [{ column: 'lastOrder', direction: 'descending' }],
      [{ column: 'name', direction: 'descending' }],
    ])
  })

  it('offers no sort where Ecwid cannot sort: average order, tax exempt, B2B / B2C', () => {
    const wrapper = renderTable()
    const unsortable = wrapper
      .findAll('th')
      .filter((header) => !header.find('button').exists())
      .map((header) => header.text())
    expect(unsortable).toEqual(['Average order', 'Tax exempt', 'B2B / B2C'])
  })
})
