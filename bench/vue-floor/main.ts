// The smallest Vue + Pinia app built with the app's own toolchain: one setup store, one component.
// The bench compares the app's initial JS with this floor.
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import FloorApp from './FloorApp.vue'

const payload = JSON.parse(
  new TextDecoder().decode(
    new Uint8Array((location.hash.slice(1).match(/../g) ?? []).map((byte) => parseInt(byte, 16))),
  ),
) as { store_id: number; access_token: string; app_state?: string }
const groupId = new URLSearchParams(decodeURIComponent(payload.app_state ?? '')).get('groupId')
createApp(FloorApp, {
  url: `http://localhost:${location.port}/api/v3/${payload.store_id}/customer_groups/${groupId}`,
  authorization: `Bearer ${payload.access_token}`,
})
  .use(createPinia())
  .mount('#app')
