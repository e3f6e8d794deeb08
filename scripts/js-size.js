// What a built page's JavaScript weighs, gzip -9. Shared by `npm run bench` and `npm run size`.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * @param {string} file
 * @returns {number} bytes after gzip -9
 */
export function gzipBytes(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length
}

/**
 * The initial JS: every script loaded before the first render can happen. That is the entry and
 * what it imports statically, plus the modules it imports at once, unconditionally (the app's
 * `src/app-main.ts`, which index.html modulepreloads and the entry imports at once), with their
 * static imports, from Vite's manifest; or, for a build without one, the module scripts and
 * modulepreloads of its index.html.
 * @param {string} distDir a Vite build's output directory
 * @param {{ base?: string, loadedAtOnce?: string[] }} [options]
 * @returns {string[]} files, relative to distDir
 */
export function initialScripts(distDir, { base = '/', loadedAtOnce = ['src/app-main.ts'] } = {}) {
  const manifestFile = join(distDir, '.vite', 'manifest.json')
  if (existsSync(manifestFile)) {
    /** @type {Record<string, { file: string, src?: string, isEntry?: boolean, imports?: string[] }>} */
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
    const files = new Set()
    /** @param {string} key */
    const visit = (key) => {
      const chunk = manifest[key]
      if (!chunk || files.has(chunk.file)) return
      files.add(chunk.file)
      for (const imported of chunk.imports ?? []) visit(imported)
    }
    for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
    for (const src of loadedAtOnce) {
      if (!manifest[src]) throw new Error(`${src} is not in ${manifestFile}`)
      visit(src)
    }
    return [...files].filter((file) => file.endsWith('.js'))
  }
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const urls = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1] ?? '')
  return [...new Set(urls)].map((url) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '')))
}

/**
 * The scripts written into index.html itself (the early requests), gzip -9 together: they are
 * JavaScript the page runs before its first render too.
 * @param {string} distDir
 * @returns {number}
 */
export function inlineScriptBytes(distDir) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '')
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (match) => match[1] ?? '',
  )
  return inline.length === 0 ? 0 : gzipSync(inline.join('\n'), { level: 9 }).length
}

/**
 * @param {string} distDir
 * @param {{ base?: string, loadedAtOnce?: string[] }} [options]
 * @returns {number} gzip -9 bytes of the initial JS, inline scripts included
 */
export function initialJsBytes(distDir, options) {
  const files = initialScripts(distDir, options).reduce((sum, file) => sum + gzipBytes(join(distDir, file)), 0)
  return files + inlineScriptBytes(distDir)
}
