// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** Every stylesheet the app ships: the <style> blocks of its components and the base CSS. */
function appStyles(): { file: string; css: string }[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.vue') || entry.name.endsWith('.css')) files.push(path)
    }
  }
  walk('src')
  return files.map((file) => {
    const text = readFileSync(file, 'utf8')
    const css = file.endsWith('.vue')
      ? [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('\n')
      : text
    return { file, css }
  })
}

/** Each rule's selector and whether it sits inside an @layer block. */
function rules(css: string): { selector: string; layered: boolean }[] {
  const found: { selector: string; layered: boolean }[] = []
  const stack: boolean[] = []
  let buffer = ''
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      const prelude = buffer.trim()
      const layered = stack.includes(true) || prelude.startsWith('@layer')
      if (!prelude.startsWith('@')) found.push({ selector: prelude, layered: stack.includes(true) })
      stack.push(layered)
      buffer = ''
    } else if (char === '}') {
      stack.pop()
      buffer = ''
    } else if (char === ';') {
      buffer = ''
    } else buffer += char
  }
  return found
}

/** Class names of Ecwid's CSS framework (platform notes §5). */
const FRAMEWORK_CLASS =
  /\.(?!field-picker|field-values)(settings-page|named-area|a-card|btn|fieldset|field|custom-checkbox|alert|inline-alert|status-block|collapsible)(?![a-z])/

describe('the app’s own CSS', () => {
  it('styles a framework class only inside a cascade layer, so Ecwid’s own rules always win', () => {
    const offending = appStyles().flatMap(({ file, css }) =>
      rules(css)
        .filter((rule) => !rule.layered && FRAMEWORK_CLASS.test(rule.selector))
        .map((rule) => `${file}: ${rule.selector}`),
    )
    expect(offending).toEqual([])
  })

  it('names every colour once, as a custom property in base.css', () => {
    const offending = appStyles().flatMap(({ file, css }) => {
      const withoutTokens = file.endsWith('base.css') ? css.replace(/:root\s*\{[\s\S]*?\}/, '') : css
      return [...withoutTokens.matchAll(/#[0-9a-f]{3,8}\b|rgba?\(/gi)].map((match) => `${file}: ${match[0]}`)
    })
    expect(offending).toEqual([])
  })
})
