import { spawnSync } from 'node:child_process'
import { budgetVariance, compileExpenseBudget } from './lib'
import type { ExpenseEntryInput } from '../src/index'
import { AS_OF, budget, makeEntries, plainVariance } from './expense-data'
import type { Case } from './harness'
import { agree } from './rng'

const evaluator = compileExpenseBudget(budget)
const groupings = [['category'], ['category', 'region']]
/** The library's rows as the hand loop gives them. */
function libraryRows(entries: readonly ExpenseEntryInput[]): [string, number, number][] {
  const reports = evaluator.variances(entries, { asOf: AS_OF, groupings })
  const rows = new Map<string, [number, number]>()
  for (const report of reports)
    for (const r of report.rows) {
      const key = [r.group['category'], r.group['region']].filter((v) => v !== undefined).join('\u0000')
      rows.set(key, [Math.round(r.budgetToDate.toNumber() * 100), Math.round(r.actual.toNumber() * 100)])
    }
  return [...rows]
    .map(([k, [t, a]]) => [k, t, a] as [string, number, number])
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
}

function expenseCase(count: number, seed: number, maxRatio: number): Case {
  const entries = makeEntries(count, seed)
  return {
    name: `variance of ${count.toLocaleString('en-US')} entries into ${budget.lines.length.toLocaleString('en-US')} lines, by category and by category × region (compiled budget, exact)`,
    items: count,
    check: () => {
      const plain = plainVariance(entries)
      agree(`expense (${count}): compiled reports and the hand loop`, libraryRows(entries), plain)
      // the exact path: budgetVariance with amounts in exponent form ("12.5e0"), which are valid but not plain,
      // so every entry is validated by zod and summed in decimals (on a sample: it is the slow path)
      const sample = entries.slice(0, 2_000)
      agree(
        `expense (${count}): compiled and exact (zod, decimal) reports`,
        JSON.stringify(evaluator.variances(sample, { asOf: AS_OF, groupings })),
        JSON.stringify(
          groupings.map((groupBy) =>
            budgetVariance(
              budget,
              sample.map((e) => ({ ...e, amount: `${String(e.amount)}e0` })),
              { asOf: AS_OF, groupBy },
            ),
          ),
        ),
      )
    },
    run: () => evaluator.variances(entries, { asOf: AS_OF, groupings }),
    baseline: () => plainVariance(entries),
    maxRatio,
  }
}

/** Expense budget: variance of 1,000,000 and of 10,000 entries into 10,000 lines, grouped two ways. */
export const expenseCases: Case[] = [
  expenseCase(Number(process.env.BENCH_ENTRIES ?? 1_000_000), 5, 2),
  expenseCase(10_000, 6, 10),
]

/**
 * Peak RSS over the input: a child process builds 1,000,000 entries, then reads its peak resident set size
 * before and after one report (or one hand loop). Megabytes.
 */
export function expensePeakRss(): { library: number; baseline: number } {
  const probe = (which: string) => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', new URL('./expense-rss.ts', import.meta.url).pathname, which],
      {
        encoding: 'utf8',
      },
    )
    if (r.status !== 0) throw new Error(`expense RSS probe failed: ${r.stderr}`)
    return Number(r.stdout.trim())
  }
  return { library: probe('library'), baseline: probe('baseline') }
}
