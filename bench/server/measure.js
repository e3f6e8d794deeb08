import { readdirSync, readFileSync } from 'node:fs'

/** The value below which `p`% of `values` fall (nearest rank), from an array sorted ascending. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

export function sortedCopy(values) {
  return Float64Array.from(values).sort()
}

/**
 * The proxy's added time for each request: its latency as the generator measured it (sent → last
 * byte) minus the stand-in's own service time for the same request (parsed → last byte sent),
 * matched by benchId. Requests the stand-in has no time for are counted, not guessed.
 */
export function addedTimes({ ids, latencies }, serviceTimes) {
  const added = []
  const service = []
  let unmatched = 0
  for (let index = 0; index < ids.length; index += 1) {
    const own = serviceTimes.get(ids[index])
    if (own === undefined) {
      unmatched += 1
      continue
    }
    added.push(latencies[index] - own)
    service.push(own)
  }
  return { added: sortedCopy(added), service: sortedCopy(service), total: sortedCopy(latencies), unmatched }
}

/** Resident set size of a process, in MiB, from /proc (Linux). */
export function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1])
  return kib / 1024
}

/** A process's argv, joined by spaces ('' once it has gone). */
export function commandLineOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
  } catch {
    return ''
  }
}

/** Every descendant of `rootPid` whose command line matches `pattern` (argv joined by spaces). */
export function descendantsMatching(rootPid, pattern) {
  const parentOf = new Map()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name is in parentheses and may hold spaces: the fields after it are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parentOf.set(Number(entry), ppid)
    } catch {
      // The process ended while being read.
    }
  }
  const isDescendant = (pid) => {
    for (let current = parentOf.get(pid); current !== undefined && current > 1; current = parentOf.get(current))
      if (current === rootPid) return true
    return false
  }
  const found = []
  for (const pid of parentOf.keys()) {
    if (isDescendant(pid) && pattern.test(commandLineOf(pid))) found.push(pid)
  }
  return found
}

export const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–')

/** Clock ticks a second in /proc's CPU times (getconf CLK_TCK: 100 on Linux everywhere in practice). */
const TICKS_PER_SECOND = 100

/** CPU seconds a process has used (user + system), from /proc/<pid>/stat. */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime and stime are fields 14 and 15 of stat, so 11 and 12 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
}

/** The whole machine's busy and total CPU seconds so far, from /proc/stat (every process, not only ours). */
export function machineCpuSeconds() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/)
  const ticks = values.map(Number)
  const idle = ticks[3] + ticks[4]
  const total = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0)
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND }
}
