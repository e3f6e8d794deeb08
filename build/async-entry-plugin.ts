import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/**
 * The entry (src/main.ts with the framework and the app's shell, one chunk) runs as soon as it
 * arrives: `async`, not after the stylesheets and not once the parser is done; and
 * `blocking="render"`, before the first frame is drawn (drawing a frame of the spinner first took
 * main-thread time the app's start needs). The first screen's chunk and the language are not
 * initial JS: the entry asks for them as it starts (src/boot/ask-ahead.ts).
 * (Vite writes the entry's tag after the index.html hooks have run: the attributes go in the file.)
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
      const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/
      if (!entry.test(html)) throw new Error('async-entry: no module entry in index.html')
      writeFileSync(
        file,
        html.replace(entry, '<script type="module" async blocking="render" crossorigin src="$1"></script>'),
      )
    },
  }
}
