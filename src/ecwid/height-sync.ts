/**
 * Keeps the control panel's iframe as tall as the app. A ResizeObserver reacts to every layout
 * change at once, where the SDK's autoheight polls every 333 ms and misreads 100vh layouts. Its
 * first report comes with the first frame's layout: measuring at once would force a layout of
 * its own before the first screen's data had rendered.
 */
export function keepIframeHeightInSync(element: HTMLElement, setHeight: (pixels: number) => void): () => void {
  const measure = () => setHeight(element.getBoundingClientRect().height)
  if (typeof ResizeObserver === 'undefined') {
    measure()
    return () => {}
  }
  const observer = new ResizeObserver(measure)
  observer.observe(element)
  return () => observer.disconnect()
}
