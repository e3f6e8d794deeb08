import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * The entry (src/main.ts) only starts the data requests, then imports the app (src/app-main.ts).
 * Preloading the app's chunk, and the chunks it imports, from index.html lets them download
 * alongside the entry instead of after it. They are part of the initial JS, and counted as such
 * (npm run size, npm run bench).
 */
export function preloadAppChunk(appModule = 'src/app-main.ts'): Plugin {
  let base = '/'
  let outDir = 'dist'
  return {
    name: 'preload-app-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base
      outDir = resolve(config.root, config.build.outDir)
    },
    // The entry runs as soon as it arrives (async), not after the stylesheets: it only starts the
    // data requests, which need no styles, and every millisecond earlier counts. (Vite writes the
    // entry's tag after the index.html hooks have run, so the attribute is added to the file.)
    writeBundle() {
      const file = join(outDir, 'index.html')
      if (!existsSync(file)) return
      const html = readFileSync(file, 'utf8')
      writeFileSync(file, html.replace(/<script type="module" crossorigin src=/, '<script type="module" async crossorigin src='))
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk')
        const app = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(appModule))
        if (!app) throw new Error(`preload-app-chunk: no chunk for ${appModule}`)
        const files = new Set<string>()
        const visit = (fileName: string) => {
          if (files.has(fileName)) return
          files.add(fileName)
          for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) visit(imported)
        }
        visit(app.fileName)
        const missing = (file: string) => !html.includes(`"${base}${file}"`)
        // Its stylesheet too, as a stylesheet: the first render must not wait on a script to fetch it.
        const styles = [...files].flatMap((file) => [
          ...(chunks.find((chunk) => chunk.fileName === file)?.viteMetadata?.importedCss ?? []),
        ])
        const tags: HtmlTagDescriptor[] = [
          ...[...new Set(styles)].filter(missing).map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
          ...[...files].filter(missing).map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
        ]
        return { html, tags }
      },
    },
  }
}
