import { inject, type InjectionKey } from 'vue'
import type { CustomerGroupsApi } from '@/api/customer-groups'
import type { CustomersApi } from '@/api/customers'
import type { StoreProfileApi } from '@/api/store-profile'

/**
 * The APIs reach stores through provide/inject rather than an import, so each app (and each
 * test) gets its own client — and the token inside it stays out of every store's state.
 */
export const customerGroupsApiKey: InjectionKey<CustomerGroupsApi> = Symbol('customerGroupsApi')
export const customersApiKey: InjectionKey<CustomersApi> = Symbol('customersApi')
export const storeProfileApiKey: InjectionKey<StoreProfileApi> = Symbol('storeProfileApi')

function injected<T>(key: InjectionKey<T>, what: string): T {
  const value = inject(key, null)
  // Outside any app's context inject() gives undefined rather than the default: both mean the
  // store was created where the app's APIs cannot be reached.
  if (value === null || value === undefined) throw new Error(`The ${what} was not provided to this app`)
  return value
}

export function useCustomerGroupsApi(): CustomerGroupsApi {
  return injected(customerGroupsApiKey, 'customer groups API')
}

export function useCustomersApi(): CustomersApi {
  return injected(customersApiKey, 'customers API')
}

export function useStoreProfileApi(): StoreProfileApi {
  return injected(storeProfileApiKey, 'store profile API')
}
