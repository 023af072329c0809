// The data and hand loop of the expense benchmark (shared with its RSS probe).
import type { ExpenseBudgetInput, ExpenseEntryInput } from '../src/index'
import { Rng } from './rng'

// 10,000 budget lines (6 categories × 100 regions × 17 products, the first 10,000), ¥120,000 a year each,
// even by month; entries on every day of the fiscal year in every region, long-tailed amounts with a few
// refunds, reported as of 30 June (entries after it are left out) by category and by category × region.
const REGIONS = 100
const categories = ['marketing', 'compensation', 'travel', 'entertainment', 'communication', 'office']
const products = Array.from({ length: 17 }, (_, i) => `p${i}`)
const regions = Array.from({ length: REGIONS }, (_, r) => `r${r}`)
export const AS_OF = '2026-06-30'
export const budget: ExpenseBudgetInput = {
  id: 'bench',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  fiscalYear: 2026,
  dimensions: ['region', 'product'],
  lines: categories
    .flatMap((category) =>
      regions.flatMap((region) =>
        products.map((product) => ({ category, dimensions: { region, product }, amount: '120000' })),
      ),
    )
    .slice(0, 10_000),
}
const days = Array.from({ length: 365 }, (_, d) =>
  new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10),
)

/** Entries from a seed: every region, product and day drawn uniformly, ¥1–¥50,000 long-tailed, 2 % refunds. */
export function makeEntries(count: number, seed: number): ExpenseEntryInput[] {
  const rng = new Rng(seed)
  return Array.from({ length: count }, () => {
    const cents = rng.longTail(100, 5_000_000)
    return {
      date: rng.pick(days),
      category: rng.pick(categories),
      dimensions: { region: rng.pick(regions), product: rng.pick(products) },
      amount: `${rng.chance(0.02) ? '-' : ''}${(cents / 100).toFixed(2)}`,
    }
  })
}

/**
 * The hand loop: sums per line and month in integer cents through nested Maps (category → region → product,
 * no key string built per entry), the month read from the date's digits, then the two roll-ups with each
 * line's budget to date (¥10,000 a started month). Returns [group, budget to date, actual] rows in cents.
 */
export function plainVariance(entries: readonly ExpenseEntryInput[]): [string, number, number][] {
  const index = new Map<string, Map<string, Map<string, number>>>()
  budget.lines.forEach((l, i) => {
    const d = l.dimensions as { region: string; product: string }
    let byRegion = index.get(l.category)
    if (!byRegion) index.set(l.category, (byRegion = new Map<string, Map<string, number>>()))
    let byProduct = byRegion.get(d.region)
    if (!byProduct) byRegion.set(d.region, (byProduct = new Map<string, number>()))
    byProduct.set(d.product, i)
  })
  const actual = new Float64Array(budget.lines.length)
  const extra = new Map<string, number>() // category × region of entries with no line
  const end = Number(AS_OF.slice(5, 7))
  for (const e of entries) {
    const date = e.date
    if (date > AS_OF) continue
    const amount = e.amount as string
    const cents = Math.round(Number(amount) * 100)
    const d = e.dimensions as { region: string; product: string }
    const i = index.get(e.category)?.get(d.region)?.get(d.product)
    if (i === undefined) {
      const key = `${e.category}\u0000${d.region}`
      extra.set(key, (extra.get(key) ?? 0) + cents)
    } else actual[i] = (actual[i] as number) + cents
  }
  const rows = new Map<string, [number, number]>()
  const add = (key: string, toDate: number, a: number) => {
    const row = rows.get(key)
    if (row) {
      row[0] += toDate
      row[1] += a
    } else rows.set(key, [toDate, a])
  }
  budget.lines.forEach((l, i) => {
    const toDate = end * 1_000_000 // ¥10,000 a month in cents
    const region = (l.dimensions as { region: string }).region
    add('', toDate, actual[i] as number)
    add(l.category, toDate, actual[i] as number)
    add(`${l.category}\u0000${region}`, toDate, actual[i] as number)
  })
  for (const [key, a] of extra) {
    add('', 0, a)
    add(key.split('\u0000')[0] as string, 0, a)
    add(key, 0, a)
  }
  return [...rows]
    .map(([k, [t, a]]) => [k, t, a] as [string, number, number])
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
}
