import { compileKpiPolicy } from '../src/index'
import type { SlaItemInput } from '../src/index'
import { juneMeasurements, kpiPolicy } from '../test/fixtures/kpi'
import type { Case } from './harness'

const VALUES = Number(process.env.BENCH_KPI_VALUES ?? 1_000_000)
const SLA_ITEMS = Number(process.env.BENCH_SLA_ITEMS ?? 1_000_000)
const SCORECARDS = 2_000

let seed = 11
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)

const evaluator = compileKpiPolicy(kpiPolicy)

// Values of the two kinds of KPI: a ratio on value bands (expense ratio, 0–15 %) and a count on attainment bands (new customers, target 10)
const expense = Array.from({ length: VALUES / 2 }, () => `0.${String(next() % 1500).padStart(4, '0')}`)
const customers = Array.from({ length: VALUES / 2 }, () => next() % 16)

/** The hand-written baseline: the same bands as float comparisons. */
function plainLevels(): number {
  let warnings = 0
  for (const text of expense) {
    const v = Number(text)
    const level = v >= 0.1 ? 3 : v >= 0.08 ? 2 : 0
    if (level >= 2) warnings += 1
  }
  for (const v of customers) {
    const a = v / 10
    const level = a >= 1 ? 0 : a >= 0.8 ? 2 : 3
    if (level >= 2) warnings += 1
  }
  return warnings
}

function libraryLevels(): number {
  let warnings = 0
  for (const v of expense) if (evaluator.level('expense-ratio', v) !== 'ok') warnings += 1
  for (const v of customers) if (evaluator.level('new-customers', v) !== 'ok') warnings += 1
  return warnings
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

// Service tickets over a month: received, replied and resolved; clock and working-hour rules
const start = Date.parse('2026-09-01T00:00:00+08:00')
const items: SlaItemInput[] = Array.from({ length: SLA_ITEMS }, (_, i) => {
  const received = start + (next() % (40 * 24 * 60)) * 60_000
  const replied = received + (next() % (30 * 60)) * 60_000
  return {
    id: `T-${i}`,
    kind: 'ticket',
    events: { received: new Date(received).toISOString(), 'first-response': new Date(replied).toISOString() },
  }
})
const slaPolicy = compileKpiPolicy({
  ...kpiPolicy,
  sla: kpiPolicy.sla.filter((r) => r.id === 'first-response'),
})
const parsedTimes = items.map(
  (item) =>
    [
      Date.parse(item.events['received'] as string),
      Date.parse(item.events['first-response'] as string),
    ] as const,
)

/** Baseline: elapsed working hours with a weekday/holiday check per day and two windows, in plain numbers, UTC+8 fixed. */
function plainSla(): number {
  const holidays = new Set(kpiPolicy.calendar.holidays)
  const workdays = new Set(kpiPolicy.calendar.workdays)
  const windows = [
    [9, 12],
    [13, 18],
  ] as const
  let met = 0
  for (const [from, to] of parsedTimes) {
    let worked = 0
    const offset = 8 * 3_600_000
    for (
      let day = Math.floor((from + offset) / 86_400_000);
      day <= Math.floor((to + offset) / 86_400_000);
      day += 1
    ) {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10)
      const weekday = new Date(day * 86_400_000).getUTCDay()
      if (!workdays.has(date) && (holidays.has(date) || weekday === 0 || weekday === 6)) continue
      for (const [a, b] of windows) {
        const ws = day * 86_400_000 - offset + a * 3_600_000
        const we = day * 86_400_000 - offset + b * 3_600_000
        worked += Math.max(0, Math.min(we, to) - Math.max(ws, from))
      }
    }
    if (worked <= 4 * 3_600_000) met += 1
  }
  return met
}

/** KPI thresholds, scorecards and SLA clocks. */
export const kpiCases: Case[] = [
  {
    name: `alert level of ${VALUES.toLocaleString('en-US')} KPI values (value and attainment bands, compiled, exact)`,
    items: VALUES,
    run: libraryLevels,
    baseline: plainLevels,
  },
  {
    name: `evaluate ${SCORECARDS.toLocaleString('en-US')} monthly scorecards of 7 KPIs (targets, bands, trends, alerts, full traces)`,
    items: SCORECARDS,
    run: () =>
      teams.map((t) => evaluator.evaluate(t, { period: { start: '2026-06-01', end: '2026-06-30' } })),
    baseline: plainScorecards,
  },
  {
    name: `SLA: ${SLA_ITEMS.toLocaleString('en-US')} tickets against 4 working hours on a calendar with holidays and 调休 (compiled)`,
    items: SLA_ITEMS,
    run: () => slaPolicy.sla(items, { asOf: '2026-11-01T00:00:00+08:00' }),
    baseline: plainSla,
  },
]
