import { compileCommissionPlan } from './lib'
import type { CommissionInput } from '../src/index'
import type { Case } from './harness'
import { agree, Rng } from './rng'
import { zenBatch, zenTable } from './zen'

const REPS = Number(process.env.BENCH_REPS ?? 10_000)
const TX = 100
const rng = new Rng(3)
const days = Array.from({ length: 30 }, (_, d) => `2026-06-${String(d + 1).padStart(2, '0')}`)
// long-tailed deal sizes (¥100 – ¥100,000, most small); 30 % of reps end the month exactly on a tier edge
// (¥500,000 or ¥1,000,000), their last deal making up the difference
const inputs: CommissionInput[] = Array.from({ length: REPS }, (_, r) => {
  const cents = Array.from({ length: TX }, () => rng.longTail(10_000, 10_000_000))
  if (rng.chance(0.3)) {
    const edge = rng.pick([50_000_000, 100_000_000])
    const others = cents.slice(0, -1).reduce((a, b) => a + b, 0)
    if (others < edge) cents[TX - 1] = edge - others
  }
  return {
    rep: `r${r}`,
    period: { start: '2026-06-01', end: '2026-06-30' },
    quota: '500000',
    transactions: cents.map((c, t) => ({ id: `t${t}`, date: rng.pick(days), amount: (c / 100).toFixed(2) })),
  }
})
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

// The hand loops: amounts read into cents, commission in integer hundredths of a cent, rounded half-up to the
// cent (each deal under the flat rate, the month's total under tiers, as the plans say).
const cents = (text: string) => Math.round(Number(text) * 100)
const halfUp = (hundredths: number) => Math.floor((hundredths + 50) / 100)
function plainFlat(input: CommissionInput): number {
  let c = 0
  for (const t of input.transactions ?? []) c += halfUp(cents(t.amount as string) * 3)
  return c
}
function plainMarginal(input: CommissionInput): number {
  let base = 0
  for (const t of input.transactions ?? []) base += cents(t.amount as string)
  return halfUp(
    Math.min(base, 50_000_000) * 3 +
      Math.max(0, Math.min(base, 100_000_000) - 50_000_000) * 5 +
      Math.max(0, base - 100_000_000) * 8,
  )
}
const payable = (d: { toNumber(): number }) => Math.round(d.toNumber() * 100)

// ZEN: the tiers as a first-hit table whose outputs are the tier formulas, on the month's base in yuan
const zen = zenTable([{ field: 'base' }], 'commission', [
  { cells: ['>= 1000000'], out: '15000 + 25000 + (base - 1000000) * 0.08' },
  { cells: ['>= 500000'], out: '15000 + (base - 500000) * 0.05' },
  { cells: [''], out: 'base * 0.03' },
])
const ZEN_SAMPLE = 2_000
const baseOf = (input: CommissionInput) => {
  let base = 0
  for (const t of input.transactions ?? []) base += Number(t.amount)
  return { base }
}

// the exact path with traces runs on the first 1,000 reps (100 in the default, shorter run)
const STATEMENTS = process.env.BENCH_FULL === '1' ? 1_000 : 100
const statementInputs = inputs.slice(0, STATEMENTS)

function commissionCase(
  label: string,
  plan: typeof flat,
  plain: (i: CommissionInput) => number,
  path: 'totals' | 'calculate',
): Case {
  return {
    name: `${path === 'totals' ? 'totals' : 'statements'} for ${(path === 'totals' ? REPS : STATEMENTS).toLocaleString('en-US')} reps × ${TX} transactions, ${label} (${path === 'totals' ? 'compiled integer path' : 'exact, with traces'})`,
    items: (path === 'totals' ? REPS : STATEMENTS) * TX,
    check: () => {
      if (path === 'totals')
        agree(
          `commission ${label}: totals and the hand loop`,
          inputs.map((i) => payable(plan.totals(i).payable)),
          inputs.map(plain),
        )
      const sample = inputs.slice(0, STATEMENTS)
      agree(
        `commission ${label}: statements and the hand loop`,
        sample.map((i) => payable(plan.calculate(i).payable)),
        sample.map(plain),
      )
    },
    run: () => (path === 'totals' ? inputs : statementInputs).map((i) => plan[path](i).payable),
    baseline: () => (path === 'totals' ? inputs : statementInputs).map(plain),
    ...(path === 'totals'
      ? {
          maxRatio: 3,
          ...(plan === marginal && zen
            ? {
                peers: {
                  'GoRules ZEN (batch)': () => zenBatch(zen, inputs.slice(0, ZEN_SAMPLE).map(baseOf)),
                },
                peerItems: ZEN_SAMPLE * TX,
              }
            : {}),
        }
      : {}),
  }
}

/** Commission statements: 10,000 reps × 100 transactions. */
export const commissionCases: Case[] = [
  commissionCase('flat plan', flat, plainFlat, 'totals'),
  commissionCase('marginal tiers', marginal, plainMarginal, 'totals'),
  commissionCase('flat plan', flat, plainFlat, 'calculate'),
  commissionCase('marginal tiers', marginal, plainMarginal, 'calculate'),
]
