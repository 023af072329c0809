import { SalesRulesError } from '../src/index'

/** Runs `fn` and returns the SalesRulesError it throws; fails if it returns or throws anything else. */
export function catchError(fn: () => unknown): SalesRulesError {
  try {
    fn()
  } catch (error) {
    if (error instanceof SalesRulesError) return error
    throw new Error(`expected a SalesRulesError, got ${String(error)}`, { cause: error })
  }
  throw new Error('expected a SalesRulesError, but nothing was thrown')
}

/**
 * Follows a walk of key indexes down a document (each step picks a key of the current object or
 * array, modulo its number of keys) and returns the last container reached and the key in it, to
 * edit what is there; `undefined` when the document is not a container to begin with.
 */
export function locate(
  root: unknown,
  walk: readonly number[],
): { readonly parent: Record<string, unknown>; readonly key: string } | undefined {
  let node = root
  let found: { parent: Record<string, unknown>; key: string } | undefined
  for (const step of walk) {
    if (typeof node !== 'object' || node === null) break
    const keys = Object.keys(node)
    if (keys.length === 0) break
    const parent = node as Record<string, unknown>
    found = { parent, key: keys[step % keys.length] as string }
    node = parent[found.key]
  }
  return found
}

/**
 * A run count from the environment (`FUZZ_RUNS`, `FC_RUNS`…), `fallback` when unset, divided by
 * `divisor` and rounded up. Always a positive integer: fast-check stops when its run counter *equals*
 * `numRuns`, so a fraction (`2000 / 3`) never stops it — the cause of `FUZZ_RUNS=2000` running for
 * ever (issue #26). A value that is not a positive integer is an error, not a silent default.
 */
export function runCount(name: string, fallback: number, divisor = 1): number {
  const text = process.env[name]
  const runs = text === undefined || text === '' ? fallback : Number(text)
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`${name} must be a positive integer, not ${text}`)
  return Math.ceil(runs / divisor)
}

/**
 * A time budget per call for the fuzz tests (issue #26): every call of one function is timed, and a call
 * that took more than `factor` × the median of its function is re-timed (up to 3 times, keeping the
 * fastest, so a GC pause or a busy machine does not fail the test); still over, it is reported. A ratio,
 * never an absolute time. Calls that return and calls that throw are two populations with their own
 * median (a refused input is decided in microseconds, a year of commission statements takes
 * milliseconds). The slowest calls of each are kept with their arguments for the re-timing.
 */
export class CallBudget {
  private readonly groups = { ok: new Group(), threw: new Group() }

  constructor(private readonly factor = 100) {}

  /** Runs `call` (the function with its arguments bound) and records how long it took. */
  time<T>(call: () => T): T {
    const started = performance.now()
    let group = this.groups.threw
    try {
      const result = call()
      group = this.groups.ok
      return result
    } finally {
      group.add(performance.now() - started, call)
    }
  }

  /** The calls over budget after re-timing: `[time, median]` pairs (none when all is well). */
  overBudget(): [number, number][] {
    return [...this.groups.ok.over(this.factor), ...this.groups.threw.over(this.factor)]
  }
}

class Group {
  private readonly times: number[] = []
  private readonly slowest: { time: number; run: () => unknown }[] = []

  add(time: number, run: () => unknown): void {
    this.times.push(time)
    if (this.slowest.length < 5 || time > (this.slowest.at(-1)?.time ?? 0)) {
      this.slowest.push({ time, run })
      this.slowest.sort((a, b) => b.time - a.time)
      this.slowest.length = Math.min(this.slowest.length, 5)
    }
  }

  over(factor: number): [number, number][] {
    const sorted = [...this.times].sort((a, b) => a - b)
    // A median below 0.5 ms is read as 0.5 ms (a budget of 50 ms at 100×): where most calls are refused in
    // microseconds, a refusal found deeper in a valid-looking document (a cross-field check after parsing,
    // a did-you-mean over many unknown keys) legitimately takes milliseconds, and on a loaded 2-core machine
    // a best-of-four re-timing still met 10 ms calls (a GC pause, a descheduled process) against a 5 ms
    // budget. The budget is there to catch hangs and super-linear work (the cases took seconds).
    const median = Math.max(sorted[Math.floor(sorted.length / 2)] ?? 0, 0.5)
    const over: [number, number][] = []
    for (const slow of this.slowest) {
      let best = slow.time
      for (let i = 0; i < 3 && best > factor * median; i += 1) {
        const started = performance.now()
        try {
          slow.run()
        } catch {
          // the outcome was checked on the first run; only its time matters here
        }
        best = Math.min(best, performance.now() - started)
      }
      if (best > factor * median) over.push([best, median])
    }
    return over
  }
}
