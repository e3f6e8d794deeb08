/**
 * Runs `callback` once the browser has painted what is on screen now: a frame callback runs just
 * before the next paint, and a task it queues runs after that paint. For what can wait a frame,
 * so that it does not hold up what the merchant came for.
 */
export function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback))
}
