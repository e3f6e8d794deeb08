/**
 * One POSIX-shell word that stands for `text` exactly, whatever it holds: everything between
 * single quotes is literal (`$`, backticks, `\`, newlines), and the only character that cannot
 * appear there, `'` itself, closes the quotes, is escaped, and reopens them: `'\''`.
 */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}
