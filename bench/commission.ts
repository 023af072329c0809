import { compileCommissionPlan } from '../src/index'
import type { CommissionInput } from '../src/index'
import type { Case } from './harness'

const REPS = Number(process.env.BENCH_REPS ?? 10_000)
const TX = 100
let seed = 3
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
const inputs: CommissionInput[] = Array.from({ length: REPS }, (_, r) => ({
  rep: `r${r}`,
  period: { start: '2026-06-01', end: '2026-06-30' },
  quota: '500000',
  transactions: Array.from({ length: TX }, (_, t) => ({
    id: `t${t}`,
    date: `2026-06-${String(1 + (t % 30)).padStart(2, '0')}`,
    amount: `${1000 + (next() % 20000)}.${String(next() % 100).padStart(2, '0')}`,
  })),
}))
const head = { id: 'bench', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY' }
const flat = compileCommissionPlan({ ...head, rates: { kind: 'flat', rate: '0.03' } })
const marginal = compileCommissionPlan({
  ...head,
  rates: {
    kind: 'marginal',
    tiers: [
      { from: 0, rate: '0.03' },
      { from: 500000, rate: '0.05' },
      { from: 1000000, rate: '0.08' },
    ],
  },
})

function plainFlat(): number {
  let total = 0
  for (const input of inputs) {
    let rep = 0
    for (const t of input.transactions ?? []) rep += Math.round(Number(t.amount) * 0.03 * 100) / 100
    total += rep
  }
  return total
}
function plainMarginal(): number {
  let total = 0
  for (const input of inputs) {
    let base = 0
    for (const t of input.transactions ?? []) base += Number(t.amount)
    const c =
      Math.min(base, 500000) * 0.03 +
      Math.max(0, Math.min(base, 1000000) - 500000) * 0.05 +
      Math.max(0, base - 1000000) * 0.08
    total += Math.round(c * 100) / 100
  }
  return total
}

/** Commission statements: 10,000 reps × 100 transactions. */
export const commissionCases: Case[] = [
  {
    name: `totals for ${REPS.toLocaleString('en-US')} reps × ${TX} transactions, flat plan (compiled integer path)`,
    items: REPS * TX,
    run: () => inputs.map((i) => flat.totals(i).payable),
    baseline: plainFlat,
  },
  {
    name: `totals for ${REPS.toLocaleString('en-US')} reps × ${TX} transactions, marginal tiers (compiled integer path)`,
    items: REPS * TX,
    run: () => inputs.map((i) => marginal.totals(i).payable),
    baseline: plainMarginal,
  },
  {
    name: `statements for ${REPS.toLocaleString('en-US')} reps × ${TX} transactions, flat plan (exact, with traces)`,
    items: REPS * TX,
    run: () => inputs.map((i) => flat.calculate(i).payable),
    baseline: plainFlat,
  },
  {
    name: `statements for ${REPS.toLocaleString('en-US')} reps × ${TX} transactions, marginal tiers (exact, with traces)`,
    items: REPS * TX,
    run: () => inputs.map((i) => marginal.calculate(i).payable),
    baseline: plainMarginal,
  },
]
