import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { shellQuote } from '@/api/shell-quote'

/** What a real POSIX shell makes of the quoted word: printf prints its argument unchanged. */
function throughShell(quoted: string): string {
  return execFileSync('sh', ['-c', `printf %s ${quoted}`], { encoding: 'utf8' })
}

const hostile: [string, string][] = [
  ['a single quote', "it's"],
  ['only single quotes', "'''"],
  ['a quote that would close the word early', "x' ; echo pwned ; '"],
  ['command substitution', '$(echo pwned)'],
  ['backticks', '`echo pwned`'],
  ['a variable', '$HOME ${PATH}'],
  ['backslashes', 'a\\b\\\\c\\'],
  ['a trailing backslash before a quote', "\\'"],
  ['double quotes', '"quoted" "'],
  ['a newline', 'line one\nline two'],
  ['a carriage return and a tab', 'a\r\tb'],
  ['globs and operators', '* ? [a] ; | & > < ( ) { } ~ #'],
  ['a leading dash', '-n'],
  ['an empty string', ''],
  ['non-ASCII and bidi controls', 'Grüße ‮evil⁦ 👍'],
  ['a URL with a query', "https://app.ecwid.com/api/v3/1003/customer_groups?keyword=it's&limit=100"],
]

describe('shellQuote', () => {
  it('wraps text in single quotes', () => {
    expect(shellQuote('abc')).toBe("'abc'")
  })

  it("turns ' into '\\'' and leaves everything else as it is", () => {
    expect(shellQuote("it's $(x) `y` \\ \n")).toBe("'it'\\''s $(x) `y` \\ \n'")
  })

  it.each(hostile)('survives a real shell unchanged: %s', (_case, text) => {
    expect(throughShell(shellQuote(text))).toBe(text)
  })
})
