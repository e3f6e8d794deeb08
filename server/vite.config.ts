import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

/**
 * Builds the Node server (server/node.ts) to plain JavaScript in dist-server/, because Node 20
 * cannot run TypeScript. Its packages (hono, jose, @hono/node-server) stay imports, installed as
 * dependencies; the app's modules it uses (src/ecwid/payload.ts, build/deployment-headers.ts)
 * are bundled in, with the `@` alias the app's own build resolves.
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
    ssr: 'server/node.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
  },
})
