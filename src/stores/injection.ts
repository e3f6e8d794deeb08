import { inject, type InjectionKey } from 'vue'
import type { CustomerGroupsApi } from '@/api/customer-groups'

/**
 * The API reaches stores through provide/inject rather than an import, so each app (and each
 * test) gets its own client — and the token inside it stays out of every store's state.
 */
export const customerGroupsApiKey: InjectionKey<CustomerGroupsApi> = Symbol('customerGroupsApi')

export function useCustomerGroupsApi(): CustomerGroupsApi {
  const api = inject(customerGroupsApiKey, null)
  if (api === null) throw new Error('The customer groups API was not provided to this app')
  return api
}
