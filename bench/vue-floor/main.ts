// The smallest Vue + Pinia app built with the app's own toolchain: one setup store, one component.
// It does what the vanilla page does (Ecwid's SDK reads the payload, one fetch, the group's name in
// a heading, ready()) through Vue and Pinia: the bench compares the app's initial JS with it, and
// prints its time to the heading, which is the framework's share of the app's.
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import FloorApp from './FloorApp.vue'

interface Sdk {
  init(options: { app_id: string; autoloadedflag: boolean; autoheight: boolean }): void
  getPayload(): { store_id: number; access_token: string; app_state?: string }
  ready(): void
}

// The SDK's script comes first in index.html and is deferred, as this module is: it has run.
const sdk = (window as unknown as { EcwidApp: Sdk }).EcwidApp
sdk.init({ app_id: 'customer-groups-demo', autoloadedflag: false, autoheight: false })
const payload = sdk.getPayload()
const groupId = new URLSearchParams(decodeURIComponent(payload.app_state ?? '')).get('groupId')
createApp(FloorApp, {
  url: `http://localhost:${location.port}/api/v3/${payload.store_id}/customer_groups/${groupId}`,
  authorization: `Bearer ${payload.access_token}`,
  onShown: () => sdk.ready(),
})
  .use(createPinia())
  .mount('#app')
