import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import { deploymentHeaders } from '../build/deployment-headers-plugin.ts'
import { ecwidEmulator } from '../dev/ecwid-emulator.ts'
import { benchRoutes } from './bench-routes.ts'

export const BENCH_PORT = 4180

// `vite preview` of the production build (dist-bench/app) inside the emulator, with the bench's
// latency and baseline pages in front: the control panel and the API on localhost, the app and
// the baselines on 127.0.0.1, cross-origin as in the real admin.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  mode: 'emulator',
  plugins: [benchRoutes(), ecwidEmulator(), deploymentHeaders()],
  build: { outDir: 'dist-bench/app' },
  preview: { host: '127.0.0.1', port: BENCH_PORT, strictPort: true, cors: false },
  logLevel: 'warn',
})
