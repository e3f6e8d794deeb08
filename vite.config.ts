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
  // cors: false: Vite's own CORS handling would answer the mock API's preflights itself (allowing
  // any header and method), so the emulator's Ecwid-like answer would never be tested.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, cors: false },
  preview: { host: '127.0.0.1', port: 4173, cors: false },
  build: {
    target: 'es2022',
    rollupOptions: {
      output: {
        // A language's messages are named for it (assets/messages-de-….js): easy to tell apart in
        // the network panel, and for the test that only the active language is downloaded.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/i18n/messages/')
            ? 'assets/messages-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
})
