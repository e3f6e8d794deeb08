import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { demoAppIdWarning } from './build/demo-app-id-plugin.ts'
import { deploymentHeaders } from './build/deployment-headers-plugin.ts'
import { ecwidEmulator } from './dev/ecwid-emulator.ts'

export default defineConfig({
  // deploymentHeaders after ecwidEmulator: in `vite preview` the emulator's routes answer first,
  // and only the app's own files get the headers of dist/_headers.
  plugins: [vue(), ecwidEmulator(), deploymentHeaders(), demoAppIdWarning()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // One server, two origins: the control panel (and the mock API) on localhost, the app on
  // 127.0.0.1, so the iframe and the API calls are cross-origin exactly as in the real admin.
  // A fixed port: .env.development names the mock API's address with it.
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022' },
})
