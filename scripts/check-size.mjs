// CI's size check: the app's initial JS (dist/, from `npm run build`) may weigh at most 1.35× the
// smallest Vue + Pinia app built with the same toolchain (bench/vue-floor), gzip -9. Fast and
// steady, unlike the timing bench, which stays a command of its own (npm run bench).
import { execFileSync } from 'node:child_process'
import { initialJsBytes } from './js-size.js'

export const INITIAL_JS_BUDGET = 1.35

execFileSync('npx', ['vite', 'build', '--config', 'bench/vue-floor/vite.config.ts'], { stdio: 'inherit' })
const app = initialJsBytes('dist')
const floor = initialJsBytes('dist-bench/vue-floor', { base: '/bench/vue-floor/' })
const ratio = app / floor
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
console.log(
  `Initial JS: ${kib(app)} gzip, ${ratio.toFixed(2)}× the Vue + Pinia floor (${kib(floor)}); budget ${INITIAL_JS_BUDGET}×`,
)
if (ratio > INITIAL_JS_BUDGET) {
  console.error(`Over budget by ${kib(app - floor * INITIAL_JS_BUDGET)}: split what the first screen does not show`)
  process.exit(1)
}
