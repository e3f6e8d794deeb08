import { DEMO_STORE_ID } from '../demo-store.ts'
import { withProjection, type MockResponse } from './answers.ts'

/**
 * The demo store's `GET /profile`, shaped like Ecwid's and trimmed to the parts an app reads. A
 * German store: amounts are written `1.234,56 €`, so an app that formats money itself (prefix,
 * suffix, both separators) shows where it deviates from the store's settings.
 */
export const demoStoreProfile = {
  generalInfo: {
    storeId: DEMO_STORE_ID,
    storeUrl: `https://store${DEMO_STORE_ID}.company.site`,
    starterSite: {
      ecwidSubdomain: `store${DEMO_STORE_ID}`,
      ecwidSubdomainSuffix: 'company.site',
      generatedUrl: `https://store${DEMO_STORE_ID}.company.site`,
      customDomain: '',
    },
    websitePlatform: 'instantsite',
  },
  account: {
    accountName: 'Demo Merchant',
    accountNickName: 'Demo',
    accountEmail: 'merchant@example.com',
    whiteLabel: false,
    suspended: false,
  },
  settings: {
    closed: false,
    storeName: 'Demo Store',
  },
  company: {
    companyName: 'Demo Store GmbH',
    email: 'shop@example.com',
    street: 'Musterstraße 1',
    city: 'Berlin',
    countryCode: 'DE',
    postalCode: '10115',
    phone: '+49 30 1234567',
  },
  formatsAndUnits: {
    currency: 'EUR',
    currencyPrefix: '',
    currencySuffix: ' €',
    currencyGroupSeparator: '.',
    currencyDecimalSeparator: ',',
    currencyPrecision: 2,
    currencyTruncateZeroFractional: false,
    currencyRate: 1,
    weightUnit: 'KILOGRAM',
    weightGroupSeparator: '.',
    weightDecimalSeparator: ',',
    weightTruncateZeroFractional: false,
    dateFormat: 'dd.MM.yyyy',
    timeFormat: 'HH:mm',
    timezone: 'Europe/Berlin',
    dimensionsUnit: 'CM',
    volumeUnit: 'L',
    orderNumberPrefix: '',
    orderNumberSuffix: '',
  },
  languages: {
    enabledLanguages: ['en', 'de', 'ja'],
    defaultLanguage: 'en',
    facebookPreferredLocale: 'en_US',
  },
} as const

/** `GET /profile?responseFields=…`: the whole profile, or only the parts asked for. */
export function storeProfile(params: URLSearchParams): MockResponse {
  return withProjection(demoStoreProfile, params.get('responseFields'))
}
