// Start-up: how long a fresh Node process takes to import the built package, next to a process
// that imports nothing and one that imports only the runtime dependencies. Medians of several runs.
import { spawnSync } from 'node:child_process'

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 15)

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

/** Milliseconds for `node --input-type=module -e <code>` to finish, median of RUNS. */
function timeOf(code: string): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: process.cwd(),
      encoding: 'utf8',
    })
    if (result.status !== 0) throw new Error(`start-up probe failed: ${result.stderr}`)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return median(times)
}

/** The start-up section of the report. */
export function startupTable(): string {
  const empty = timeOf('')
  const deps = timeOf("await import('zod'); await import('decimal.js'); await import('date-fns/format')")
  const esm = timeOf("await import('./dist/index.js')")
  const cjs = timeOf(
    "const { createRequire } = await import('node:module'); createRequire(import.meta.url)('./dist/index.cjs')",
  )
  const row = (name: string, ms: number) => `| ${name} | ${ms.toFixed(1)} | ${(ms - empty).toFixed(1)} |`
  return [
    '| process | median ms | over an empty process |',
    '|---|---:|---:|',
    row('empty Node process', empty),
    row('import only the dependencies (zod, decimal.js, date-fns/format)', deps),
    row("import 'sales-rules' (ESM, dist/index.js)", esm),
    row("require('sales-rules') (CJS, dist/index.cjs)", cjs),
  ].join('\n')
}
