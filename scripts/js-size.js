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
 * The initial JS: the scripts the page loads before any of its code has run. That is the entry and
 * what it imports statically, from Vite's manifest; or, for a build without one, the module
 * scripts and modulepreloads of its index.html. (The app's entry asks for its first screen's chunk
 * as it starts: a lazy chunk, counted in the bench's "total JS on load".)
 * @param {string} distDir a Vite build's output directory
 * @param {{ base?: string }} [options]
 * @returns {string[]} files, relative to distDir
 */
export function initialScripts(distDir, { base = '/' } = {}) {
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
 * @param {{ base?: string }} [options]
 * @returns {number} gzip -9 bytes of the initial JS, inline scripts included
 */
export function initialJsBytes(distDir, options) {
  const files = initialScripts(distDir, options).reduce((sum, file) => sum + gzipBytes(join(distDir, file)), 0)
  return files + inlineScriptBytes(distDir)
}
