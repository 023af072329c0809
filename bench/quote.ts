import { Engine } from 'json-rules-engine'
import { compileQuoteApprovalPolicy } from './lib'
import type { QuoteInput } from '../src/index'
import { quotePolicy } from '../test/fixtures/quote'
import type { Case } from './harness'
import { agree, Rng } from './rng'
import { zenBatch, zenTable } from './zen'

// The handbook ladder of test/fixtures/quote.ts (inclusive boundary): rep < supervisor < manager < director <
// general manager; grade A customers +5 points on both discount limits, clearance lines +10 on the line limit;
// payment terms other than prepaid need finance, a net total above ¥1,000,000 a contract review.
const N = Number(process.env.BENCH_QUOTES ?? 50_000)
const LINES = 10
const ROLES = quotePolicy.ladder.map((r) => r.role)
const ROLE_INDEX = new Map(ROLES.map((r, i) => [r, i]))
const M = 1_000_000
// limits in millionths (discounts, margin) and in cents × 10^6 (net total); the top rung has none
const NET = [50_000, 200_000, 1_000_000, 5_000_000].map((y) => y * 100 * M)
const AVG = [50_000, 100_000, 150_000, 250_000]
const LINE = [100_000, 150_000, 200_000, 300_000]
const MARGIN = [300_000, 200_000, 100_000, 50_000]
const CONTRACT = 1_000_000 * 100 * M
const categories = ['devices', 'services', 'software', 'accessories', 'clearance']
const products = Array.from({ length: 2_000 }, (_, i) => `P-${i}`)

/**
 * Quotes shaped like a sales team's: long-tailed list prices (¥10–¥50,000, most small) and quantities,
 * whole-percent discounts, most lines at list price, grades A/B/C, several requesters and payment terms.
 * `edges`: lines, averages, margins and net totals placed exactly on a limit of some rung (with the grade and
 * category extras) in a realistic share; `apart`: no discount or margin that is a multiple of 5 %, so that no
 * line or margin is on a limit.
 */
function makeQuotes(shape: 'edges' | 'apart', seed: number, count = N): QuoteInput[] {
  const rng = new Rng(seed)
  const offLimit = () => {
    let p = rng.between(1, 34)
    while (p % 5 === 0) p = rng.between(1, 34)
    return p
  }
  return Array.from({ length: count }, (_, q) => {
    const grade = rng.pick(['A', 'B', 'B', 'C', 'C'])
    const requestedBy = rng.chance(0.8) ? 'sales-rep' : rng.pick(ROLES.slice(1, 4))
    const terms = rng.float()
    const kind = shape === 'edges' ? rng.float() : 1
    // edges: 8 % of quotes have every line at one average limit, 6 % every margin at one minimum, 3 % a net
    // total exactly on an amount limit; and any line is on a line limit with probability 12 %
    const sameDiscount = kind < 0.08 ? (rng.pick(AVG) + (grade === 'A' ? 50_000 : 0)) / 10_000 : -1
    const sameMargin = kind >= 0.08 && kind < 0.14 ? rng.pick(MARGIN) / 10_000 : -1
    const netEdge = kind >= 0.14 && kind < 0.17 ? rng.pick(NET) / M / LINES : -1 // cents per line
    const lines = Array.from({ length: LINES }, () => {
      const category = rng.int(10) === 0 ? 'clearance' : rng.pick(categories.slice(0, 4))
      const product = rng.pick(products)
      if (netEdge > 0)
        return { product, category, quantity: 1, listPrice: (netEdge / 100).toFixed(2), unitCost: '1.00' }
      const quantity = rng.longTail(1, 50, 1.5)
      // whole yuan for a margin on a limit (so that the cost is whole cents), else cents
      let list = rng.longTail(1_000, 5_000_000)
      if (sameMargin > 0) list = Math.max(100, Math.round(list / 10_000) * 10_000)
      let pct: number
      if (sameDiscount >= 0) pct = sameDiscount
      else if (shape === 'edges' && rng.chance(0.12))
        pct =
          (rng.pick(LINE) + (grade === 'A' ? 50_000 : 0) + (category === 'clearance' ? 100_000 : 0)) / 10_000
      else pct = rng.chance(0.5) ? 0 : shape === 'edges' ? rng.between(1, 35) : offLimit()
      const marginPct = sameMargin > 0 ? sameMargin : shape === 'edges' ? rng.between(5, 60) : offLimit() + 20
      // the unit price in cents × 100 (exact), the cost rounded to the cent
      const unitHundredths = list * (100 - pct)
      const unitCost = Math.round((unitHundredths * (100 - marginPct)) / 10_000)
      const line: QuoteInput['lines'][number] = {
        product,
        category,
        quantity,
        listPrice: (list / 100).toFixed(2),
        unitCost: (unitCost / 100).toFixed(2),
      }
      if (pct === 0) return line
      // half the discounted lines give a discount, half a unit price (rounded to the cent, as a price list would)
      return rng.chance(0.5)
        ? { ...line, discount: (pct / 100).toFixed(2) }
        : { ...line, unitPrice: (Math.round(unitHundredths / 100) / 100).toFixed(2) }
    })
    return {
      id: `Q-${q}`,
      currency: 'CNY',
      customer: { id: `C-${rng.int(20_000)}`, grade },
      requestedBy,
      ...(terms < 0.7 ? { paymentTerms: 'prepaid' } : terms < 0.85 ? {} : { paymentTerms: 'net-60' }),
      lines,
    }
  })
}

const cents = (text: string) => Math.round(Number(text) * 100)
let ties = 0
/**
 * The hand loop: this ladder's limits inlined, prices read into integers (cents, and cents × 10^6 for a
 * discounted price), every limit compared exactly — discounts by cross-multiplication in doubles (all products
 * stay below 2^53), the margin in doubles when clearly apart and in BigInt on a tie. Returns the required rung
 * × 2 + 1 when auto-approved. Two ways of reading a line, both timed, the faster one the baseline: by name
 * (`line.listPrice`…), fastest when lines share a hidden class (parsed from JSON), and with `byKeys` by one
 * `for … in` over the line's keys, fastest when each line has a hidden class of its own (built with spread, as
 * half the lines here are: a named read is then a full look-up per line).
 */
function plainRoute(q: QuoteInput, byKeys = false): number {
  const requester = ROLE_INDEX.get(q.requestedBy) as number
  const gradeExtra = q.customer.grade === 'A' ? 50_000 : 0
  let listCents = 0
  let net = 0 // cents × 10^6
  let costCents = 0
  let lineRung = requester
  let belowCost = false
  for (const line of q.lines) {
    let listPrice, unitPrice, discount, unitCost, quantity, category: unknown
    if (byKeys) {
      const l = line as unknown as Record<string, unknown>
      for (const k in l) {
        const v = l[k]
        switch (k) {
          case 'listPrice':
            listPrice = v
            break
          case 'unitPrice':
            unitPrice = v
            break
          case 'discount':
            discount = v
            break
          case 'unitCost':
            unitCost = v
            break
          case 'quantity':
            quantity = v
            break
          case 'category':
            category = v
        }
      }
    } else ({ listPrice, unitPrice, discount, unitCost, quantity, category } = line)
    const lp = cents(listPrice as string)
    const unit =
      unitPrice !== undefined
        ? cents(unitPrice as string) * M
        : discount !== undefined
          ? lp * (M - Math.round(Number(discount) * M))
          : lp * M
    const uc = cents(unitCost as string)
    listCents += (quantity as number) * lp
    net += (quantity as number) * unit
    costCents += (quantity as number) * uc
    if (unit < uc * M) belowCost = true
    const extra = gradeExtra + (category === 'clearance' ? 100_000 : 0)
    const off = lp * M - unit
    let r = requester
    while (r < 4 && off > ((LINE[r] as number) + extra) * lp) r += 1
    if (off === ((LINE[r] as number) + extra) * lp) ties += 1
    if (r > lineRung) lineRung = r
  }
  let required = requester
  while (required < 4 && net > (NET[required] as number)) required += 1
  let r = requester
  const off = listCents * M - net
  while (r < 4 && off > ((AVG[r] as number) + gradeExtra) * listCents) r += 1
  if (off === ((AVG[r] as number) + gradeExtra) * listCents) ties += 1
  if (r > required) required = r
  if (lineRung > required) required = lineRung
  r = requester
  const margin = net === 0 ? 0 : (net - costCents * M) / net
  for (; r < 4; r += 1) {
    const min = (MARGIN[r] as number) / M
    if (Math.abs(margin - min) > 1e-9) {
      if (margin > min) break
      continue
    }
    ties += 1
    const a = BigInt(net - costCents * M) * BigInt(M)
    if (a >= BigInt(MARGIN[r] as number) * BigInt(net)) break
  }
  if (r > required) required = r
  if (belowCost && required < 4) required = 4
  const parallel = (q.paymentTerms !== undefined && q.paymentTerms !== 'prepaid') || net > CONTRACT
  return required * 2 + (required === requester && !parallel ? 1 : 0)
}

const evaluator = compileQuoteApprovalPolicy(quotePolicy)
const encode = (d: { requiredRole: string | null; autoApproved: boolean }) =>
  (d.requiredRole === null ? ROLES.length : (ROLE_INDEX.get(d.requiredRole) as number)) * 2 +
  (d.autoApproved ? 1 : 0)

// The peers get float facts per quote (what a rules engine is fed), computed from the same objects in the
// timed loop; they ignore the grade and category extras, so their answers are not compared.
const factsOf = (q: QuoteInput) => {
  let list = 0
  let net = 0
  let cost = 0
  let maxLine = 0
  for (const l of q.lines) {
    const lp = Number(l.listPrice)
    const up = l.unitPrice !== undefined ? Number(l.unitPrice) : lp * (1 - Number(l.discount ?? 0))
    list += (l.quantity as number) * lp
    net += (l.quantity as number) * up
    cost += (l.quantity as number) * Number(l.unitCost)
    maxLine = Math.max(maxLine, 1 - up / lp)
  }
  return {
    netTotal: net,
    averageDiscount: 1 - net / list,
    maxLineDiscount: maxLine,
    marginRate: (net - cost) / net,
  }
}
const engine = new Engine()
quotePolicy.ladder.forEach((r, i) => {
  const limits = (r as { limits?: Record<string, string | number> }).limits ?? {}
  engine.addRule({
    priority: 100 - i,
    conditions: {
      all: [
        {
          fact: 'netTotal',
          operator: 'lessThanInclusive',
          value: Number(limits.maxNetTotal ?? Number.MAX_VALUE),
        },
        {
          fact: 'averageDiscount',
          operator: 'lessThanInclusive',
          value: Number(limits.maxAverageDiscount ?? 1),
        },
        {
          fact: 'maxLineDiscount',
          operator: 'lessThanInclusive',
          value: Number(limits.maxLineDiscount ?? 1),
        },
        {
          fact: 'marginRate',
          operator: 'greaterThanInclusive',
          value: Number(limits.minMarginRate ?? -Number.MAX_VALUE),
        },
      ],
    },
    event: { type: r.role },
  })
})
const zen = zenTable(
  [
    { field: 'netTotal' },
    { field: 'averageDiscount' },
    { field: 'maxLineDiscount' },
    { field: 'marginRate' },
  ],
  'role',
  quotePolicy.ladder.map((r) => {
    const limits = (r as { limits?: Record<string, string | number> }).limits
    return {
      cells: limits
        ? [
            `<= ${limits.maxNetTotal}`,
            `<= ${limits.maxAverageDiscount}`,
            `<= ${limits.maxLineDiscount}`,
            `>= ${limits.minMarginRate}`,
          ]
        : ['', '', '', ''],
      out: `"${r.role}"`,
    }
  }),
)
const JRE_SAMPLE = 2_000
const ZEN_SAMPLE = 20_000

function routeCase(label: string, shape: 'edges' | 'apart', seed: number, fromJson = false): Case {
  const built = makeQuotes(shape, seed)
  const quotes = fromJson ? (JSON.parse(JSON.stringify(built)) as QuoteInput[]) : built
  return {
    name: `route ${N.toLocaleString('en-US')} quotes × ${LINES} lines, ${label} (compiled integer path, exact)`,
    items: N,
    check: () => {
      ties = 0
      const plain = quotes.map((q) => plainRoute(q))
      agree(
        `${shape}: the two hand loops`,
        quotes.map((q) => plainRoute(q, true)),
        plain,
      )
      let touching = 0
      for (const q of quotes) {
        const before = ties
        plainRoute(q)
        if (ties > before) touching += 1
      }
      agree(
        `${shape}: route and the hand loop`,
        quotes.map((q) => encode(evaluator.route(q))),
        plain,
      )
      // the exact path (zod, decimals, traces) on every 10th quote
      const sample = quotes.filter((_, i) => i % 10 === 0)
      agree(
        `${shape}: requiredApprovals and the hand loop`,
        sample.map((q) => encode(evaluator.requiredApprovals(q))),
        sample.map((q) => plainRoute(q)),
      )
      console.error(
        `quotes (${shape}): ${((100 * touching) / N).toFixed(1)} % touch a limit (a comparison on the limit)`,
      )
    },
    run: () => {
      let auto = 0
      for (let i = 0; i < N; i += 1) if (evaluator.route(quotes[i] as QuoteInput).autoApproved) auto += 1
      return auto
    },
    baseline: () => {
      let auto = 0
      for (let i = 0; i < N; i += 1) auto += plainRoute(quotes[i] as QuoteInput) & 1
      return auto
    },
    otherBaselines: {
      'lines read by for … in': () => {
        let auto = 0
        for (let i = 0; i < N; i += 1) auto += plainRoute(quotes[i] as QuoteInput, true) & 1
        return auto
      },
    },
    peers: {
      'json-rules-engine': async () => {
        for (let i = 0; i < JRE_SAMPLE; i += 1) await engine.run(factsOf(quotes[i] as QuoteInput))
      },
      ...(zen && { 'GoRules ZEN (batch)': () => zenBatch(zen, quotes.slice(0, ZEN_SAMPLE).map(factsOf)) }),
    },
    peerItems: { 'json-rules-engine': JRE_SAMPLE, 'GoRules ZEN (batch)': ZEN_SAMPLE },
    maxRatio: 1.5,
    minSpeedup: { 'GoRules ZEN (batch)': 50 },
  }
}

const edges = routeCase('whole-percent discounts, many exactly on a limit', 'edges', 7)
const apart = routeCase('no discount or margin on a limit', 'apart', 8)
const parsed = routeCase(
  'whole-percent discounts, many exactly on a limit, parsed from JSON (lines sharing hidden classes)',
  'edges',
  7,
  true,
)
const EXACT = 10_000
const exactQuotes = makeQuotes('edges', 9, EXACT)

/** Quote approval: 100,000 quotes of 10 lines through a compiled policy, on two shapes of data. */
export const quoteCases: Case[] = [
  edges,
  apart,
  parsed,
  {
    name: `required approvals for ${EXACT.toLocaleString('en-US')} quotes × ${LINES} lines (compiled, exact, with traces)`,
    items: EXACT,
    run: () => exactQuotes.map((q) => evaluator.requiredApprovals(q).autoApproved),
    baseline: () => exactQuotes.map((q) => plainRoute(q) & 1),
  },
]
