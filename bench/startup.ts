// Start-up: how long a fresh Node process takes to import the built package, next to a process that imports
// nothing and one that imports only the runtime dependencies (zod, decimal.js and the date-fns functions the
// library uses). Interleaved runs (one of each in turn), medians.
import { spawnSync } from 'node:child_process'

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 15)
const DATE_FNS = [
  'addMonths',
  'differenceInCalendarDays',
  'differenceInCalendarMonths',
  'endOfMonth',
  'endOfWeek',
  'format',
  'startOfMonth',
  'startOfWeek',
  'subDays',
]

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** Milliseconds for `node --input-type=module -e <code>` to finish. */
function timeOnce(code: string): number {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: process.cwd(),
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`start-up probe failed: ${result.stderr}`)
  return Number(process.hrtime.bigint() - start) / 1e6
}

const req = (what: string) =>
  `const { createRequire } = await import('node:module'); const require = createRequire(import.meta.url); ${what}`
const probes: Record<string, string> = {
  empty: '',
  depsEsm: `await import('zod'); await import('decimal.js'); ${DATE_FNS.map((f) => `await import('date-fns/${f}');`).join(' ')}`,
  esm: "await import('./dist/index.js')",
  depsCjs: req(
    `require('zod'); require('decimal.js'); ${DATE_FNS.map((f) => `require('date-fns/${f}');`).join(' ')}`,
  ),
  cjs: req("require('./dist/index.cjs')"),
}

/** The start-up section of the report: medians and the import cost over the dependencies' own. */
export function startupTable(): string {
  const times = new Map<string, number[]>(Object.keys(probes).map((k) => [k, []]))
  for (let i = 0; i < RUNS; i += 1)
    for (const [k, code] of Object.entries(probes)) times.get(k)?.push(timeOnce(code))
  const m = (k: string) => median(times.get(k) ?? [])
  const empty = m('empty')
  const row = (name: string, k: string, deps?: string) => {
    const over = m(k) - empty
    const ratio = deps === undefined ? '—' : `${(over / (m(deps) - empty)).toFixed(2)}×`
    return `| ${name} | ${m(k).toFixed(1)} | ${over.toFixed(1)} | ${ratio} |`
  }
  return [
    '| process | median ms | over an empty process | ÷ its dependencies alone (target ≤ 1.3×) |',
    '|---|---:|---:|---:|',
    row('empty Node process', 'empty'),
    row('import only the dependencies (zod, decimal.js, the date-fns functions used)', 'depsEsm'),
    row("import 'sales-rules' (ESM, dist/index.js)", 'esm', 'depsEsm'),
    row('require only the dependencies', 'depsCjs'),
    row("require('sales-rules') (CJS, dist/index.cjs)", 'cjs', 'depsCjs'),
  ].join('\n')
}
