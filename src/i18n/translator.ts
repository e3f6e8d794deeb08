import type { Locale } from './locales'
import type { en } from './messages/en'

type English = typeof en
export type MessageKey = keyof English

/**
 * A message's English text: the `other` form of a plural message. Distributes over a union of
 * keys, so a key chosen at run time still needs the placeholders of every message it may be.
 */
type TemplateOf<Key extends MessageKey> = Key extends MessageKey
  ? English[Key] extends string
    ? English[Key]
    : English[Key] extends { readonly other: infer Other extends string }
      ? Other
      : never
  : never

type PlaceholdersIn<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never

export type ParamValue = string | number

/**
 * Quantities are numbers, formatted for the language (1.000 in German); identifiers and codes are
 * strings, written as they are (group 9367001, never 9.367.001, HTTP 500, WRONG_PARAMETER).
 */
type ValueFor<Name extends string> = Name extends 'id' | 'status' | 'code'
  ? string
  : Name extends
        | 'count'
        | 'seconds'
        | 'megabytes'
        | 'kilobytes'
        | 'shown'
        | 'total'
        | 'first'
        | 'last'
        | 'loaded'
        | 'expected'
        | 'received'
    ? number
    : string

export type ParamsOf<Key extends MessageKey> = {
  readonly [Name in PlaceholdersIn<TemplateOf<Key>>]: ValueFor<Name>
}

/** `t('list.title')`, `t('list.count', { count: 7 })`: the compiler knows every key and its placeholders. */
export type Translate = <Key extends MessageKey>(
  key: Key,
  ...params: [PlaceholdersIn<TemplateOf<Key>>] extends [never] ? [] : [ParamsOf<Key>]
) => string

type PluralForms = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>

/** A language's messages: the same keys as English; plural messages with its own categories. */
export type Catalogue = { readonly [Key in MessageKey]: English[Key] extends string ? string : PluralForms }

/** A piece of a message, for templates that mark up what they insert (a `<bdi>`, a `<code>`). */
export type MessagePart = { readonly text: string } | { readonly placeholder: string }

export interface Translator {
  /** The language the words are in, for `<html lang>`: never one that was asked for but not shipped. */
  readonly locale: Locale
  readonly t: Translate
  /** The message in pieces around its placeholders, which the template fills in itself. */
  parts(key: MessageKey): MessagePart[]
  /** 1,000 · 1.000 · 1 000 */
  number(value: number): string
  /** 350 ms · 1.2 kB, in the language's own units. */
  unit(value: number, unit: 'millisecond' | 'byte' | 'kilobyte'): string
  /** A time of day, e.g. for "fetched at 14:02:09". */
  time(epochMs: number): string
  /** A calendar date, e.g. "5 Mar 2024" · "2024/03/05". */
  date(epochMs: number): string
  /**
   * An amount in the store's currency ("1.234,50 €" in German), or, when the currency is not
   * known, a plain number with two decimals ("1.234,50").
   */
  money(value: number, currency: { readonly code: string; readonly precision: number } | null): string
}

/**
 * A small typed translator over one language's messages and Intl. Intl's formatters are created
 * on first use and kept: a screen of numbers builds each formatter once.
 */
export function createTranslator(locale: Locale, catalogue: Catalogue): Translator {
  const cache = new Map<string, Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>()
  function cached<Formatter extends Intl.NumberFormat | Intl.PluralRules | Intl.DateTimeFormat>(
    id: string,
    create: () => Formatter,
  ): Formatter {
    let formatter = cache.get(id) as Formatter | undefined
    if (!formatter) cache.set(id, (formatter = create()))
    return formatter
  }
  const numbers = () => cached('number', () => new Intl.NumberFormat(locale))
  /**
   * Whole numbers from 0 to 999 read the same in every shipped language (ASCII digits, no
   * grouping: test/unit/translator.test.ts checks all 13 against Intl), and they are most counts
   * on the first screen. They skip Intl.NumberFormat, whose first construction loads ICU's data:
   * a cost the first render would otherwise pay.
   */
  const formatNumber = (value: number) =>
    Number.isInteger(value) && value >= 0 && value < 1000 ? String(value) : numbers().format(value)
  const plurals = () => cached('plural', () => new Intl.PluralRules(locale))

  function template(key: MessageKey, count: unknown): string {
    // A key missing from a catalogue never ships (test/unit/catalogue.test.ts); were one missing,
    // its name would show rather than nothing, or a crash.
    const message = catalogue[key] ?? key
    if (typeof message === 'string') return message
    const category = typeof count === 'number' ? plurals().select(count) : 'other'
    return message[category] ?? message.other
  }

  const t = ((key: MessageKey, params: Readonly<Record<string, ParamValue>> = {}) =>
    template(key, params.count).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name]
      if (value === undefined) return whole
      return typeof value === 'number' ? formatNumber(value) : value
    })) as Translate

  return {
    locale,
    t,
    parts: (key) =>
      template(key, undefined)
        .split(/(\{\w+\})/)
        .filter((piece) => piece !== '')
        .map((piece) => (/^\{\w+\}$/.test(piece) ? { placeholder: piece.slice(1, -1) } : { text: piece })),
    number: formatNumber,
    // Bytes in words ("52 bytes", "52 Byte", "52 байта"): the short form has no plural in English.
    unit: (value, unit) =>
      cached(
        `unit:${unit}`,
        () =>
          new Intl.NumberFormat(locale, {
            style: 'unit',
            unit,
            unitDisplay: unit === 'byte' ? 'long' : 'short',
            maximumFractionDigits: 1,
          }),
      ).format(value),
    time: (epochMs) =>
      cached(
        'time',
        () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', second: '2-digit' }),
      ).format(epochMs),
    date: (epochMs) => cached('date', () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(epochMs),
    money: (value, currency) =>
      cached(currency ? `money:${currency.code}:${currency.precision}` : 'money', () =>
        currency
          ? new Intl.NumberFormat(locale, {
              style: 'currency',
              currency: currency.code,
              minimumFractionDigits: currency.precision,
              maximumFractionDigits: currency.precision,
            })
          : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      ).format(value),
  }
}
