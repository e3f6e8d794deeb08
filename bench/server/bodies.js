import { runnerImport } from 'vite'

/**
 * The stand-in's answers, made by the emulator's own mock API (dev/mock-api) for its large demo
 * store, every field included: a page of 100 customer groups, one group, a page of 100 customers
 * (the largest answer the app asks for) and the store's profile. Vite's module runner loads the
 * TypeScript, as Node 20 cannot.
 */
export async function emulatorBodies(root) {
  const load = async (path) =>
    (await runnerImport(new URL(path, root).pathname, { configFile: false, logLevel: 'silent' })).module
  const [{ createMockCustomerGroupsApi }, { DEMO_ACCESS_TOKEN, DEMO_STORE_ID }] = await Promise.all([
    load('dev/mock-api/customer-groups-api.ts'),
    load('dev/demo-store.ts'),
  ])
  const mock = createMockCustomerGroupsApi()
  const faults = { latencyMs: 0, failure: 'none', largeStore: true, exposeRetryAfter: false }
  const answer = (path) => {
    const response = mock.handle(
      { method: 'GET', url: `/api/v3/${DEMO_STORE_ID}/${path}`, authorization: `Bearer ${DEMO_ACCESS_TOKEN}` },
      faults,
    )
    if (response.kind !== 'answer' || response.status !== 200) throw new Error(`The mock API refused ${path}.`)
    return response.body
  }
  const customerGroups = answer('customer_groups?limit=100')
  const someGroupId = JSON.parse(customerGroups).items[1].id
  return {
    customer_groups: customerGroups,
    customer_group: answer(`customer_groups/${someGroupId}`),
    customers: answer('customers?limit=100'),
    profile: answer('profile'),
  }
}
