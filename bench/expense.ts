import { compileExpenseBudget } from '../src/index'
import type { ExpenseBudgetInput } from '../src/index'
import type { Case } from './harness'

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000)
const REGIONS = 100
const categories = ['marketing', 'compensation', 'travel', 'entertainment', 'communication', 'office']
const products = Array.from({ length: Math.ceil(10_000 / (REGIONS * categories.length)) }, (_, i) => `p${i}`)
const budget: ExpenseBudgetInput = {
  id: 'bench',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  fiscalYear: 2026,
  dimensions: ['region', 'product'],
  lines: categories
    .flatMap((category) =>
      Array.from({ length: REGIONS }, (_, r) =>
        products.map((product) => ({ category, dimensions: { region: `r${r}`, product }, amount: '120000' })),
      ).flat(),
    )
    .slice(0, 10_000),
}
let seed = 5
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
const entries = Array.from({ length: ENTRIES }, () => ({
  date: `2026-${String(1 + (next() % 6)).padStart(2, '0')}-${String(1 + (next() % 28)).padStart(2, '0')}`,
  category: categories[next() % categories.length] as string,
  dimensions: { region: `r${next() % REGIONS}`, product: products[next() % products.length] as string },
  amount: `${next() % 5000}.${String(next() % 100).padStart(2, '0')}`,
}))

const evaluator = compileExpenseBudget(budget)

/** The hand-written baseline: a Map group-by over floats, two ways. */
function plainGroupBy(): number {
  const byCategory = new Map<string, number>()
  const byRegion = new Map<string, number>()
  for (const e of entries) {
    if (e.date > '2026-06-30') continue
    const a = Number(e.amount)
    byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + a)
    const key = `${e.category}/${e.dimensions.region}`
    byRegion.set(key, (byRegion.get(key) ?? 0) + a)
  }
  return byCategory.size + byRegion.size
}

/** Expense budget: variance of 1,000,000 entries into 10,000 lines, grouped two ways. */
export const expenseCases: Case[] = [
  {
    name: `variance of ${ENTRIES.toLocaleString('en-US')} entries into ${budget.lines.length.toLocaleString('en-US')} lines, grouped by category and by category × region (compiled budget, exact)`,
    items: ENTRIES,
    run: () =>
      evaluator.variances(entries, { asOf: '2026-06-30', groupings: [['category'], ['category', 'region']] }),
    baseline: plainGroupBy,
  },
]
