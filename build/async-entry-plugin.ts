import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The entry (src/main.ts, the `boot` chunk) runs as soon as it arrives: `async`, not after the
 * stylesheets and not behind the framework's parsing; and `blocking="render"`, before the first
 * frame is drawn (a frame of the spinner took 50–70 ms of this machine's main thread, and the
 * requests waited behind it). It only starts the data requests, which
 * need no styles, then imports the app, whose chunks Vite's preload helper fetches side by side.
 * index.html preloads nothing else, so nothing competes with the entry for the first round trip.
 * (Vite writes the entry's tag after the index.html hooks have run: the attribute goes in the file.)
 */
export function asyncEntry(): Plugin {
  let outDir = 'dist'
  return {
    name: 'async-entry',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    writeBundle() {
      const file = join(outDir, 'index.html')
      if (!existsSync(file)) return
      const html = readFileSync(file, 'utf8')
      const entry = /<script type="module" crossorigin src=/
      if (!entry.test(html)) throw new Error('async-entry: no module entry in index.html')
      writeFileSync(file, html.replace(entry, '<script type="module" async blocking="render" crossorigin src='))
    },
  }
}
