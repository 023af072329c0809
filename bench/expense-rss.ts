// A child of bench/expense.ts: peak RSS growth (MB) of one variance report over 1,000,000 entries, or of the
// hand loop, after the entries are built.
import { compileExpenseBudget } from './lib'
import { budget, makeEntries, plainVariance } from './expense-data'

const entries = makeEntries(1_000_000, 5)
const evaluator = compileExpenseBudget(budget)
// warm the compiled index and the phasing cache on a few entries, as a long-lived evaluator would be
evaluator.variances(entries.slice(0, 10), { asOf: '2026-06-30', groupings: [['category']] })
plainVariance(entries.slice(0, 10))
const before = process.resourceUsage().maxRSS
if (process.argv[2] === 'library')
  evaluator.variances(entries, { asOf: '2026-06-30', groupings: [['category'], ['category', 'region']] })
else plainVariance(entries)
console.log(((process.resourceUsage().maxRSS - before) / 1024).toFixed(1))
