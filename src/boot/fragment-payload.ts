/**
 * The payload as Ecwid puts it in the URL fragment: the JSON's UTF-8 bytes as hex. The SDK reads
 * the same bytes when it initialises; reading them here too lets the data requests start before
 * the SDK (and the framework) have arrived. Untrusted: the caller validates what comes back.
 */
export function readFragmentPayload(hash: string): unknown {
  const hex = hash.replace(/^#/, '')
  if (hex === '' || hex.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(hex)) return null
  try {
    const bytes = new Uint8Array(hex.length / 2)
    for (let index = 0; index < bytes.length; index++) bytes[index] = parseInt(hex.slice(index * 2, index * 2 + 2), 16)
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown
  } catch {
    return null
  }
}
