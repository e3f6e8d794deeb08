import { join } from 'node:path'
import { expect, test, type Browser, type Frame, type Page, type Request } from '@playwright/test'
import { gzipBytes, initialJsBytes } from '../scripts/js-size.js'
import type { Latency } from './bench-routes.ts'

/**
 * `npm run bench`: the app against a vanilla page (SDK, fetch, heading) and a minimal Vue + Pinia
 * app, in the emulated control panel, in Chromium, with no added latency and over a modelled
 * network. Prints one table; fails when a budget is broken. Times are medians of alternating runs
 * in one process, so the machine's noise falls on both sides alike.
 */
const ORIGIN = 'http://localhost:4180'
const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const MODELLED: Latency = { app: 40, cdn: 60, api: 150 }
const NETWORKS: readonly { name: string; latency: Latency }[] = [
  { name: 'no latency', latency: { app: 0, cdn: 0, api: 0 } },
  { name: 'modelled network', latency: MODELLED },
]
const BUDGETS = {
  /** Over the modelled network: the app's heading against the vanilla page's. */
  headingModelled: 1.0,
  /**
   * With no latency: the app's heading against the Vue + Pinia + SDK floor measured in the same
   * runs (the owner's decision on issue 19). The vanilla page is still printed, for reference.
   */
  headingNoLatencyOverFloor: 1.5,
  initialJs: 1.35,
  cls: 0.005, // prints as 0.00
  pickerMs: 50,
  heapGrowthBytes: 2 * 1024 * 1024,
}

type Variant = 'app' | 'vanilla' | 'floor'

interface Run {
  heading: number
  list: number | null
  fcp: number | null
  cls: number
  apiGets: string[]
  scripts: string[]
}

declare global {
  interface Window {
    __bench?: { heading: number | null; list: number | null; cls: number }
    __benchReport?: (what: Milestone) => void
  }
}

/** What the frame reports: the group's heading, and (the app only) its whole first screen. */
type Milestone = 'heading' | 'first-screen'

/**
 * Runs in every frame from its first byte; records only in the app's frame (127.0.0.1). It tells
 * the bench of each milestone through a binding: waiting inside the frame instead
 * (waitForFunction) makes Playwright compile its own script in the frame while the page loads and
 * paints, 10-25 ms of the frame's main thread that a merchant's browser never spends.
 */
function recordInFrame() {
  if (location.hostname !== '127.0.0.1') return
  const bench = { heading: null as number | null, list: null as number | null, cls: 0 }
  window.__bench = bench
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) bench.cls += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
  let firstScreenShown = false
  const check = () => {
    if (bench.heading === null)
      for (const heading of document.querySelectorAll('h1, h2'))
        if (heading.textContent?.trim() === 'VIP') {
          bench.heading = performance.now()
          window.__benchReport?.('heading')
        }
    if (bench.list === null && document.querySelector('nav li button')) bench.list = performance.now()
    // The deep link's whole first screen: the group, its members and the list, nothing loading.
    if (
      !firstScreenShown &&
      /\d+ customers? in this group/.test(
        document.querySelector('[data-testid="members-summary"]')?.textContent ?? '',
      ) &&
      document.querySelector('nav li button') &&
      !document.querySelector('[aria-busy="true"]')
    ) {
      firstScreenShown = true
      window.__benchReport?.('first-screen')
    }
  }
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  })
}

async function setLatency(latency: Latency) {
  const response = await fetch(`${ORIGIN}/__bench/latency`, { method: 'PUT', body: JSON.stringify(latency) })
  expect(response.ok).toBe(true)
}

async function appFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith('http://127.0.0.1:4180/'))
    if (frame) return frame
    await page.waitForTimeout(10)
  }
  throw new Error('The app frame did not open')
}

/** Resolves with `promise`, or fails the bench after 20 s. */
async function within(promise: Promise<void>, failure: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(failure)), 20_000)))
  await Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

async function open(browser: Browser, variant: Variant) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const reports = new Map<Milestone, () => void>()
  const reached = (milestone: Milestone) => new Promise<void>((resolve) => reports.set(milestone, resolve))
  const headingShown = reached('heading')
  const firstScreenShown = reached('first-screen')
  await context.exposeBinding('__benchReport', (_source, milestone: Milestone) => reports.get(milestone)?.())
  await context.addInitScript(recordInFrame)
  const page = await context.newPage()
  const requests: Request[] = []
  page.on('request', (request) => requests.push(request))
  const settings = new URLSearchParams({ app_state: 'groupId=9367001', lang: 'en' })
  if (variant === 'vanilla') settings.set('app_path', '/bench/vanilla/')
  if (variant === 'floor') settings.set('app_path', '/bench/vue-floor/')
  await page.goto(`${ORIGIN}/__ecwid/?${settings}`, { waitUntil: 'domcontentloaded' })
  await within(headingShown, 'No heading within 20 s')
  if (variant === 'app') await within(firstScreenShown, 'The first screen was not complete within 20 s')
  // A moment for late shifts.
  await page.waitForTimeout(500)
  const frame = await appFrame(page)
  return { context, page, frame, requests }
}

async function measure(browser: Browser, variant: Variant): Promise<Run> {
  const { context, frame, requests } = await open(browser, variant)
  const recorded = await frame.evaluate(() => ({
    ...window.__bench!,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }))
  await context.close()
  const inFrame = requests.filter((request) => request.frame().url().startsWith('http://127.0.0.1:4180/'))
  return {
    heading: recorded.heading!,
    list: recorded.list,
    fcp: recorded.fcp,
    cls: recorded.cls,
    apiGets: inFrame
      .filter((request) => request.method() === 'GET' && new URL(request.url()).pathname.startsWith('/api/v3/'))
      .map((request) => decodeURIComponent(new URL(request.url()).pathname + new URL(request.url()).search)),
    scripts: inFrame
      .map((request) => new URL(request.url()))
      .filter(
        (url) => url.hostname === '127.0.0.1' && url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js'),
      )
      .map((url) => url.pathname),
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** After load, then after 50 group switches: a leak grows the heap with every group opened. */
async function heapAfterSwitches(browser: Browser) {
  const { context, page, frame } = await open(browser, 'app')
  const cdp = await page.context().newCDPSession(frame)
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize
  }
  // Playwright's own script goes into the frame with the first locator: before the first
  // measurement, so that both hold it.
  const buttons = frame.locator('nav li button')
  const count = await buttons.count()
  const afterLoad = await heap()
  for (let switchIndex = 0; switchIndex < 50; switchIndex++) {
    const button = buttons.nth((switchIndex + 2) % count)
    const name = (await button.locator('.group-list__name').textContent())?.trim() ?? ''
    await button.click()
    await expect(frame.locator('#group-details-title')).toHaveText(name)
    await frame.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
  }
  const afterSwitches = await heap()
  await context.close()
  return { afterLoad, afterSwitches }
}

/** Picker click to the request line showing it: the app's own work, measured inside the frame. */
async function pickerToRequestLine(browser: Browser): Promise<number> {
  const { context, frame } = await open(browser, 'app')
  const times: number[] = []
  for (let click = 0; click < 10; click++) {
    times.push(
      await frame.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const line = document.querySelector('[data-testid="request-line"]')!
            const box = [...document.querySelectorAll<HTMLLabelElement>('fieldset label')]
              .find((label) => label.textContent?.includes('externalReferenceId'))!
              .querySelector('input')!
            const before = line.textContent
            const started = performance.now()
            const observer = new MutationObserver(() => {
              if (line.textContent === before) return
              observer.disconnect()
              resolve(performance.now() - started)
            })
            observer.observe(line, { subtree: true, childList: true, characterData: true })
            box.click()
          }),
      ),
    )
  }
  await context.close()
  return median(times)
}

const fmt = (value: number | null, digits = 0) => (value === null ? '—' : value.toFixed(digits))
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

test('the app against the vanilla page and the Vue + Pinia floor', async ({ browser }) => {
  test.setTimeout(15 * 60_000)
  const rows: string[] = []
  const failures: string[] = []
  const budget = (ok: boolean, what: string) => {
    if (!ok) failures.push(what)
    return ok ? 'ok' : 'OVER'
  }
  let deepLinkRequests: string[] = []
  let loadedScripts: string[] = []
  const timing: Record<string, { app: Run[]; vanilla: Run[]; floor: Run[] }> = {}

  for (const network of NETWORKS) {
    await setLatency(network.latency)
    // Warm-up: the server's and the OS's caches, Chromium's compiler; not counted.
    await measure(browser, 'app')
    await measure(browser, 'vanilla')
    const runs = { app: [] as Run[], vanilla: [] as Run[], floor: [] as Run[] }
    for (let run = 0; run < RUNS; run++) {
      runs.app.push(await measure(browser, 'app'))
      runs.vanilla.push(await measure(browser, 'vanilla'))
      // For reference, not a budget: the smallest Vue + Pinia app doing the same, the SDK included:
      // what the framework alone costs, so that the rest of the gap is the app's own.
      runs.floor.push(await measure(browser, 'floor'))
    }
    timing[network.name] = runs
    deepLinkRequests = runs.app.at(-1)!.apiGets
    loadedScripts = runs.app.at(-1)!.scripts
  }
  await setLatency({ app: 0, cdn: 0, api: 0 })

  for (const [name, runs] of Object.entries(timing)) {
    const app = median(runs.app.map((run) => run.heading))
    const vanilla = median(runs.vanilla.map((run) => run.heading))
    const floorHeading = median(runs.floor.map((run) => run.heading))
    const noLatency = name === 'no latency'
    const ratio = app / vanilla
    const overFloor = app / floorHeading
    // Each app load against the vanilla load right after it: how far one run's ratio can stray on
    // this machine, so that a change can be told from noise. The budget stays on the medians.
    const pairs = runs.app.map((run, index) => run.heading / runs.vanilla[index]!.heading)
    const budgetLine = noLatency
      ? `app ${overFloor.toFixed(2)}× the floor (≤ ${BUDGETS.headingNoLatencyOverFloor}×) ${budget(overFloor <= BUDGETS.headingNoLatencyOverFloor, `${name}: heading ${overFloor.toFixed(2)}× the Vue + Pinia + SDK floor`)}`
      : `${ratio.toFixed(2)}× the vanilla page (≤ ${BUDGETS.headingModelled}×) ${budget(ratio <= BUDGETS.headingModelled, `${name}: heading ${ratio.toFixed(2)}× the vanilla page`)}`
    rows.push(
      `${name.padEnd(17)} heading: app ${fmt(app)} ms, vanilla ${fmt(vanilla)} ms, floor ${fmt(floorHeading)} ms; budget: ${budgetLine}`,
      `${''.padEnd(17)} for reference: app ${ratio.toFixed(2)}× the vanilla page; pair by pair (each app load ÷ the vanilla load after it) ${Math.min(...pairs).toFixed(2)}–${Math.max(...pairs).toFixed(2)}×, median ${median(pairs).toFixed(2)}×; the floor ${(floorHeading / vanilla).toFixed(2)}× the vanilla page`,
      `${''.padEnd(17)} group list ${fmt(median(runs.app.map((run) => run.list ?? NaN)))} ms · FCP app ${fmt(median(runs.app.map((run) => run.fcp ?? NaN)))} ms, vanilla ${fmt(median(runs.vanilla.map((run) => run.fcp ?? NaN)))} ms`,
    )
    const worstCls = Math.max(...runs.app.map((run) => run.cls))
    rows.push(
      `${''.padEnd(17)} CLS during load: worst of ${RUNS} ${worstCls.toFixed(3)} (0.00) ${budget(worstCls < BUDGETS.cls, `${name}: CLS ${worstCls.toFixed(3)}`)}`,
    )
  }

  const app = initialJsBytes('dist-bench/app')
  const floor = initialJsBytes('dist-bench/vue-floor', { base: '/bench/vue-floor/' })
  const total = [...new Set(loadedScripts)].reduce((sum, path) => sum + gzipBytes(join('dist-bench/app', path)), 0)
  rows.push(
    `initial JS        ${kib(app)} gzip, ${(app / floor).toFixed(2)}× the Vue + Pinia floor ${kib(floor)} (≤ ${BUDGETS.initialJs}×) ${budget(app / floor <= BUDGETS.initialJs, `initial JS ${(app / floor).toFixed(2)}× the floor`)}`,
    `total JS on load  ${kib(total)} gzip (${new Set(loadedScripts).size} files), ${(total / floor).toFixed(2)}× the floor`,
  )

  // The deep link's first screen: five requests, each once, each asking only for what it shows.
  const expectedFirstScreen = [
    '/api/v3/1003/customer_groups/9367001',
    '/api/v3/1003/customer_groups?limit=100&responseFields=total,count,items(id,name)',
    '/api/v3/1003/customers?customerGroupIds=9367001&limit=100&sortBy=NAME_ASC&responseFields=total,count,items(id,name,email,stats(numberOfOrders,salesValue))',
    '/api/v3/1003/customers?customerGroupIds=9367001&minOrderCount=1&limit=1&responseFields=total',
    '/api/v3/1003/profile?responseFields=formatsAndUnits(currency,currencyPrecision)',
  ]
  const exactlyOne = JSON.stringify([...deepLinkRequests].sort()) === JSON.stringify([...expectedFirstScreen].sort())
  rows.push(
    `API on deep link  ${deepLinkRequests.length} requests: ${deepLinkRequests.join(' · ')} ${budget(exactlyOne, `deep-link requests: ${deepLinkRequests.join(', ')}`)}`,
  )

  const picker = await pickerToRequestLine(browser)
  rows.push(
    `picker click      → request line ${picker.toFixed(1)} ms (< ${BUDGETS.pickerMs} ms) ${budget(picker < BUDGETS.pickerMs, `picker ${picker} ms`)}`,
  )
  const heap = await heapAfterSwitches(browser)
  const growth = heap.afterSwitches - heap.afterLoad
  rows.push(
    `JS heap           after load ${(heap.afterLoad / 1048576).toFixed(2)} MB, after 50 group switches ${(heap.afterSwitches / 1048576).toFixed(2)} MB (${growth >= 0 ? '+' : ''}${(growth / 1048576).toFixed(2)} MB, ≤ 2 MB) ${budget(growth <= BUDGETS.heapGrowthBytes, `heap grew ${growth} bytes`)}`,
  )

  console.log(
    [
      '',
      `Bench, ${new Date().toISOString().slice(0, 16)}Z, Chromium ${browser.version()}, ${RUNS} alternating runs per network after a warm-up, medians`,
      `modelled network: app host ${MODELLED.app} ms, CDN ${MODELLED.cdn} ms, API ${MODELLED.api} ms per request`,
      ...rows,
      '',
    ].join('\n'),
  )
  expect(failures, 'budgets broken').toEqual([])
})
