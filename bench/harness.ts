// A small harness over tinybench: each case runs next to its plain-number baseline in the same
// process, and the report prints throughput and the ratio between the two.
import { Bench } from 'tinybench'

export interface Case {
  /** What is measured. */
  readonly name: string
  /** Items processed per call of `run` (1 for a single operation). */
  readonly items: number
  /** The library call. */
  readonly run: () => unknown
  /** A hand-written plain-number loop doing the same arithmetic. */
  readonly baseline: () => unknown
  /**
   * Other hand loops over the same data, by name (e.g. one reading fields by name, one by a `for … in`):
   * each is timed like the baseline, and the fastest of them all is the figure the library is compared with.
   */
  readonly otherBaselines?: Readonly<Record<string, () => unknown>>
  /** Other implementations to compare with, by name (e.g. json-rules-engine). */
  readonly peers?: Readonly<Record<string, () => unknown | Promise<unknown>>>
  /** Items processed per call of a peer, when it runs a smaller sample (default: `items`), or per peer. */
  readonly peerItems?: number | Readonly<Record<string, number>>
  /** Rounds of library, baseline and peers in turn (default 3, the order rotated each round); each figure is the median over the rounds, so a noisy neighbour in one round does not decide a ratio. */
  readonly rounds?: number
  /**
   * Checks, before anything is timed, that the library (fast and exact paths) and the baseline give the same
   * answers on the data timed; throws if not.
   */
  readonly check?: () => void | Promise<void>
  /** The target: library ÷ baseline time at most this. */
  readonly maxRatio?: number
  /** Targets against peers: the library at least this many times faster, by peer name. */
  readonly minSpeedup?: Readonly<Record<string, number>>
}

export interface Row {
  readonly name: string
  readonly itemsPerSecond: number
  readonly baselinePerSecond: number
  /** Which hand loop was fastest (`baseline`, or a name of `otherBaselines`). */
  readonly baselineName: string
  readonly peers: Readonly<Record<string, number>>
  readonly maxRatio: number | undefined
  readonly minSpeedup: Readonly<Record<string, number>>
}

let sink: unknown

/** The median of a non-empty list. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/**
 * Runs each case and its baseline (and peers) with tinybench and returns throughput in items per
 * second, from the median latency of each task (robust to a GC pause or a noisy neighbour),
 * and the median over the case's rounds.
 */
export async function measure(cases: readonly Case[], time = 500, defaultRounds = 3): Promise<Row[]> {
  const rows: Row[] = []
  for (const c of cases) {
    await c.check?.()
    const loops = ['baseline', ...Object.keys(c.otherBaselines ?? {})]
    const names = ['library', ...loops, ...Object.keys(c.peers ?? {})]
    const samples = new Map<string, number[]>(names.map((n) => [n, []]))
    const tasks: Record<string, () => unknown> = {
      library: c.run,
      baseline: c.baseline,
      ...c.otherBaselines,
      ...c.peers,
    }
    const rounds = c.rounds ?? defaultRounds
    for (let round = 0; round < rounds; round += 1) {
      const bench = new Bench({ time, warmupTime: 100, warmupIterations: 1, iterations: 3 })
      // interleaved: each round runs every task once, starting with a different one
      for (let k = 0; k < names.length; k += 1) {
        const name = names[(k + round) % names.length] as string
        const fn = tasks[name] as () => unknown
        bench.add(name, async () => {
          sink = await fn()
        })
      }
      await bench.run()
      for (const name of names) {
        const result = bench.getTask(name)?.result
        samples.get(name)?.push(result && 'latency' in result ? result.latency.p50 : Number.NaN)
      }
    }
    const hz = (name: string, items: number) => (items * 1000) / median(samples.get(name) ?? [Number.NaN])
    const peers: Record<string, number> = {}
    for (const name of Object.keys(c.peers ?? {}))
      peers[name] = hz(name, typeof c.peerItems === 'number' ? c.peerItems : (c.peerItems?.[name] ?? c.items))
    const fastest = loops.reduce((best, name) => (hz(name, c.items) > hz(best, c.items) ? name : best))
    rows.push({
      name: c.name,
      itemsPerSecond: hz('library', c.items),
      baselinePerSecond: hz(fastest, c.items),
      baselineName: fastest,
      peers,
      maxRatio: c.maxRatio,
      minSpeedup: c.minSpeedup ?? {},
    })
  }
  void sink
  return rows
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3))

/** Prints rows as a Markdown table. */
export function report(title: string, rows: readonly Row[]): string {
  const lines = [
    `### ${title}`,
    '',
    '| case | items/s | baseline items/s | library ÷ baseline time | target | vs peers |',
    '|---|---:|---:|---:|---|---|',
    ...rows.map((r) => {
      const peers = Object.entries(r.peers)
        .map(([name, hz]) => {
          const want = r.minSpeedup[name]
          const got = r.itemsPerSecond / hz
          const verdict = want === undefined ? '' : ` (target ≥ ${want}×: ${got >= want ? 'met' : 'NOT met'})`
          return `${fmt(got)}× faster than ${name} (${fmt(hz)}/s)${verdict}`
        })
        .join('; ')
      const ratio = r.baselinePerSecond / r.itemsPerSecond
      const target =
        r.maxRatio === undefined ? '—' : `≤ ${r.maxRatio}×: ${ratio <= r.maxRatio ? 'met' : '**NOT met**'}`
      const loop = r.baselineName === 'baseline' ? '' : ` (${r.baselineName})`
      return `| ${r.name} | ${fmt(r.itemsPerSecond)} | ${fmt(r.baselinePerSecond)}${loop} | ${fmt(ratio)}× | ${target} | ${peers || '—'} |`
    }),
    '',
  ]
  return lines.join('\n')
}
