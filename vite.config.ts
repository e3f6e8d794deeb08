import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { ecwidEmulator } from './dev/ecwid-emulator.ts'

export default defineConfig({
  plugins: [vue(), ecwidEmulator()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // One server, two origins: the control panel on localhost, the app on 127.0.0.1, so the
  // iframe is cross-origin exactly as in the real admin.
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022' },
})
