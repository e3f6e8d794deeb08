import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

// The floor is built exactly as the app is: same Vite, same Vue plugin, same target.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/bench/vue-floor/',
  // As the app is built: without Vue's Options API support.
  plugins: [vue({ features: { optionsAPI: false } })],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../dist-bench/vue-floor', import.meta.url)),
    emptyOutDir: true,
  },
})
