/**
 * Offers `text` as a download named `fileName`. False when the browser refused a step (a
 * sandboxed frame may throw); true means the download was asked for, not that it happened: a
 * frame sandboxed without `allow-downloads` drops it silently.
 */
export function saveTextFile(doc: Document, fileName: string, text: string, type = 'text/csv;charset=utf-8'): boolean {
  let url: string | undefined
  try {
    url = URL.createObjectURL(new Blob([text], { type }))
    const link = doc.createElement('a')
    link.href = url
    link.download = fileName
    link.hidden = true
    // Firefox follows a click only on a link that is in the document.
    doc.body.append(link)
    try {
      link.click()
    } finally {
      link.remove()
    }
    const made = url
    // Revoked at once, the download may not have started reading the blob yet.
    setTimeout(() => URL.revokeObjectURL(made), 0)
    return true
  } catch {
    if (url !== undefined) URL.revokeObjectURL(url)
    return false
  }
}
