import { compileKpiPolicy } from './lib'
import { juneMeasurements, kpiPolicy } from '../test/fixtures/kpi'
import type { Case } from './harness'
import { agree, Rng } from './rng'

const VALUES = Number(process.env.BENCH_KPI_VALUES ?? 1_000_000)
const SCORECARDS = 2_000

const rng = new Rng(11)
const next = () => rng.u32()

const evaluator = compileKpiPolicy(kpiPolicy)

// Values of the two kinds of KPI: a ratio on value bands (expense ratio, 0–15 % in basis points, 30 % exactly
// on the 8 % or 10 % band edge) and a count on attainment bands (new customers 0–15 against a target of 10,
// 30 % exactly on the 80 % or 100 % edge)
const expense = Array.from({ length: VALUES / 2 }, () => {
  const bp = rng.chance(0.3) ? rng.pick([800, 1000]) : rng.int(1500)
  return `0.${String(bp).padStart(4, '0')}`
})
const customers = Array.from({ length: VALUES / 2 }, () =>
  rng.chance(0.3) ? rng.pick([8, 10]) : rng.int(16),
)

// The hand loop: the ratio read into basis points (an integer), the bands as integer comparisons; the
// count's attainment v ÷ 10 against 0.8 and 1 as v against 8 and 10. Levels: 0 ok, 2 warning, 3 critical.
const expenseLevel = (text: string) => {
  const bp = Math.round(Number(text) * 10_000)
  return bp >= 1000 ? 3 : bp >= 800 ? 2 : 0
}
const customerLevel = (v: number) => (v >= 10 ? 0 : v >= 8 ? 2 : 3)
function plainLevels(): number {
  let warnings = 0
  for (let i = 0; i < expense.length; i += 1) if (expenseLevel(expense[i] as string) >= 2) warnings += 1
  for (let i = 0; i < customers.length; i += 1) if (customerLevel(customers[i] as number) >= 2) warnings += 1
  return warnings
}

function libraryLevels(): number {
  let warnings = 0
  for (let i = 0; i < expense.length; i += 1)
    if (evaluator.level('expense-ratio', expense[i] as string) !== 'ok') warnings += 1
  for (let i = 0; i < customers.length; i += 1)
    if (evaluator.level('new-customers', customers[i] as number) !== 'ok') warnings += 1
  return warnings
}
const LEVEL = ['ok', '', 'warning', 'critical']
function checkLevels(): void {
  agree(
    'KPI: expense-ratio levels and the hand loop',
    expense.map((v) => evaluator.level('expense-ratio', v)),
    expense.map((v) => LEVEL[expenseLevel(v)]),
  )
  agree(
    'KPI: new-customers levels and the hand loop',
    customers.map((v) => evaluator.level('new-customers', v)),
    customers.map((v) => LEVEL[customerLevel(v)]),
  )
}

// Monthly scorecards of many teams: the fixture's seven KPIs with varied values
const teams = Array.from({ length: SCORECARDS }, () => ({
  ...juneMeasurements,
  revenue: { value: String(300_000 + (next() % 300_000)), history: ['520000', '505000', '480000'] },
  'new-customers': next() % 16,
  'expense-ratio': `0.${String(next() % 1500).padStart(4, '0')}`,
}))

function plainScorecards(): number {
  let total = 0
  for (const t of teams) {
    const revenue = Number(t.revenue.value) / 500_000
    const customers = t['new-customers'] / 10
    const expenseRatio = 2 - Number(t['expense-ratio']) / 0.08
    total +=
      0.4 * Math.min(revenue, 1.2) * 100 +
      0.2 * Math.min(customers, 1.2) * 100 +
      0.2 * 80 +
      0.2 * Math.max(0, Math.min(expenseRatio, 1.2)) * 100
  }
  return total
}

/**
 * KPI thresholds and scorecards. (The SLA clocks are timed in bench/sla.ts, against a baseline that reads the
 * calendar from a table built once; the case that was here formatted a date per day in its baseline.)
 */
export const kpiCases: Case[] = [
  {
    name: `alert level of ${VALUES.toLocaleString('en-US')} KPI values (value and attainment bands, compiled, exact)`,
    items: VALUES,
    check: checkLevels,
    run: libraryLevels,
    baseline: plainLevels,
    maxRatio: 2,
  },
  {
    name: `evaluate ${SCORECARDS.toLocaleString('en-US')} monthly scorecards of 7 KPIs (targets, bands, trends, alerts, full traces)`,
    items: SCORECARDS,
    run: () =>
      teams.map((t) => evaluator.evaluate(t, { period: { start: '2026-06-01', end: '2026-06-30' } })),
    baseline: plainScorecards,
  },
]
