import { readFile } from 'node:fs/promises'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Browser, type CDPSession, type Frame, type Page, type Request } from '@playwright/test'
import { LARGE_GROUP_ID, LARGE_GROUP_MEMBER_COUNT, LARGE_GROUP_NAME } from '../dev/demo-store.ts'
import { REQUESTS_PER_MINUTE } from '../dev/mock-api/rate-limiter.ts'
import { MAX_PAGE_SIZE } from '../src/api/search-page.ts'
import {
  DEFAULT_EXPORT_CONCURRENCY,
  EXPORT_MAX_REQUESTS,
  EXPORT_WINDOW_MS,
  exportTimeBound,
} from '../src/export/collect-members.ts'
import { gzipBytes, initialJsBytes } from '../scripts/js-size.js'
import type { Latency } from './bench-routes.ts'

/**
 * `npm run bench`: the app against a vanilla page (SDK, fetch, heading) and a minimal Vue + Pinia
 * app, in the emulated control panel, in Chromium, with no added latency and over a modelled
 * network; then the export of the 10,000-member group and a member search keystroke. Prints one
 * table; fails when a budget is broken. Times are medians of alternating runs in one process, so
 * the machine's noise falls on both sides alike.
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
  /** The export's time against exportTimeBound's lower bound (exportBound, below). */
  exportOverBound: 1.25,
  exportHeapGrowthBytes: 30 * 1024 * 1024,
  /** Main-thread work of the app's frame from one keystroke in the member search to the rows shown. */
  searchKeystrokeMs: 50,
}
const MB = 1024 * 1024
const EXPORT_RUNS = 3
/** Each typed into the empty box, then cleared: every one narrows VIP's 130 members (to 41-88). */
const SEARCH_KEYSTROKES = ['i', 'n', 'r', 's', 'u'] as const

/** The deep link a load opens. */
interface Opening {
  readonly groupId: number
  /** The group's heading, the first milestone. */
  readonly heading: string
  /** The control panel's `store=large`: the emulator's 1,000 groups, one of them with 10,000 members. */
  readonly largeStore?: boolean
}
const VIP: Opening = { groupId: 9367001, heading: 'VIP' }
const LARGE_GROUP: Opening = { groupId: LARGE_GROUP_ID, heading: LARGE_GROUP_NAME, largeStore: true }

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
function recordInFrame(groupHeading: string) {
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
        if (heading.textContent?.trim() === groupHeading) {
          bench.heading = performance.now()
          window.__benchReport?.('heading')
        }
    if (bench.list === null && document.querySelector('nav li button')) bench.list = performance.now()
    // The deep link's whole first screen: the group, its members and the list, nothing loading.
    if (
      !firstScreenShown &&
      /^[\d,]+ customers? in this group$/.test(
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

const isAppFrame = (frame: Frame) => frame.url().startsWith('http://127.0.0.1:4180/')
const isApiCall = (request: Request) => new URL(request.url()).pathname.startsWith('/api/v3/')

/**
 * Every API request the bench's pages sent, by start time. The emulator holds Ecwid's limit (600 a
 * minute per token) across pages and runs: the bench waits for room before a step, so that a 429
 * is the step's own doing, never the runs before it.
 */
const apiStarts: number[] = []
async function roomForApiRequests(count: number): Promise<void> {
  for (;;) {
    const windowStart = Date.now() - 61_000
    while (apiStarts.length > 0 && apiStarts[0]! < windowStart) apiStarts.shift()
    if (apiStarts.length + count <= REQUESTS_PER_MINUTE) return
    await new Promise((resolve) => setTimeout(resolve, apiStarts[0]! - windowStart + 10))
  }
}

/** The API requests the bench's server has had so far, by method: CORS preflights (OPTIONS) too. */
async function apiRequestCounts(): Promise<Record<string, number>> {
  return (await (await fetch(`${ORIGIN}/__bench/api-requests`)).json()) as Record<string, number>
}

async function appFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const frame = page.frames().find(isAppFrame)
    if (frame) return frame
    await page.waitForTimeout(10)
  }
  throw new Error('The app frame did not open')
}

/** Resolves with `promise`, or fails the bench after `ms` (20 s). */
async function within<T>(promise: Promise<T>, failure: string, ms = 20_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(failure)), ms)))
  return await Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

async function open(browser: Browser, variant: Variant, opening: Opening = VIP) {
  // The first screen's requests (five for the app), and a few to spare.
  await roomForApiRequests(10)
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })
  const reports = new Map<Milestone, () => void>()
  const reached = (milestone: Milestone) => new Promise<void>((resolve) => reports.set(milestone, resolve))
  const headingShown = reached('heading')
  const firstScreenShown = reached('first-screen')
  await context.exposeBinding('__benchReport', (_source, milestone: Milestone) => reports.get(milestone)?.())
  await context.addInitScript(recordInFrame, opening.heading)
  const page = await context.newPage()
  const requests: Request[] = []
  page.on('request', (request) => {
    requests.push(request)
    if (isApiCall(request)) apiStarts.push(Date.now())
  })
  const settings = new URLSearchParams({ app_state: `groupId=${opening.groupId}`, lang: 'en' })
  if (opening.largeStore) settings.set('store', 'large')
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
  const inFrame = requests.filter((request) => isAppFrame(request.frame()))
  return {
    heading: recorded.heading!,
    list: recorded.list,
    fcp: recorded.fcp,
    cls: recorded.cls,
    apiGets: inFrame
      .filter((request) => request.method() === 'GET' && isApiCall(request))
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

/** The frame's JS heap in use, after two garbage collections. */
async function usedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize
}

/** After load, then after 50 group switches: a leak grows the heap with every group opened. */
async function heapAfterSwitches(browser: Browser) {
  const { context, page, frame } = await open(browser, 'app')
  const cdp = await page.context().newCDPSession(frame)
  const heap = () => usedHeap(cdp)
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

/**
 * The bound the export is held to: no collection of the group's pages can be faster.
 * `collectMembers` asks for the first page alone (its total gives the number of pages), then the
 * other 99 with DEFAULT_EXPORT_CONCURRENCY (4) in flight: 1 + ⌈99 / 4⌉ = 26 requests one after
 * another. Each costs what the browser must spend on it: at the modelled 150 ms a round trip, one
 * round trip for the GET, and one more for its CORS preflight. The API is cross-origin and each
 * page's GET carries an `Authorization` header, so Chromium preflights it, and it caches a
 * preflight per URL, so every page (its own `offset`) pays one: 2 × 150 ms a request. The bench
 * does not assume that: it counts the preflights the server saw during the export and adds their
 * share, so a build that stops needing them is held to the 150 ms bound. Its pacer
 * (sharedExportPacer, at most EXPORT_MAX_REQUESTS = 480 starts in any EXPORT_WINDOW_MS = 60 s)
 * lets all 100 start within the first window, so the rate limit's own bound is one request; the
 * emulator's 600 a minute is above the pacer's 480 and binds nothing either. The larger of the
 * two is the bound. The 1.25× is the room for everything else: the app's work on 10,000 members
 * and the CSV, the server's.
 */
const EXPORT_PAGES = Math.ceil(LARGE_GROUP_MEMBER_COUNT / MAX_PAGE_SIZE)
function exportBound(runs: readonly ExportRun[]) {
  const gets = runs.reduce((sum, run) => sum + run.serverGets, 0)
  const preflights = runs.reduce((sum, run) => sum + run.preflights, 0)
  // Round trips a page's request costs: its GET, and its preflight when the browser sent one.
  const roundTrips = 1 + (gets > 0 ? Math.min(preflights / gets, 1) : 0)
  const requestMs = Math.round(roundTrips * MODELLED.api)
  return {
    roundTrips,
    requestMs,
    ...exportTimeBound({
      pages: EXPORT_PAGES,
      concurrency: DEFAULT_EXPORT_CONCURRENCY,
      latencyMs: requestMs,
      maxRequests: EXPORT_MAX_REQUESTS,
      windowMs: EXPORT_WINDOW_MS,
    }),
  }
}

interface ExportRun {
  ms: number
  tooManyRequests: number
  heapGrowth: number
  /** The app frame's GETs for members during the export. */
  memberGets: number
  /** The bench server's count of API requests during the export: CORS preflights, and GETs. */
  preflights: number
  serverGets: number
  /** Lines of the downloaded file, each ended with CRLF; -1 when the last is not. */
  fileLines: number
  fileOk: boolean
  result: string
}

/**
 * The 10,000-member group of the large store, over the modelled network (the emulator's rate
 * limit is always on): the click on Export CSV to the result line, timed in the frame, with the
 * download's file checked, the 429s counted, and the frame's heap before and after.
 */
async function exportLargeGroup(browser: Browser): Promise<ExportRun> {
  // The first screen and the export's pages must fit Ecwid's minute beside the bench's earlier runs.
  await roomForApiRequests(10 + EXPORT_PAGES + 10)
  const { context, page, frame } = await open(browser, 'app', LARGE_GROUP)
  // Locators first: Playwright's own script enters the frame before the first heap measurement.
  await expect(frame.getByTestId('members-summary')).toHaveText('10,000 customers in this group')
  await expect(frame.getByRole('button', { name: 'Export CSV', exact: true })).toBeVisible()
  const cdp = await context.newCDPSession(frame)
  const heapBefore = await usedHeap(cdp)

  let exporting = true
  let tooManyRequests = 0
  let memberGets = 0
  page.on('response', (response) => {
    if (exporting && response.status() === 429 && isAppFrame(response.frame())) tooManyRequests++
  })
  page.on('request', (request) => {
    if (exporting && isAppFrame(request.frame()) && /\/customers$/.test(new URL(request.url()).pathname)) memberGets++
  })
  const download = page.waitForEvent('download', { timeout: 60_000 })
  const serverBefore = await apiRequestCounts()
  // Clicked and waited for inside the frame: the time is the app's, not Playwright's round trips.
  const ms = await within(
    frame.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const button = [...document.querySelectorAll('button')].find(
            (candidate) => candidate.textContent?.trim() === 'Export CSV',
          )
          if (!button) return reject(new Error('No Export CSV button'))
          const shown = () => document.querySelector<HTMLElement>('[data-testid="export-result"]')?.checkVisibility()
          const started = performance.now()
          const observer = new MutationObserver(() => {
            if (!shown()) return
            observer.disconnect()
            resolve(performance.now() - started)
          })
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
          button.click()
        }),
    ),
    'The export did not finish within 60 s',
    60_000,
  )
  exporting = false
  const serverAfter = await apiRequestCounts()
  const file = await download
  const text = await readFile((await file.path())!, 'utf8')
  const lines = text.replace(/^\uFEFF/, '').split('\r\n')
  const last = lines.pop()
  // The header, then one line per member, each ended with CRLF (the last too), no bare line feed.
  const fileOk =
    last === '' && lines.length === LARGE_GROUP_MEMBER_COUNT + 1 && lines.every((line) => !/[\r\n]/.test(line))
  const result = (await frame.getByTestId('export-result').textContent())?.trim() ?? ''
  const heapAfter = await usedHeap(cdp)
  await context.close()
  return {
    ms,
    tooManyRequests,
    heapGrowth: heapAfter - heapBefore,
    memberGets,
    preflights: (serverAfter.OPTIONS ?? 0) - (serverBefore.OPTIONS ?? 0),
    serverGets: (serverAfter.GET ?? 0) - (serverBefore.GET ?? 0),
    fileLines: last === '' ? lines.length : -1,
    fileOk,
    result,
  }
}

/**
 * The main thread of the renderer a CDP session is attached to, in ms: the time it spent in tasks
 * (TaskDuration: the budget's measure) and the CPU time it used (ThreadTime). They differ when the
 * machine is busy: a task the OS sets aside still counts in TaskDuration, not in ThreadTime.
 */
async function mainThread(cdp: CDPSession): Promise<{ task: number; cpu: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
  const value = (name: string) => metrics.find((metric) => metric.name === name)!.value * 1000
  return { task: value('TaskDuration'), cpu: value('ThreadTime') }
}
const taskMs = async (cdp: CDPSession) => (await mainThread(cdp)).task

/**
 * One keystroke in the member search to the matching rows shown: the main-thread work of the app's
 * frame (its renderer's TaskDuration), not the wall time, which is mostly the 300 ms debounce. The
 * keystroke is an `input` event set off inside the frame, and the update is waited for there (a
 * MutationObserver, then the next frame's paint), so that no Playwright script is compiled or run
 * in the frame within the measured window; only a CDP call at either end.
 */
async function searchKeystrokes(browser: Browser) {
  const { context, page, frame } = await open(browser, 'app')
  const frameCdp = await context.newCDPSession(frame)
  const pageCdp = await context.newCDPSession(page)
  await frameCdp.send('Performance.enable')
  await pageCdp.send('Performance.enable')

  // The app's frame (127.0.0.1) is cross-site to the control panel (localhost), so in a renderer
  // process of its own, and its TaskDuration is its own work. Checked: 100 ms of work in either
  // page moves only that one's.
  const busy = (ms: number) => {
    const end = performance.now() + ms
    while (performance.now() < end);
  }
  const frame0 = await taskMs(frameCdp)
  const page0 = await taskMs(pageCdp)
  await frame.evaluate(busy, 100)
  const frame1 = await taskMs(frameCdp)
  const page1 = await taskMs(pageCdp)
  await page.evaluate(busy, 100)
  const frame2 = await taskMs(frameCdp)
  const page2 = await taskMs(pageCdp)
  const isolation = {
    frameOnFrame: frame1 - frame0,
    pageOnFrame: page1 - page0,
    pageOnPage: page2 - page1,
    frameOnPage: frame2 - frame1,
  }
  const ownProcess =
    isolation.frameOnFrame >= 95 &&
    isolation.pageOnFrame < 20 &&
    isolation.pageOnPage >= 95 &&
    isolation.frameOnPage < 20

  const times: number[] = []
  const cpuTimes: number[] = []
  const summaries: string[] = []
  for (const letter of SEARCH_KEYSTROKES) {
    const before = await mainThread(frameCdp)
    const summary = await within(
      frame.evaluate(
        (letter) =>
          new Promise<string>((resolve) => {
            const box = document.querySelector<HTMLInputElement>('input[type="search"]#member-search')!
            const summary = document.querySelector('[data-testid="members-summary"]')!
            const wanted = new RegExp(`^[\\d,]+ members? match(es)? “${letter}”$`)
            const observer = new MutationObserver(() => {
              if (!wanted.test(summary.textContent?.trim() ?? '')) return
              observer.disconnect()
              // The rows change in the same render as the summary; then their layout and paint.
              requestAnimationFrame(() => setTimeout(() => resolve(summary.textContent!.trim())))
            })
            observer.observe(summary, { subtree: true, childList: true, characterData: true })
            box.value = letter
            box.dispatchEvent(new Event('input', { bubbles: true }))
          }),
        letter,
      ),
      `The search for “${letter}” did not show its matches within 20 s`,
    )
    const after = await mainThread(frameCdp)
    times.push(after.task - before.task)
    cpuTimes.push(after.cpu - before.cpu)
    summaries.push(summary)
    // Back to the whole group, not measured.
    await within(
      frame.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const box = document.querySelector<HTMLInputElement>('input[type="search"]#member-search')!
            const summary = document.querySelector('[data-testid="members-summary"]')!
            const observer = new MutationObserver(() => {
              if (!/^[\d,]+ customers? in this group$/.test(summary.textContent?.trim() ?? '')) return
              observer.disconnect()
              requestAnimationFrame(() => setTimeout(resolve, 50))
            })
            observer.observe(summary, { subtree: true, childList: true, characterData: true })
            box.value = ''
            box.dispatchEvent(new Event('input', { bubbles: true }))
          }),
      ),
      'The cleared search did not show the whole group again within 20 s',
    )
  }
  await context.close()
  return { times, cpuTimes, summaries, ownProcess, isolation }
}

const fmt = (value: number | null, digits = 0) => (value === null ? '—' : value.toFixed(digits))
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

test('the app against the vanilla page and the Vue + Pinia floor', async ({ browser }) => {
  test.setTimeout(15 * 60_000)
  const loadAtStart = loadavg()
  const rows: string[] = []
  const failures: string[] = []
  const budget = (ok: boolean, what: string) => {
    if (!ok) failures.push(what)
    return ok ? 'ok' : 'OVER'
  }
  let deepLinkRequests: string[] = []
  let loadedScripts: string[] = []
  const timing: Record<string, { app: Run[]; vanilla: Run[]; floor: Run[] }> = {}

  // The export first, while the emulator's rate-limit window is still empty (the bench waits for
  // room anyway); a warm-up export for the server's compiler, not counted.
  await setLatency(MODELLED)
  await exportLargeGroup(browser)
  const exports: ExportRun[] = []
  for (let run = 0; run < EXPORT_RUNS; run++) exports.push(await exportLargeGroup(browser))

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

  const exportMs = median(exports.map((run) => run.ms))
  const bound = exportBound(exports)
  const overBound = exportMs / bound.lowerBoundMs
  const tooMany = exports.reduce((sum, run) => sum + run.tooManyRequests, 0)
  const worstHeap = Math.max(...exports.map((run) => run.heapGrowth))
  const filesOk = exports.every(
    (run) =>
      run.fileOk &&
      new RegExp(`^${LARGE_GROUP_NAME}-\\d{4}-\\d{2}-\\d{2}\\.csv: 10,000 members exported\\.$`).test(run.result),
  )
  const signed = (bytes: number) => `${bytes >= 0 ? '+' : ''}${(bytes / MB).toFixed(2)} MB`
  rows.push(
    `export            ${LARGE_GROUP_MEMBER_COUNT.toLocaleString('en')} members, modelled network, rate limit on: ${fmt(exportMs)} ms, median of ${EXPORT_RUNS} (${exports.map((run) => fmt(run.ms)).join(', ')}); budget: ${overBound.toFixed(2)}× the bound (≤ ${BUDGETS.exportOverBound}×) ${budget(overBound <= BUDGETS.exportOverBound, `export ${fmt(exportMs)} ms, ${overBound.toFixed(2)}× the bound ${bound.lowerBoundMs} ms`)}`,
    `${''.padEnd(17)} bound ${bound.lowerBoundMs} ms = max(latency: (1 + ⌈${EXPORT_PAGES - 1}/${DEFAULT_EXPORT_CONCURRENCY}⌉) × ${bound.requestMs} ms = ${bound.latencyBoundMs} ms, rate: ⌊${EXPORT_PAGES - 1}/${EXPORT_MAX_REQUESTS}⌋ × ${EXPORT_WINDOW_MS / 1000} s + ${bound.requestMs} ms = ${bound.rateBoundMs} ms), ${EXPORT_PAGES} pages; a request ${bound.roundTrips.toFixed(2)} round trips of ${MODELLED.api} ms (its GET, and the preflights the server counted); without preflights the bound would be ${exportTimeBound({ pages: EXPORT_PAGES, concurrency: DEFAULT_EXPORT_CONCURRENCY, latencyMs: MODELLED.api, maxRequests: EXPORT_MAX_REQUESTS, windowMs: EXPORT_WINDOW_MS }).lowerBoundMs} ms (${(exportMs / exportTimeBound({ pages: EXPORT_PAGES, concurrency: DEFAULT_EXPORT_CONCURRENCY, latencyMs: MODELLED.api, maxRequests: EXPORT_MAX_REQUESTS, windowMs: EXPORT_WINDOW_MS }).lowerBoundMs).toFixed(2)}×)`,
    `${''.padEnd(17)} 429s: ${tooMany} (0) ${budget(tooMany === 0, `export: ${tooMany} answers 429`)} · JS heap growth ${exports.map((run) => signed(run.heapGrowth)).join(', ')}, worst ${signed(worstHeap)} (≤ ${BUDGETS.exportHeapGrowthBytes / MB} MB) ${budget(worstHeap <= BUDGETS.exportHeapGrowthBytes, `export heap grew ${worstHeap} bytes`)}`,
    `${''.padEnd(17)} file ${exports.map((run) => run.fileLines).join(', ')} CRLF lines (${LARGE_GROUP_MEMBER_COUNT + 1}) ${budget(filesOk, `export files/results: ${exports.map((run) => `${run.fileLines} lines, “${run.result}”`).join('; ')}`)} · per export: ${exports.map((run) => run.memberGets).join(', ')} member GETs from the frame; at the server ${exports.map((run) => run.serverGets).join(', ')} API GETs, ${exports.map((run) => run.preflights).join(', ')} CORS preflights`,
  )

  const search = await searchKeystrokes(browser)
  const keystroke = median(search.times)
  rows.push(
    `search keystroke  → rows updated, main-thread work of the app's frame: ${keystroke.toFixed(1)} ms, median of ${search.times.length} (${search.times.map((ms) => ms.toFixed(1)).join(', ')}) (≤ ${BUDGETS.searchKeystrokeMs} ms) ${budget(keystroke <= BUDGETS.searchKeystrokeMs, `search keystroke ${keystroke.toFixed(1)} ms of main-thread work`)}`,
    `${''.padEnd(17)} for reference, the main thread's CPU time in the same windows: ${median(search.cpuTimes).toFixed(1)} ms, median (${search.cpuTimes.map((ms) => ms.toFixed(1)).join(', ')})`,
    `${''.padEnd(17)} ${search.summaries.map((summary) => summary.replace(/ members? match(es)? /, ' for ')).join(' · ')}; the frame in a process of its own (so the measure is its own): ${budget(search.ownProcess, `the app's frame does not have a renderer of its own: ${JSON.stringify(search.isolation)}`)} (100 ms of work in the frame: frame +${search.isolation.frameOnFrame.toFixed(0)} ms, page +${search.isolation.pageOnFrame.toFixed(0)} ms; in the page: page +${search.isolation.pageOnPage.toFixed(0)} ms, frame +${search.isolation.frameOnPage.toFixed(0)} ms)`,
  )

  console.log(
    [
      '',
      `Bench, ${new Date().toISOString().slice(0, 16)}Z, Chromium ${browser.version()}, ${RUNS} alternating runs per network after a warm-up, medians`,
      `modelled network: app host ${MODELLED.app} ms, CDN ${MODELLED.cdn} ms, API ${MODELLED.api} ms per request (preflights too); export: ${EXPORT_RUNS} runs after a warm-up; search: ${SEARCH_KEYSTROKES.length} keystrokes`,
      `machine: ${availableParallelism()} CPUs, load average (1 min) ${loadAtStart[0]!.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end: other work on the machine slows every row and widens its spread`,
      ...rows,
      '',
    ].join('\n'),
  )
  expect(failures, 'budgets broken').toEqual([])
})
