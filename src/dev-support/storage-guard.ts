/**
 * Development only. Vue devtools, which Pinia pulls in for development builds, reads
 * localStorage the moment it loads. Inside the control panel's cross-site iframe the browser may
 * deny storage altogether, and that read throws before the app can start. Production builds
 * leave devtools out, so this guard (and the problem) exist only under `vite`.
 * The stand-in storage lives in memory; the app itself never uses web storage.
 */
if (import.meta.env.DEV) {
  try {
    void window.localStorage
  } catch {
    const memory = new Map<string, string>()
    const storage: Storage = {
      get length() {
        return memory.size
      },
      clear: () => memory.clear(),
      getItem: (key) => memory.get(key) ?? null,
      key: (index) => [...memory.keys()][index] ?? null,
      removeItem: (key) => void memory.delete(key),
      setItem: (key, value) => void memory.set(key, String(value)),
    }
    Object.defineProperty(window, 'localStorage', { value: storage, configurable: true })
  }
}
