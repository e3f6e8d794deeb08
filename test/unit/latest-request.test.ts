import { describe, expect, it } from 'vitest'
import { createLatestRequest } from '@/loading/latest-request'

/** A promise settled from outside, so a test decides the order answers arrive in. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((onResolve, onReject) => {
    resolve = onResolve
    reject = onReject
  })
  return { promise, resolve, reject }
}

/** A task that answers when told to, and remembers the signal it was given. */
function controlledTask<T>() {
  const answer = deferred<T>()
  const seen: { signal: AbortSignal | null } = { signal: null }
  const task = (signal: AbortSignal) => {
    seen.signal = signal
    return answer.promise
  }
  return { task, answer, seen }
}

describe('createLatestRequest', () => {
  it('reports the answer of a request nothing replaced', async () => {
    const latest = createLatestRequest()
    await expect(latest.run(async () => 'VIP')).resolves.toEqual({ kind: 'done', value: 'VIP' })
  })

  it('aborts the older request’s signal when a newer one starts', () => {
    const latest = createLatestRequest()
    const older = controlledTask<string>()
    const newer = controlledTask<string>()
    void latest.run(older.task)
    expect(older.seen.signal?.aborted).toBe(false)
    void latest.run(newer.task)
    expect(older.seen.signal?.aborted).toBe(true)
    expect(newer.seen.signal?.aborted).toBe(false)
  })

  it('drops the older answer as superseded even when it arrives after the newer one', async () => {
    const latest = createLatestRequest()
    const older = controlledTask<string>()
    const newer = controlledTask<string>()
    const olderOutcome = latest.run(older.task)
    const newerOutcome = latest.run(newer.task)
    newer.answer.resolve('whole')
    await expect(newerOutcome).resolves.toEqual({ kind: 'done', value: 'whole' })
    older.answer.resolve('w')
    await expect(olderOutcome).resolves.toEqual({ kind: 'superseded' })
  })

  it('drops the older answer as superseded when it arrives first but after the newer one started', async () => {
    const latest = createLatestRequest()
    const older = controlledTask<string>()
    const newer = controlledTask<string>()
    const olderOutcome = latest.run(older.task)
    const newerOutcome = latest.run(newer.task)
    older.answer.resolve('w')
    await expect(olderOutcome).resolves.toEqual({ kind: 'superseded' })
    newer.answer.resolve('whole')
    await expect(newerOutcome).resolves.toEqual({ kind: 'done', value: 'whole' })
  })

  it('reports a failure of the current request as failed, with its error', async () => {
    const latest = createLatestRequest()
    const problem = new Error('HTTP 500')
    await expect(latest.run(() => Promise.reject(problem))).resolves.toEqual({ kind: 'failed', error: problem })
  })

  it('reports a failure of a replaced request as superseded, not failed', async () => {
    const latest = createLatestRequest()
    const older = controlledTask<string>()
    const olderOutcome = latest.run(older.task)
    void latest.run(async () => 'newer')
    older.answer.reject(new Error('HTTP 500'))
    await expect(olderOutcome).resolves.toEqual({ kind: 'superseded' })
  })

  it('reports an AbortError as superseded rather than as a failure', async () => {
    const latest = createLatestRequest()
    const aborted = () => Promise.reject(new DOMException('The operation was aborted.', 'AbortError'))
    await expect(latest.run(aborted)).resolves.toEqual({ kind: 'superseded' })
  })

  it('cancel() aborts the running request and drops its answer as superseded', async () => {
    const latest = createLatestRequest()
    const running = controlledTask<string>()
    const outcome = latest.run(running.task)
    latest.cancel()
    expect(running.seen.signal?.aborted).toBe(true)
    running.answer.resolve('too late')
    await expect(outcome).resolves.toEqual({ kind: 'superseded' })
  })

  it('runs a new request normally after a cancel', async () => {
    const latest = createLatestRequest()
    latest.cancel()
    await expect(latest.run(async () => 'General')).resolves.toEqual({ kind: 'done', value: 'General' })
  })
})
