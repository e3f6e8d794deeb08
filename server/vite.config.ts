import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

/**
 * Builds the server to plain JavaScript in dist-server/, because Node 20 cannot run TypeScript:
 * node.js (`npm start`) and cloudflare-worker.js (the `main` of wrangler.jsonc). Their
 * packages (hono, jose, @hono/node-server) stay imports, installed as dependencies (wrangler
 * bundles them for the Worker); the app's modules they use (src/ecwid/payload.ts,
 * build/deployment-headers.ts) are bundled in, with the `@` alias the app's own build resolves.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // No public/ copy and no .env loading: this build is the server, not the app.
  publicDir: false,
  envDir: false,
  resolve: {
    alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) },
  },
  build: {
    ssr: true,
    rollupOptions: {
      input: { node: 'server/node.ts', 'cloudflare-worker': 'server/cloudflare-worker.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' },
    },
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
  },
})
