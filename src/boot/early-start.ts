// Inlined into index.html by build/inline-early-start-plugin.ts, ahead of every file the page
// loads: the first screen's requests leave while the HTML is still being parsed, one round trip
// (the entry's download) earlier than main.ts could send them. What it needs is bundled into it;
// the app's own chunks are not, so it stays small (see `npm run size`).
import { requestAddress, requestInit } from '@/api/request'
import { parsePayload } from '@/ecwid/payload'
import { API_BASE } from './api-base'
import { publishEarlyResponses, startEarlyResponses } from '@/api/early-responses'
import { readFragmentPayload } from './fragment-payload'
import { firstScreenPlan, firstScreenRequests } from './first-screen-plan'

function sendFirstScreenRequests(): void {
  const payload = parsePayload(readFragmentPayload(location.hash), true)
  if (!payload.ok) return
  const { storeId, accessToken, appState } = payload.session
  const authorization = `Bearer ${accessToken}`
  const urls = firstScreenRequests(firstScreenPlan(appState)).map(
    (request) => requestAddress(API_BASE, storeId, request).url,
  )
  publishEarlyResponses(
    window,
    startEarlyResponses(urls, authorization, (signal) => requestInit(authorization, signal)),
  )
}

try {
  sendFirstScreenRequests()
} catch {
  // Nothing is lost: the stores send what was not sent here, and the app explains a bad payload.
}
