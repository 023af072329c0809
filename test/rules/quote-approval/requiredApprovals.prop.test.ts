import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canApprove, compileQuoteApprovalPolicy, Dec, requiredApprovals } from '../../../src/index'
import type { QuoteInput } from '../../../src/index'
import { quotePolicy } from '../../fixtures/quote'

const roles = quotePolicy.ladder.map((r) => r.role)
const rank = (role: string | null) => (role === null ? roles.length : roles.indexOf(role))

const lineArb = fc.record({
  quantity: fc.integer({ min: 1, max: 50 }),
  listPrice: fc.integer({ min: 100, max: 100000 }),
  discountPct: fc.integer({ min: 0, max: 40 }),
  marginPct: fc.integer({ min: -10, max: 60 }),
  clearance: fc.boolean(),
})
type Line = typeof lineArb extends fc.Arbitrary<infer T> ? T : never

const toQuote = (lines: readonly Line[], grade: string, quoteDiscountPct: number): QuoteInput => ({
  currency: 'CNY',
  customer: { id: 'c', grade },
  requestedBy: 'sales-rep',
  discount: new Dec(quoteDiscountPct).div(100).toString(),
  lines: lines.map((l, i) => {
    const price = new Dec(l.listPrice).times(new Dec(100 - l.discountPct).div(100))
    return {
      product: `p${i}`,
      category: l.clearance ? 'clearance' : 'devices',
      quantity: l.quantity,
      listPrice: l.listPrice,
      unitPrice: price.toString(),
      unitCost: price.times(new Dec(100 - l.marginPct).div(100)).toString(),
    }
  }),
})

const quoteArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 5 }),
  grade: fc.constantFrom('A', 'B', 'C'),
  quoteDiscountPct: fc.integer({ min: 0, max: 10 }),
})

describe('quote approval (properties)', () => {
  it('raising the amount or the cost (a thinner margin) never lowers the required role', () => {
    fc.assert(
      fc.property(
        quoteArb,
        fc.nat(),
        fc.constantFrom('amount', 'cost' as const),
        ({ lines, grade, quoteDiscountPct }, pick, change) => {
          const i = pick % lines.length
          // more of everything (every quantity × 3) keeps every discount and the margin rate; a higher cost on one line thins the margin
          const harder = lines.map((l, j) =>
            change === 'amount'
              ? { ...l, quantity: l.quantity * 3 }
              : j === i
                ? { ...l, marginPct: l.marginPct - 15 }
                : l,
          )
          const before = requiredApprovals(quotePolicy, toQuote(lines, grade, quoteDiscountPct))
          const after = requiredApprovals(quotePolicy, toQuote(harder, grade, quoteDiscountPct))
          expect(rank(after.requiredRole)).toBeGreaterThanOrEqual(rank(before.requiredRole))
        },
      ),
    )
  })

  it('a deeper discount at the same net never lowers the required role', () => {
    fc.assert(
      fc.property(
        quoteArb,
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        ({ lines, grade, quoteDiscountPct }, pick, raisePct) => {
          const i = pick % lines.length
          const base = toQuote(lines, grade, quoteDiscountPct)
          // raise the list price of one line, keeping its unit price and cost: same net and margin, deeper discount
          const deeper = {
            ...base,
            lines: base.lines.map((l, j) =>
              j === i
                ? {
                    ...l,
                    listPrice: new Dec(l.listPrice)
                      .times(100 + raisePct)
                      .div(100)
                      .toString(),
                  }
                : l,
            ),
          }
          expect(rank(requiredApprovals(quotePolicy, deeper).requiredRole)).toBeGreaterThanOrEqual(
            rank(requiredApprovals(quotePolicy, base).requiredRole),
          )
        },
      ),
    )
  })

  it('a role that may approve a quote may approve every easier quote', () => {
    fc.assert(
      fc.property(quoteArb, fc.constantFrom(...roles), ({ lines, grade, quoteDiscountPct }, role) => {
        const hard = toQuote(lines, grade, quoteDiscountPct)
        const easier = toQuote(
          lines.map((l) => ({
            ...l,
            quantity: Math.max(1, Math.floor(l.quantity / 2)),
            discountPct: Math.floor(l.discountPct / 2),
            marginPct: Math.max(l.marginPct, 40),
          })),
          grade,
          0,
        )
        if (canApprove(quotePolicy, role, hard).allowed)
          expect(canApprove(quotePolicy, role, easier).allowed).toBe(true)
      }),
    )
  })

  it('derived totals equal the sum of the lines exactly', () => {
    fc.assert(
      fc.property(quoteArb, ({ lines, grade, quoteDiscountPct }) => {
        const q = toQuote(lines, grade, quoteDiscountPct)
        const { figures } = requiredApprovals(quotePolicy, q)
        const keep = new Dec(1).minus(new Dec(q.discount ?? 0))
        const net = q.lines
          .reduce((s, l) => s.plus(new Dec(l.quantity).times(new Dec(l.unitPrice ?? 0))), new Dec(0))
          .times(keep)
        const list = q.lines.reduce(
          (s, l) => s.plus(new Dec(l.quantity).times(new Dec(l.listPrice))),
          new Dec(0),
        )
        const cost = q.lines.reduce(
          (s, l) => s.plus(new Dec(l.quantity).times(new Dec(l.unitCost ?? 0))),
          new Dec(0),
        )
        expect(figures.netTotal.eq(net)).toBe(true)
        expect(figures.listTotal.eq(list)).toBe(true)
        expect(
          figures.lines
            .reduce((s, l) => s.plus(l.net), new Dec(0))
            .times(keep)
            .eq(figures.netTotal),
        ).toBe(true)
        expect(figures.grossMargin?.eq(net.minus(cost))).toBe(true)
      }),
    )
  })
})

describe('quote approval fast route (properties)', () => {
  const evaluator = () => compileQuoteApprovalPolicy(quotePolicy)
  const exclusive = () => compileQuoteApprovalPolicy({ ...quotePolicy, boundary: 'exclusive' })
  it('gives the required role and auto-approval of the full decision, on the integer and on the exact path', () => {
    fc.assert(
      fc.property(
        quoteArb,
        fc.constantFrom('sales-rep', 'sales-supervisor', 'sales-director'),
        fc.constantFrom(undefined, 'prepaid', 'net-30'),
        fc.boolean(),
        ({ lines, grade }, requestedBy, paymentTerms, strict) => {
          const ev = strict ? exclusive() : evaluator()
          // whole-number prices, some at exact limit ratios: 5 %, 10 %, 15 % off a round list price
          const base = toQuote(lines, grade, 0)
          // costs in whole cents, so that most quotes are plain and take the integer path
          const q = {
            ...base,
            discount: undefined,
            requestedBy,
            ...(paymentTerms ? { paymentTerms } : {}),
            lines: base.lines.map((l) => ({ ...l, unitCost: new Dec(l.unitCost ?? 0).toFixed(2) })),
          }
          const full = ev.requiredApprovals(q)
          expect(ev.route(q)).toEqual({ requiredRole: full.requiredRole, autoApproved: full.autoApproved })
        },
      ),
    )
  })

  it('decides ties on a limit exactly (sending them to the exact path)', () => {
    const atLimit = {
      currency: 'CNY',
      customer: { id: 'c' },
      requestedBy: 'sales-rep',
      lines: [{ product: 'p', quantity: 3, listPrice: '1000', discount: '0.05' }],
    }
    expect(evaluator().route(atLimit)).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    expect(exclusive().route(atLimit)).toEqual({ requiredRole: 'sales-supervisor', autoApproved: false })
    expect(
      evaluator().route({ ...atLimit, lines: [{ product: 'p', quantity: 1, listPrice: '50000' }] })
        .requiredRole,
    ).toBe('sales-rep')
    expect(
      evaluator().route({ ...atLimit, lines: [{ product: 'p', quantity: 1, listPrice: '50000.01' }] })
        .requiredRole,
    ).toBe('sales-supervisor')
  })
})
