// Expense claims (issue #22): claims × 5 lines against a compiled claim policy and a compiled 10,000-line
// budget, next to a hand loop doing the same rules in integer cents. `npx tsx bench/expense-claims.ts [count]`
// runs it alone (100,000 claims by default) and prints the ratio; `bench/index.ts` runs a smaller sample.
import { compileExpenseBudget, compileExpenseClaimPolicy } from '../src/index'
import type { ExpenseClaimInput } from '../src/index'
import { budget } from './expense-data'
import type { Case } from './harness'
import { agree, Rng } from './rng'

const AS_OF = '2026-06-30'
const policy = {
  id: 'bench-claims',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  limits: [
    { category: 'travel', item: 'hotel', unit: 'night' as const, perUnit: '500' },
    { category: 'travel', perLine: '3000' },
    { category: 'entertainment', unit: 'head' as const, perUnit: '200' },
  ],
  invoice: { requiredAbove: '200' },
  deadline: { businessDays: 10 },
  route: [
    { role: 'department-head', label: '部门负责人' },
    { role: 'finance', label: '财务部' },
  ],
}
const claims = compileExpenseClaimPolicy(policy)
const compiledBudget = compileExpenseBudget(budget)
const days = Array.from({ length: 20 }, (_, d) =>
  new Date(Date.UTC(2026, 5, 1 + d)).toISOString().slice(0, 10),
)

/** Claims of 5 lines (hotel, transport, dinner…), amounts long-tailed, a share exactly on each limit. */
export function makeClaims(count: number, seed: number): ExpenseClaimInput[] {
  const rng = new Rng(seed)
  return Array.from({ length: count }, (_, c) => {
    const dims = { region: `r${rng.int(98)}`, product: `p${rng.int(17)}` }
    const lines = Array.from({ length: 5 }, (_, i) => {
      const kind = rng.int(3)
      const quantity = rng.between(1, 4)
      const cents = rng.chance(0.1) ? quantity * 50_000 : rng.longTail(1_000, 400_000)
      const amount = (cents / 100).toFixed(2)
      const invoice = rng.chance(0.9)
        ? {
            number: `N${c}-${rng.chance(0.02) ? 0 : i}`,
            date: '2026-06-01',
            amount,
            taxAmount: '0',
            seller: 's',
          }
        : undefined
      const base = {
        id: `L${i}`,
        date: rng.pick(days),
        amount,
        dimensions: dims,
        ...(invoice ? { invoice } : {}),
      }
      return kind === 0
        ? { ...base, category: 'travel', item: 'hotel', quantity }
        : kind === 1
          ? { ...base, category: 'travel' }
          : { ...base, category: 'entertainment', quantity }
    })
    return { id: `BX-${c}`, employee: { id: 'E' }, currency: 'CNY', submittedOn: AS_OF, lines }
  })
}

/** The library: net payable in cents, per claim. */
export function libraryTotals(list: readonly ExpenseClaimInput[]): number[] {
  return list.map((claim) =>
    Math.round(claims.check(claim, { asOf: AS_OF, budget: compiledBudget }).netPayable.toNumber() * 100),
  )
}

// the deadline of each spend day, in business days of the default calendar (Saturday and Sunday off)
const deadlines = new Map<string, string>()
for (const d of days) {
  let date = new Date(`${d}T00:00:00Z`)
  for (let left = 10; left > 0;) {
    date = new Date(date.getTime() + 86_400_000)
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) left -= 1
  }
  deadlines.set(d, date.toISOString().slice(0, 10))
}
// every line of the budget has ¥120,000 a year, even by month: ¥60,000 to date on 30 June; no spend yet
const TO_DATE = 6_000_000

/** The hand loop: the same rules in integer cents, duplicates through a Set, no validation. */
export function handTotals(list: readonly ExpenseClaimInput[]): number[] {
  return list.map((claim) => {
    const seen = new Set<string>()
    const groups = new Map<string, number>()
    const approvedOf: number[] = []
    for (const line of claim.lines) {
      const cents = Math.round(Number(line.amount) * 100)
      let approved = cents
      const q = Number(line.quantity ?? 0)
      if (line.category === 'travel' && line.item === 'hotel') approved = Math.min(approved, q * 50_000)
      else if (line.category === 'travel') approved = Math.min(approved, 300_000)
      else approved = Math.min(approved, q * 20_000)
      let rejected = cents > 20_000 && line.invoice === undefined
      const n = line.invoice?.number
      if (n !== undefined) {
        if (seen.has(n)) rejected = true
        else seen.add(n)
      }
      if (claim.submittedOn > (deadlines.get(line.date) as string)) rejected = true
      approvedOf.push(rejected ? 0 : approved)
      const key = `${line.category}\u0000${line.dimensions?.['region']}\u0000${line.dimensions?.['product']}`
      groups.set(key, (groups.get(key) ?? 0) + (rejected ? 0 : approved))
    }
    // the budget control: approval when over (no stop), so the amounts stand
    for (const amount of groups.values()) if (amount > TO_DATE) approvedOf.push(0)
    return approvedOf.reduce((s, a) => s + a, 0)
  })
}

export function expenseClaimCases(count = 2_000): Case[] {
  const list = makeClaims(count, 22)
  return [
    {
      name: `${count.toLocaleString('en-US')} claims × 5 lines, compiled claim policy and compiled 10,000-line budget`,
      items: count,
      check: () => agree('expense claims: library and hand loop', libraryTotals(list), handTotals(list)),
      run: () => libraryTotals(list),
      baseline: () => handTotals(list),
      maxRatio: 3,
    },
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000)
  const list = makeClaims(count, 22)
  agree(
    'expense claims: library and hand loop',
    libraryTotals(list.slice(0, 1000)),
    handTotals(list.slice(0, 1000)),
  )
  const t0 = performance.now()
  handTotals(list)
  const t1 = performance.now()
  libraryTotals(list)
  const t2 = performance.now()
  const hand = t1 - t0
  const library = t2 - t1
  console.log(
    `${count} claims × 5 lines: library ${library.toFixed(0)} ms (${((library * 1000) / count).toFixed(1)} µs a claim), hand loop ${hand.toFixed(0)} ms; ratio ${(library / hand).toFixed(1)}× (target ≤ 3×)`,
  )
}
