import type { ApiResponse, EcwidClient, RequestOptions } from './client'
import { invalidResponse, isRecord } from './json-checks'
import { fieldNames, toResponseFields } from './response-fields'
import type { StoreRequest } from './request'

/** How the store writes money: Ecwid's `formatsAndUnits`, reduced to what amounts need. */
export interface StoreCurrency {
  /** ISO 4217, e.g. `EUR`. */
  readonly code: string
  /** Digits after the decimal separator, e.g. 2 (0 for JPY). */
  readonly precision: number
}

/** The store's formats, read once: `GET /profile` with scope `read_store_profile`. */
export function storeProfileRequest(): StoreRequest {
  return {
    path: '/profile',
    query: {
      responseFields: toResponseFields([
        { name: 'formatsAndUnits', children: fieldNames('currency', 'currencyPrecision') },
      ]),
    },
  }
}

export function parseStoreCurrency(json: unknown): StoreCurrency {
  const formats = isRecord(json) ? json.formatsAndUnits : undefined
  if (!isRecord(formats) || typeof formats.currency !== 'string' || !/^[A-Z]{3}$/.test(formats.currency))
    throw invalidResponse({ code: 'profile-without-currency' })
  const precision = formats.currencyPrecision
  return {
    code: formats.currency,
    // Intl's own default for the currency when Ecwid leaves it out or gives something unusable.
    precision:
      typeof precision === 'number' && Number.isInteger(precision) && precision >= 0 && precision <= 4
        ? precision
        : (new Intl.NumberFormat('en', { style: 'currency', currency: formats.currency }).resolvedOptions()
            .maximumFractionDigits ?? 2),
  }
}

export interface StoreProfileApi {
  getCurrency(options?: RequestOptions): Promise<ApiResponse<StoreCurrency>>
}

export function createStoreProfileApi(client: EcwidClient): StoreProfileApi {
  return { getCurrency: (options) => client.get({ ...storeProfileRequest(), ...options }, parseStoreCurrency) }
}
