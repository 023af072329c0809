// Order release checks through a compiled policy, 10 open receivables each, against a hand-written
// loop in integer cents (the target: ≤ 3×). Self-contained (not wired into bench/harness.ts):
// `BENCH_N=20000 npx tsx bench/order.ts`. Two library loops: `quickRelease` (the integer fast path,
// the target) and `checkOrderRelease` (zod-validated, exact decimals, figures and trace).
import { compileOrderReleasePolicy } from './lib'
import { creditPolicy } from '../test/fixtures/order'

const N = Number(process.env['BENCH_N'] ?? 1_000_000)
let seed = 21
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
const day = (n: number) => new Date(Date.UTC(2026, 5, 1 + n)).toISOString().slice(0, 10)
const cases = Array.from({ length: N }, (_, k) => ({
  order: {
    id: `SO-${k}`,
    currency: 'CNY',
    customer: { id: `C-${k % 1000}`, grade: 'A' },
    paymentTerms: 'net-30',
    lines: [
      { product: 'P-1', quantity: 1 + (next() % 50), unitPrice: ((next() % 500_000) / 100).toFixed(2) },
    ],
  },
  context: {
    asOf: '2026-06-30',
    // values on the limits: due dates from 20 days before to 9 days after the 15-day margin
    receivables: Array.from({ length: 10 }, (_, i) => ({
      id: `I-${i}`,
      amount: ((next() % 1_000_000) / 100).toFixed(2),
      dueDate: day(next() % 30),
    })),
  },
}))

const evaluator = compileOrderReleasePolicy(creditPolicy)
const cents = (s: string) => Math.round(Number(s) * 100)
const asOfDay = Date.UTC(2026, 5, 30) / 86_400_000
// The baseline: the same risk in integer cents, the grade-A limit, the overdue check.
const baseline = (c: (typeof cases)[number]) => {
  let risk = 0
  let overdue = 0
  for (const r of c.context.receivables) {
    const a = cents(r.amount)
    risk += a
    if (asOfDay - Date.parse(r.dueDate) / 86_400_000 > 15) overdue += a
  }
  const line = c.order.lines[0] as { quantity: number; unitPrice: string }
  risk += line.quantity * cents(line.unitPrice)
  return risk > 10_000_000 || overdue > 0
}

// agreement before timing
for (const c of cases.slice(0, 2000)) {
  const d = evaluator.checkOrderRelease(c.order, c.context)
  if (!d.releasable !== baseline(c)) throw new Error(`disagreement on ${c.order.id}`)
  if (evaluator.quickRelease(c.order, c.context).releasable !== d.releasable)
    throw new Error(`the fast path disagrees on ${c.order.id}`)
}
let t = performance.now()
let blocked = 0
for (const c of cases) if (!evaluator.quickRelease(c.order, c.context).releasable) blocked += 1
const library = performance.now() - t
const exactN = Math.min(N, 100_000)
t = performance.now()
for (const c of cases.slice(0, exactN)) evaluator.checkOrderRelease(c.order, c.context)
const exact = ((performance.now() - t) * N) / exactN
t = performance.now()
let blockedBase = 0
for (const c of cases) if (baseline(c)) blockedBase += 1
const hand = performance.now() - t
if (blocked !== blockedBase) throw new Error('the two loops disagree')
console.log(
  `order release: ${N} checks, ${blocked} blocked; quickRelease ${library.toFixed(0)} ms (${((library * 1000) / N).toFixed(2)} µs/check), hand-written ${hand.toFixed(0)} ms; ratio ${(library / hand).toFixed(1)}×; checkOrderRelease ${(exact / hand).toFixed(1)}× (from ${exactN} checks)`,
)
