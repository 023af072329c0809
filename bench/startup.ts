// Start-up: how long a fresh Node process takes to import the built package, next to a process that imports
// nothing and one that imports only the runtime dependencies (zod, decimal.js and the date-fns functions the
// library uses), each in the same module system (ESM: static imports in one module, as the package's own
// file imports them; CommonJS: `require` in a CommonJS script). Interleaved runs (one of each in turn),
// medians. Two clocks: the wall clock from spawn to exit, and the CPU time the process used (user + system,
// all its threads, read by `process.cpuUsage()` as it ends). CPU time moves much less when other processes
// share the machine, so the target is read on it; the wall-clock ratio is shown beside it.
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
const DEPENDENCIES = ['zod', 'decimal.js', ...DATE_FNS.map((f) => `date-fns/${f}`)]

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

interface Probe {
  /** ESM (`--input-type=module`) or a CommonJS script. */
  readonly esm: boolean
  readonly code: string
}

/** Wall-clock and CPU milliseconds of one `node -e <code>` process. */
function timeOnce(probe: Probe): { wall: number; cpu: number } {
  const code = `${probe.code}\nconst u = process.cpuUsage(); process.stdout.write(String(u.user + u.system))`
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [...(probe.esm ? ['--input-type=module'] : []), '-e', code], {
    cwd: process.cwd(),
    encoding: 'utf8',
  })
  const wall = Number(process.hrtime.bigint() - start) / 1e6
  const cpu = Number(result.stdout) / 1000
  if (result.status !== 0 || !Number.isFinite(cpu)) throw new Error(`start-up probe failed: ${result.stderr}`)
  return { wall, cpu }
}

const probes: Record<string, Probe> = {
  emptyEsm: { esm: true, code: '' },
  depsEsm: { esm: true, code: DEPENDENCIES.map((d) => `import '${d}'`).join('\n') },
  esm: { esm: true, code: "import './dist/index.js'" },
  emptyCjs: { esm: false, code: '' },
  depsCjs: { esm: false, code: DEPENDENCIES.map((d) => `require('${d}')`).join('\n') },
  cjs: { esm: false, code: "require('./dist/index.cjs')" },
}

/** The start-up section of the report: medians and the import cost over the dependencies' own. */
export function startupTable(): string {
  const wall = new Map<string, number[]>(Object.keys(probes).map((k) => [k, []]))
  const cpu = new Map<string, number[]>(Object.keys(probes).map((k) => [k, []]))
  for (let i = 0; i < RUNS; i += 1)
    for (const [k, probe] of Object.entries(probes)) {
      const t = timeOnce(probe)
      wall.get(k)?.push(t.wall)
      cpu.get(k)?.push(t.cpu)
    }
  const m = (clock: Map<string, number[]>, k: string) => median(clock.get(k) ?? [])
  const row = (name: string, k: string, empty: string, deps?: string) => {
    const cells = [wall, cpu].flatMap((clock) => {
      const over = m(clock, k) - m(clock, empty)
      const ratio = deps === undefined ? '—' : `${(over / (m(clock, deps) - m(clock, empty))).toFixed(2)}×`
      return [m(clock, k).toFixed(1), k === empty ? '—' : over.toFixed(1), ratio]
    })
    return `| ${name} | ${cells.join(' | ')} |`
  }
  return [
    '| process | wall ms | over empty | ÷ dependencies | CPU ms | over empty | ÷ dependencies (target ≤ 1.3×) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('empty Node process (ESM)', 'emptyEsm', 'emptyEsm'),
    row('import only the dependencies (zod, decimal.js, the date-fns functions used)', 'depsEsm', 'emptyEsm'),
    row("import 'sales-rules' (ESM, dist/index.js)", 'esm', 'emptyEsm', 'depsEsm'),
    row('empty Node process (CommonJS)', 'emptyCjs', 'emptyCjs'),
    row('require only the dependencies', 'depsCjs', 'emptyCjs'),
    row("require('sales-rules') (CommonJS, dist/index.cjs)", 'cjs', 'emptyCjs', 'depsCjs'),
  ].join('\n')
}
