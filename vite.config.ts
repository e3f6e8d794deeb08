import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { demoAppIdWarning } from './build/demo-app-id-plugin.ts'
import { deploymentHeaders } from './build/deployment-headers-plugin.ts'
import { asyncEntry } from './build/async-entry-plugin.ts'
import { inlineEarlyStart } from './build/inline-early-start-plugin.ts'
import { ecwidEmulator } from './dev/ecwid-emulator.ts'

export default defineConfig({
  // deploymentHeaders after ecwidEmulator: in `vite preview` the emulator's routes answer first,
  // and only the app's own files get the headers of dist/_headers.
  plugins: [
    // <script setup> only: Vue's Options API support is left out (the floor is built alike).
    vue({ features: { optionsAPI: false } }),
    ecwidEmulator(),
    deploymentHeaders(),
    demoAppIdWarning(),
    asyncEntry(),
    inlineEarlyStart(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // One server, two origins: the control panel (and the mock API) on localhost, the app on
  // 127.0.0.1, so the iframe and the API calls are cross-origin exactly as in the real admin.
  // Port 5173, or the next free one when it is taken, or `--port`: the control panel and the app
  // read it from their own pages, so no address has to name it (src/boot/api-base.ts).
  // cors: false: Vite's own CORS handling would answer the mock API's preflights itself (allowing
  // any header and method), so the emulator's Ecwid-like answer would never be tested.
  server: { host: '127.0.0.1', port: 5173, cors: false },
  preview: { host: '127.0.0.1', port: 4173, cors: false },
  build: {
    target: 'es2022',
    // A lazy chunk's imports are fetched alongside it (Vite's preload helper, already in the entry
    // for dynamic imports), not after it; every browser the admin supports has modulepreload, so
    // no polyfill. One stylesheet, linked by index.html: no lazy chunk waits for CSS.
    modulePreload: { polyfill: false },
    // Which chunks the entry loads at once, for the initial-JS count (scripts/js-size.js).
    manifest: true,
    cssCodeSplit: false,
    rollupOptions: {
      // A lazily imported module may share its chunk's exports: no one-line facade chunk (and no
      // extra round trip) in front of the first screen's chunk.
      preserveEntrySignatures: 'allow-extension',
      output: {
        // One initial file: the entry with the framework and the app's shell (every module the
        // entry imports statically). Each file more was a request more for a machine that is
        // already busy: one chunk instead of four (and the entry's hop to app-main) made the first
        // screen measurably faster (docs/performance.md). The first screen and each language are
        // chunks of their own, asked for as the entry starts.
        codeSplitting: {
          // Each group takes only the modules it names, not their imports: otherwise the screens'
          // group would pull in the shell's modules it uses, and the shell would import the screens.
          includeDependenciesRecursively: false,
          groups: [
            // Rolldown would otherwise split out what the entry shares with the lazy chunks.
            { name: 'boot', priority: 20, tags: ['$initial'] },
            {
              // The first screen (its root, panes and stores), Pinia and the API client, fetched at
              // boot: the data requests need none of it, they left from index.html. Its failure
              // alerts, countdown and pager too: a failure is often a dropped connection, and a
              // chunk fetched only then would not arrive. Also here: what the entry does not
              // import but the screens do (Vue's component helper, the links into Ecwid's admin),
              // else rolldown gives each a tiny chunk of its own; the boot problem page imports
              // the helper from here, and this chunk is on its way anyway.
              name: 'screens',
              priority: 10,
              test: (id: string) =>
                /plugin-vue:export-helper|\/node_modules\/pinia\/|\/src\/(CustomerGroupsApp\.vue|(api|components|stores|loading|presentation|composables|ecwid)\/)/.test(
                  id,
                ),
            },
          ],
        },
        // The entry is the boot code (src/main.ts), not index.html's name.
        entryFileNames: 'assets/boot-[hash].js',
        // A language's messages are named for it (assets/messages-de-….js): easy to tell apart in
        // the network panel, and for the test that only the active language is downloaded.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/i18n/messages/')
            ? 'assets/messages-[name]-[hash].js'
            : chunk.facadeModuleId?.endsWith('/src/i18n/english.ts')
              ? 'assets/messages-en-[hash].js'
              : 'assets/[name]-[hash].js',
      },
    },
  },
})
