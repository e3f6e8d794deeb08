import { createEcwidClient } from './client'
import { createCustomerGroupsApi, type CustomerGroupsApi } from './customer-groups'
import { createCustomersApi, type CustomersApi } from './customers'
import { fetchTakingEarlyResponses } from './early-responses'
import { createStoreProfileApi, type StoreProfileApi } from './store-profile'

/** The APIs the app talks to, bound to one store and its token. */
export interface StoreApis {
  readonly customerGroups: CustomerGroupsApi
  readonly customers: CustomersApi
  readonly storeProfile: StoreProfileApi
}

/**
 * The token goes into the client's closure and nowhere else. The first screen's requests, sent
 * by index.html's inline script before the app had loaded (boot/early-start.ts), are answered
 * from there: the stores' first calls cost no second request.
 */
export function createStoreApis(apiBase: string, storeId: number, accessToken: string): StoreApis {
  const client = createEcwidClient({
    apiBase,
    storeId,
    authorization: `Bearer ${accessToken}`,
    fetch: fetchTakingEarlyResponses(globalThis.fetch.bind(globalThis)),
  })
  return {
    customerGroups: createCustomerGroupsApi(client),
    customers: createCustomersApi(client),
    storeProfile: createStoreProfileApi(client),
  }
}
