import { build, type Plugin, type ResolvedConfig } from 'vite'
import type { InlineScriptsApi } from './deployment-headers-plugin.ts'

/** Where index.html wants the script: before any stylesheet, which would hold a script behind it. */
export const EARLY_START_MARKER = '<!-- early-start -->'
const ENTRY = 'src/boot/early-start.ts'

/**
 * Inlines src/boot/early-start.ts into the built index.html: the first screen's data requests
 * leave as the HTML is parsed rather than once the entry has downloaded (one round trip to the
 * app's host earlier; docs/performance.md has what it is worth). Bundled separately, as one
 * classic script, with the build's mode and env (so the same API base). The deployment headers
 * allow it by its hash (build/deployment-headers-plugin.ts). The dev server has no inline script:
 * there boot/ask-ahead.ts sends the requests.
 */
export function inlineEarlyStart(): Plugin<InlineScriptsApi> {
  let config: ResolvedConfig | undefined
  let inlined: string | undefined
  return {
    name: 'inline-early-start',
    apply: 'build',
    api: { inlineScripts: () => (inlined === undefined ? [] : [inlined]) },
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!config) throw new Error('inline-early-start: no resolved config')
        if (!html.includes(EARLY_START_MARKER))
          throw new Error(`inline-early-start: no ${EARLY_START_MARKER} in index.html`)
        const output = await build({
          configFile: false,
          root: config.root,
          mode: config.mode,
          envDir: config.envDir,
          logLevel: 'warn',
          resolve: { alias: config.resolve.alias },
          build: {
            write: false,
            target: config.build.target,
            minify: true,
            lib: { entry: ENTRY, formats: ['iife'], name: 'customerGroupsEarlyStart' },
          },
        })
        const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
          'output' in result ? result.output.filter((file) => file.type === 'chunk') : [],
        )
        if (chunks.length !== 1 || !chunks[0]) throw new Error(`inline-early-start: expected one chunk from ${ENTRY}`)
        // `</script` inside the code would end the element early.
        inlined = chunks[0].code.trim().replace(/<\/script/gi, '<\\/script')
        return html.replace(EARLY_START_MARKER, `<script>${inlined}</script>`)
      },
    },
  }
}
