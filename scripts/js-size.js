// What a built page's JavaScript weighs, gzip -9: the initial JS (the entry module and what
// index.html preloads with it) and any set of files. Shared by `npm run bench` and `npm run size`.
import { readFileSync } from 'node:fs'
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
 * The scripts a built index.html loads before anything runs: its module entries and modulepreloads.
 * @param {string} distDir a Vite build's output directory
 * @param {string} base the base path the build was made for ('/' or e.g. '/bench/vue-floor/')
 * @returns {string[]} files, relative to distDir
 */
export function initialScripts(distDir, base = '/') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const urls = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1] ?? '')
  return [...new Set(urls)].map((url) => (url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '')))
}

/**
 * @param {string} distDir
 * @param {string} [base]
 * @returns {number} gzip -9 bytes of the initial JS
 */
export function initialJsBytes(distDir, base = '/') {
  return initialScripts(distDir, base).reduce((sum, file) => sum + gzipBytes(join(distDir, file)), 0)
}
