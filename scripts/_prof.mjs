import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from '/work/main/scripts/chromium.js'
const latency = JSON.parse(process.argv[2] ?? '{}')
await fetch('http://localhost:4180/__bench/latency', { method: 'PUT', body: JSON.stringify(latency) })
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
for (let i = 0; i < 2; i++) {
const context = await browser.newContext()
const page = await context.newPage()
await page.goto('http://localhost:4180/__ecwid/?app_state=groupId%3D9367001&lang=en' + (process.argv[3] ?? ''), { waitUntil: 'domcontentloaded' })
let frame; for (;;) { frame = page.frames().find(f => f.url().startsWith('http://127.0.0.1')); if (frame) break; await page.waitForTimeout(10) }
await frame.waitForFunction(() => /customers in this group|VIP/.test(document.body.innerText), undefined, {timeout: 20000})
const out = await frame.evaluate(() => {
  const nav = performance.getEntriesByType('navigation')[0]
  const res = performance.getEntriesByType('resource').map(r => `${r.startTime.toFixed(0).padStart(5)} → ${r.responseEnd.toFixed(0).padStart(5)} ${r.initiatorType.padEnd(6)} ${r.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 90)}`)
  const paint = performance.getEntriesByType('paint').map(p => `${p.name} ${p.startTime.toFixed(0)}`)
  return [`nav responseEnd ${nav.responseEnd.toFixed(0)} domInteractive ${nav.domInteractive.toFixed(0)} dcl ${nav.domContentLoadedEventEnd.toFixed(0)}`, ...res, ...paint].join('\n')
})
if (i === 1) console.log(out)
await context.close()
}
await browser.close()
