/**
 * Keeps the control panel's iframe as tall as the app. A ResizeObserver reacts to every layout
 * change at once, where the SDK's autoheight polls every 333 ms and misreads 100vh layouts.
 */
export function keepIframeHeightInSync(element: HTMLElement, setHeight: (pixels: number) => void): () => void {
  const measure = () => setHeight(element.getBoundingClientRect().height)
  measure()
  if (typeof ResizeObserver === 'undefined') return () => {}
  const observer = new ResizeObserver(measure)
  observer.observe(element)
  return () => observer.disconnect()
}
