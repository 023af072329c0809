// Expense claims (issue #22): claims × 5 lines through a compiled claim policy against a compiled 10,000-line
// budget whose entries are summed once into a ledger (per-line running totals), next to a hand loop doing the
// same rules in integer cents with per-line totals of its own. Two library entry points: `summary` (the
// decision fields, the integer fast path: the target) and `check` (the full decision with Decimals and a
// trace, on a slice). The ledger and the hand loop's totals are built
// once, outside the timed runs (both then cost per claim line). `npx tsx bench/expense-claims.ts [count]`
// runs it alone and prints the ratio.
import { checkExpenseClaim, compileExpenseBudget, compileExpenseClaimPolicy } from './lib'
import type { ExpenseBudgetInput, ExpenseClaimInput, ExpenseEntryInput } from '../src/index'
import { budget as budgetLines } from './expense-data'
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
// the expense benchmark's 10,000 lines (¥120,000 a year each, even by month: ¥60,000 to date on 30 June),
// over budget to date needing the sales director's approval
const budget: ExpenseBudgetInput = {
  ...budgetLines,
  control: { action: 'approval', approver: 'sales-director', against: 'to-date' },
}
const TO_DATE = 6_000_000
const claims = compileExpenseClaimPolicy(policy)
const compiledBudget = compileExpenseBudget(budget)
const day = (d: number) => new Date(Date.UTC(2026, 5, d)).toISOString().slice(0, 10)
// 16 June + 10 business days is 30 June, the day of submission (on time, exactly at the deadline); 15 June is
// late. 92 % of the spends are on 16–29 June, 8 % on 1–15 June (mostly late).
const onTime = Array.from({ length: 14 }, (_, d) => day(16 + d))
const early = Array.from({ length: 15 }, (_, d) => day(1 + d))

/**
 * 20,000 entries booked January–June on the travel and entertainment lines of regions r0–r19 (680 lines,
 * ≈ 29 entries a line of ¥1,000–¥3,000: most end near their ¥60,000 to date, so a claim on them is often
 * over budget).
 */
export function makeEntries(seed: number): ExpenseEntryInput[] {
  const rng = new Rng(seed)
  return Array.from({ length: 20_000 }, () => ({
    date: new Date(Date.UTC(2026, rng.int(6), 1 + rng.int(28))).toISOString().slice(0, 10),
    category: rng.chance(0.5) ? 'travel' : 'entertainment',
    dimensions: { region: `r${rng.int(20)}`, product: `p${rng.int(17)}` },
    amount: (rng.between(100_000, 300_000) / 100).toFixed(2),
  }))
}

export interface BenchClaim {
  readonly claim: ExpenseClaimInput
  readonly advances: { id: string; amount: string }[]
  readonly earlierClaims: { id: string; invoices: string[] }[]
}

/**
 * Claims of 5 lines (hotel, transport, dinner), long-tailed amounts; 10 % exactly on the per-unit limit, 5 %
 * exactly at the invoice threshold (¥200, no invoice needed), 5 % above it without an invoice, 8 % spent early
 * (late), 2 % of invoice numbers repeated within the claim and 2 % found in the claimant's earlier claim,
 * 30 % of claimants with an advance; a fifth of the claims on the nearly spent lines of regions r0–r19.
 */
export function makeClaims(count: number, seed: number): BenchClaim[] {
  const rng = new Rng(seed)
  return Array.from({ length: count }, (_, c) => {
    const dims = { region: `r${rng.int(98)}`, product: `p${rng.int(17)}` }
    const earlier = `E${c}`
    const lines = Array.from({ length: 5 }, (_, i) => {
      const kind = rng.int(3)
      const quantity = rng.between(1, 4)
      const perUnit = kind === 0 ? 50_000 : kind === 2 ? 20_000 : 0
      const shape = rng.float()
      const cents =
        shape < 0.1 && perUnit > 0 ? quantity * perUnit : shape < 0.15 ? 20_000 : rng.longTail(1_000, 400_000)
      const amount = (cents / 100).toFixed(2)
      const withInvoice = cents !== 20_000 && !rng.chance(0.05)
      const number = rng.chance(0.02) ? `N${c}-0` : rng.chance(0.02) ? earlier : `N${c}-${i}`
      const invoice = { number, date: '2026-06-01', amount, taxAmount: '0', seller: 's' }
      const base = {
        id: `L${i}`,
        date: rng.chance(0.08) ? rng.pick(early) : rng.pick(onTime),
        amount,
        dimensions: dims,
        ...(withInvoice ? { invoice } : {}),
      }
      return kind === 0
        ? { ...base, category: 'travel', item: 'hotel', quantity }
        : kind === 1
          ? { ...base, category: 'travel' }
          : { ...base, category: 'entertainment', quantity }
    })
    const advances = rng.chance(0.3)
      ? [{ id: `JK-${c}`, amount: (rng.longTail(10_000, 1_000_000) / 100).toFixed(2) }]
      : []
    return {
      claim: { id: `BX-${c}`, employee: { id: 'E' }, currency: 'CNY', submittedOn: AS_OF, lines },
      advances,
      earlierClaims: [{ id: `BX-OLD-${c}`, invoices: [earlier, `X${c}`] }],
    }
  })
}

/** The answer compared: per claim, net payable, refundable, whether over budget, each line's approved (cents). */
type Answer = number[]
const cents = (d: { toFixed: (n: number) => string }) => Math.round(Number(d.toFixed(2)) * 100)

/** The library's compiled path: compiled policy, the budget's ledger. */
export function libraryAnswers(list: readonly BenchClaim[], ledger: unknown): Answer[] {
  return list.map(({ claim, advances, earlierClaims }) => {
    const d = claims.check(claim, { asOf: AS_OF, budget: ledger as never, advances, earlierClaims })
    const over = d.budget.some((b) => b.check.decision === 'approval') ? 1 : 0
    return [cents(d.netPayable), cents(d.refundable), over, ...d.lines.map((l) => cents(l.approved))]
  })
}

/** The decision fields: the compiled policy's `summary` (the integer fast path), the budget's ledger. */
export function summaries(list: readonly BenchClaim[], ledger: unknown) {
  return list.map(({ claim, advances, earlierClaims }) =>
    claims.summary(claim, { asOf: AS_OF, budget: ledger as never, advances, earlierClaims }),
  )
}

/** The answers of {@link summaries} (outside the timed run: the strings in cents). */
export function summaryAnswers(list: readonly BenchClaim[], ledger: unknown): Answer[] {
  const c = (s: string) => Math.round(Number(s) * 100)
  return summaries(list, ledger).map((d) => [
    c(d.netPayable),
    c(d.refundable),
    d.budget.includes('approval') ? 1 : 0,
    ...d.lines.map((l) => c(l.approved)),
  ])
}

/** The exact path: checkExpenseClaim with the compiled budget and the entries (summed on every call). */
export function exactAnswers(list: readonly BenchClaim[], entries: readonly ExpenseEntryInput[]): Answer[] {
  return list.map(({ claim, advances, earlierClaims }) => {
    const d = checkExpenseClaim(policy, claim, {
      asOf: AS_OF,
      budget: compiledBudget,
      entries,
      advances,
      earlierClaims,
    })
    const over = d.budget.some((b) => b.check.decision === 'approval') ? 1 : 0
    return [cents(d.netPayable), cents(d.refundable), over, ...d.lines.map((l) => cents(l.approved))]
  })
}

// the deadline of each spend day, in business days of the default calendar (Saturday and Sunday off)
const deadlines = new Map<string, string>()
for (const d of [...early, ...onTime]) {
  let date = new Date(`${d}T00:00:00Z`)
  for (let left = 10; left > 0;) {
    date = new Date(date.getTime() + 86_400_000)
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) left -= 1
  }
  deadlines.set(d, date.toISOString().slice(0, 10))
}

/** The hand loop's per-line totals: category → region → product → cents spent up to the date. */
export type HandLedger = Map<string, Map<string, Map<string, number>>>
export function handLedger(entries: readonly ExpenseEntryInput[]): HandLedger {
  const totals: HandLedger = new Map()
  for (const e of entries) {
    if (e.date > AS_OF) continue
    const d = e.dimensions as { region: string; product: string }
    let byRegion = totals.get(e.category)
    if (!byRegion) totals.set(e.category, (byRegion = new Map<string, Map<string, number>>()))
    let byProduct = byRegion.get(d.region)
    if (!byProduct) byRegion.set(d.region, (byProduct = new Map<string, number>()))
    byProduct.set(d.product, (byProduct.get(d.product) ?? 0) + Math.round(Number(e.amount) * 100))
  }
  return totals
}

/** The hand loop: the same rules in integer cents, duplicates through a Set, no validation, no trace. */
export function handAnswers(list: readonly BenchClaim[], totals: HandLedger): Answer[] {
  return list.map(({ claim, advances, earlierClaims }) => {
    const seen = new Set<string>()
    const before = new Set<string>()
    for (const e of earlierClaims) for (const n of e.invoices) before.add(n)
    let travel = 0
    let entertainment = 0
    let total = 0
    const approvedOf: number[] = []
    for (const line of claim.lines) {
      const amount = Math.round(Number(line.amount) * 100)
      let approved = amount
      const q = Number(line.quantity ?? 0)
      if (line.category === 'travel' && line.item === 'hotel') approved = Math.min(approved, q * 50_000)
      else if (line.category === 'travel') approved = Math.min(approved, 300_000)
      else approved = Math.min(approved, q * 20_000)
      let rejected = amount > 20_000 && line.invoice === undefined
      const n = line.invoice?.number
      if (n !== undefined) {
        if (seen.has(n) || before.has(n)) rejected = true
        else seen.add(n)
      }
      if (claim.submittedOn > (deadlines.get(line.date) as string)) rejected = true
      // the budget is checked on what the lines ask after their own limits, rejected lines included
      if (line.category === 'travel') travel += approved
      else entertainment += approved
      if (rejected) approved = 0
      approvedOf.push(approved)
      total += approved
    }
    // over budget to date: approval (the amounts stand)
    const d = claim.lines[0]?.dimensions as { region: string; product: string }
    const spent = (category: string) => totals.get(category)?.get(d.region)?.get(d.product) ?? 0
    const hasTravel = claim.lines.some((l) => l.category === 'travel')
    const hasEntertainment = claim.lines.some((l) => l.category === 'entertainment')
    const over =
      (hasTravel && spent('travel') + travel > TO_DATE) ||
      (hasEntertainment && spent('entertainment') + entertainment > TO_DATE)
        ? 1
        : 0
    let outstanding = 0
    for (const a of advances) outstanding += Math.round(Number(a.amount) * 100)
    const offset = Math.min(outstanding, total)
    return [total - offset, outstanding - offset, over, ...approvedOf]
  })
}

export function expenseClaimCases(count = process.env.BENCH_FULL === '1' ? 100_000 : 10_000): Case[] {
  const list = makeClaims(count, 22)
  const entries = makeEntries(23)
  const ledger = compiledBudget.ledger(entries, { asOf: AS_OF })
  const totals = handLedger(entries)
  const full = count === 100_000 ? '' : ' (BENCH_FULL=1: 100,000)'
  // the full decision (Decimals, traces) is timed on a slice: at ~0.3 ms a claim, 10,000 would take seconds
  const slice = list.slice(0, Math.min(count, 2_000))
  return [
    {
      name: `summary of ${count.toLocaleString('en-US')} claims × 5 lines${full}, compiled claim policy, 10,000-line budget ledger of 20,000 entries (compiled integer path, exact)`,
      items: count,
      check: () => {
        const sample = list.slice(0, 200)
        agree(
          'expense claims: summary and exact path',
          summaryAnswers(sample, ledger),
          exactAnswers(sample, entries),
        )
        agree(
          'expense claims: summary and hand loop',
          summaryAnswers(list, ledger),
          handAnswers(list, totals),
        )
      },
      run: () => summaries(list, ledger),
      baseline: () => handAnswers(list, totals),
      maxRatio: 3,
    },
    {
      name: `check ${slice.length.toLocaleString('en-US')} claims × 5 lines, compiled claim policy, the same ledger (exact, with traces)`,
      items: slice.length,
      check: () => {
        const sample = slice.slice(0, 200)
        agree(
          'expense claims: compiled and exact paths',
          libraryAnswers(sample, ledger),
          exactAnswers(sample, entries),
        )
        agree(
          'expense claims: library and hand loop',
          libraryAnswers(slice, ledger),
          handAnswers(slice, totals),
        )
      },
      run: () => libraryAnswers(slice, ledger),
      baseline: () => handAnswers(slice, totals),
    },
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000)
  const list = makeClaims(count, 22)
  const entries = makeEntries(23)
  const ledger = compiledBudget.ledger(entries, { asOf: AS_OF })
  const totals = handLedger(entries)
  const sample = list.slice(0, 200)
  agree(
    'expense claims: compiled and exact paths',
    libraryAnswers(sample, ledger),
    exactAnswers(sample, entries),
  )
  const answers = handAnswers(list, totals)
  agree('expense claims: summary and hand loop', summaryAnswers(list, ledger), answers)
  const share = (k: number) => ((answers.filter((a) => (a[k] as number) > 0).length / count) * 100).toFixed(1)
  console.log(`over budget ${share(2)} % of claims, refundable ${share(1)} %`)
  const t0 = performance.now()
  handAnswers(list, totals)
  const t1 = performance.now()
  summaries(list, ledger)
  const t2 = performance.now()
  const hand = t1 - t0
  const library = t2 - t1
  console.log(
    `${count} claims × 5 lines: summary ${library.toFixed(0)} ms (${((library * 1000) / count).toFixed(1)} µs a claim), hand loop ${hand.toFixed(0)} ms (${((hand * 1000) / count).toFixed(2)} µs); ratio ${(library / hand).toFixed(1)}× (target ≤ 3×)`,
  )
}
