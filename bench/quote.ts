import { Engine } from 'json-rules-engine'
import { compileQuoteApprovalPolicy } from '../src/index'
import { quotePolicy } from '../test/fixtures/quote'
import type { Case } from './harness'

const N = 100_000
let seed = 7
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
const quotes = Array.from({ length: N }, (_, q) => ({
  currency: 'CNY',
  customer: { id: `c${q}`, grade: next() % 3 === 0 ? 'A' : 'B' },
  requestedBy: 'sales-rep',
  lines: Array.from({ length: 10 }, (_, i) => {
    const list = 100 + (next() % 5000)
    const pct = next() % 20
    return {
      product: `p${i}`,
      quantity: 1 + (next() % 20),
      listPrice: String(list),
      unitPrice: ((list * (100 - pct)) / 100).toFixed(2),
      unitCost: ((list * 55) / 100).toFixed(2),
    }
  }),
}))

const evaluator = compileQuoteApprovalPolicy(quotePolicy)

// The hand-written baseline: the same figures and ladder in plain numbers (floats: fast, not exact).
const ladder = quotePolicy.ladder.map((r) => ({
  role: r.role,
  net: Number(
    ((r as { limits?: object }).limits as { maxNetTotal?: number } | undefined)?.maxNetTotal ?? Infinity,
  ),
  avg: Number(
    ((r as { limits?: object }).limits as { maxAverageDiscount?: string } | undefined)?.maxAverageDiscount ??
      Infinity,
  ),
  line: Number(
    ((r as { limits?: object }).limits as { maxLineDiscount?: string } | undefined)?.maxLineDiscount ??
      Infinity,
  ),
  margin: Number(
    ((r as { limits?: object }).limits as { minMarginRate?: string } | undefined)?.minMarginRate ?? -Infinity,
  ),
}))
function plainRequiredRole(q: (typeof quotes)[number]): string {
  let list = 0
  let net = 0
  let cost = 0
  let maxLine = 0
  for (const l of q.lines) {
    const lp = Number(l.listPrice)
    const up = Number(l.unitPrice)
    list += l.quantity * lp
    net += l.quantity * up
    cost += l.quantity * Number(l.unitCost)
    maxLine = Math.max(maxLine, 1 - up / lp)
  }
  const extra = q.customer.grade === 'A' ? 0.05 : 0
  const avg = 1 - net / list
  const margin = (net - cost) / net
  for (const r of ladder)
    if (net <= r.net && avg <= r.avg + extra && maxLine <= r.line + extra && margin >= r.margin) return r.role
  return 'none'
}

const engine = new Engine()
ladder.forEach((r, i) => {
  engine.addRule({
    priority: 100 - i,
    conditions: {
      all: [
        {
          fact: 'netTotal',
          operator: 'lessThanInclusive',
          value: r.net === Infinity ? Number.MAX_VALUE : r.net,
        },
        { fact: 'averageDiscount', operator: 'lessThanInclusive', value: r.avg === Infinity ? 1 : r.avg },
        { fact: 'maxLineDiscount', operator: 'lessThanInclusive', value: r.line === Infinity ? 1 : r.line },
        {
          fact: 'marginRate',
          operator: 'greaterThanInclusive',
          value: r.margin === -Infinity ? -Number.MAX_VALUE : r.margin,
        },
      ],
    },
    event: { type: r.role },
  })
})
const SAMPLE = 1_000
const factsOf = (q: (typeof quotes)[number]) => {
  let list = 0
  let net = 0
  let cost = 0
  let maxLine = 0
  for (const l of q.lines) {
    list += l.quantity * Number(l.listPrice)
    net += l.quantity * Number(l.unitPrice)
    cost += l.quantity * Number(l.unitCost)
    maxLine = Math.max(maxLine, 1 - Number(l.unitPrice) / Number(l.listPrice))
  }
  return {
    netTotal: net,
    averageDiscount: 1 - net / list,
    maxLineDiscount: maxLine,
    marginRate: (net - cost) / net,
  }
}

function quoteCase(
  name: string,
  decide: (q: (typeof quotes)[number]) => { autoApproved: boolean },
  rounds: number,
): Case {
  return {
    name,
    items: N,
    run: () => {
      let auto = 0
      for (let i = 0; i < N; i += 1) if (decide(quotes[i]!).autoApproved) auto += 1
      return auto
    },
    baseline: () => {
      let auto = 0
      for (let i = 0; i < N; i += 1) if (plainRequiredRole(quotes[i]!) === 'sales-rep') auto += 1
      return auto
    },
    peers: {
      'json-rules-engine': async () => {
        for (let i = 0; i < SAMPLE; i += 1) await engine.run(factsOf(quotes[i]!))
      },
    },
    peerItems: SAMPLE,
    rounds,
  }
}

/** Quote approval: 100,000 quotes of 10 lines through a compiled policy. */
export const quoteCases: Case[] = [
  // the route is compared with json-rules-engine: five interleaved rounds, so one noisy round does not decide the ratio
  quoteCase('route 100,000 quotes × 10 lines (compiled integer path, exact)', (q) => evaluator.route(q), 5),
  quoteCase(
    'required approvals for 100,000 quotes × 10 lines (compiled, exact, with traces)',
    (q) => evaluator.requiredApprovals(q),
    1,
  ),
]
