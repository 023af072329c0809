// Invariants of checkExpenseClaim (issue #22): approved ≤ claimed on every line; the net payable is
// Σ approved − the advances offset; removing a line never adds a violation to another line; a compiled
// budget decides as the budget document does; malformed claims end only in a SalesRulesError with a path.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkExpenseClaim,
  compileExpenseBudget,
  compileExpenseClaimPolicy,
  Dec,
  SalesRulesError,
  type ClaimLineInput,
  type ExpenseBudgetInput,
  type ExpenseClaimInput,
} from '../../../src/index'
import { claimPolicy } from '../../fixtures/expense-claim'

const evaluator = compileExpenseClaimPolicy(claimPolicy)
const cents = (max: number) => fc.integer({ min: 0, max }).map((n) => (n / 100).toFixed(2))
const day = fc
  .integer({ min: 0, max: 40 })
  .map((n) => new Date(Date.UTC(2026, 8, 1 + n)).toISOString().slice(0, 10))
const submittedOn = '2026-10-12'

const budget: ExpenseBudgetInput = {
  id: 'b',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  fiscalYear: 2026,
  control: { action: 'approval', approver: 'sales-director', against: 'annual' },
  categories: [
    { id: 'travel', label: '差旅', control: { action: 'stop', against: 'annual' } },
    { id: 'entertainment', label: '业务招待' },
    { id: 'office', label: '办公' },
    { id: 'communication', label: '通讯' },
    { id: 'marketing', label: '市场推广' },
  ],
  lines: [
    { category: 'travel', amount: '3000' },
    { category: 'entertainment', amount: '2000' },
    { category: 'office', amount: '800' },
  ],
}
const compiledBudget = compileExpenseBudget(budget)

const line = (i: number): fc.Arbitrary<ClaimLineInput> =>
  fc
    .record({
      kind: fc.constantFrom('hotel', 'per-diem', 'taxi', 'dinner', 'phone', 'office', 'marketing', 'bonus'),
      date: day,
      amount: cents(300_000),
      quantity: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
      cityTier: fc.option(fc.constantFrom('tier-1', 'tier-2'), { nil: undefined }),
      invoice: fc.option(
        fc.record({
          number: fc.option(fc.constantFrom('N-1', 'N-2', 'N-3', 'N-4'), { nil: undefined }),
          date: fc.option(day, { nil: undefined }),
          amount: fc.option(cents(300_000), { nil: undefined }),
          taxAmount: fc.option(cents(1000), { nil: undefined }),
          seller: fc.option(fc.constant('s'), { nil: undefined }),
        }),
        { nil: undefined },
      ),
      reason: fc.option(fc.constant('reason'), { nil: undefined }),
    })
    .map(({ kind, date, ...rest }): ClaimLineInput => {
      const date2 = date > submittedOn ? submittedOn : date
      const base = { id: `L${i}`, date: date2, ...rest }
      switch (kind) {
        case 'hotel':
        case 'per-diem':
          return { ...base, category: 'travel', item: kind }
        case 'taxi':
          return { ...base, category: 'travel' }
        case 'dinner':
          return { ...base, category: 'entertainment' }
        case 'phone':
          return { ...base, category: 'communication' }
        case 'bonus':
          return { ...base, category: 'compensation' }
        default:
          return { ...base, category: kind }
      }
    })

const claim: fc.Arbitrary<ExpenseClaimInput> = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom('staff', 'manager'))
  .chain(([n, level]) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => line(i))).map((lines) => ({
      id: 'BX-P',
      employee: { id: 'E1', level },
      currency: 'CNY',
      submittedOn,
      lines,
    })),
  )
const advances = fc.array(fc.record({ id: fc.constantFrom('A1', 'A2', 'A3'), amount: cents(500_000) }), {
  maxLength: 3,
})
const earlier = fc.array(
  fc.record({ id: fc.constant('BX-0'), invoices: fc.array(fc.constantFrom('N-3', 'N-9')) }),
  {
    maxLength: 1,
  },
)
const entries = fc.array(
  fc.record({
    date: day,
    category: fc.constantFrom('travel', 'office', 'entertainment'),
    amount: cents(200_000),
  }),
  { maxLength: 4 },
)

const options = (
  adv: ClaimLineInput[] | unknown,
  e: unknown,
  earlierClaims: unknown,
  withBudget: boolean,
) => ({
  asOf: submittedOn,
  advances: adv,
  earlierClaims,
  ...(withBudget ? { budget: compiledBudget, entries: e } : {}),
})

describe('checkExpenseClaim properties', () => {
  it('approved ≤ claimed and ≥ 0 on every line; a rejected line is paid nothing', () => {
    fc.assert(
      fc.property(claim, advances, entries, earlier, fc.boolean(), (c, a, e, ea, b) => {
        const d = evaluator.check(c, options(a, e, ea, b) as never)
        for (const l of d.lines) {
          expect(l.approved.lte(l.claimed)).toBe(true)
          expect(l.approved.gte(0)).toBe(true)
          if (l.status === 'rejected') expect(l.approved.isZero()).toBe(true)
          if (l.status === 'approved') expect(l.approved.eq(l.claimed)).toBe(true)
        }
      }),
    )
  })

  it('net payable = Σ approved − advances offset, refundable = advances − offset, never both positive', () => {
    fc.assert(
      fc.property(claim, advances, entries, earlier, fc.boolean(), (c, a, e, ea, b) => {
        const d = evaluator.check(c, options(a, e, ea, b) as never)
        const approved = d.lines.reduce((s, l) => s.plus(l.approved), new Dec(0))
        const outstanding = a.reduce((s, x) => s.plus(x.amount), new Dec(0))
        expect(d.approved.eq(approved)).toBe(true)
        expect(d.netPayable.eq(approved.minus(d.advances.offset))).toBe(true)
        expect(d.refundable.eq(outstanding.minus(d.advances.offset))).toBe(true)
        expect(d.netPayable.gte(0) && d.refundable.gte(0)).toBe(true)
        expect(d.netPayable.isZero() || d.refundable.isZero()).toBe(true)
        expect(d.advances.applied.reduce((s, x) => s.plus(x.amount), new Dec(0)).eq(d.advances.offset)).toBe(
          true,
        )
      }),
    )
  })

  it('removing a line never adds a violation to another line', () => {
    fc.assert(
      fc.property(claim, entries, earlier, fc.boolean(), fc.nat(), (c, e, ea, b, k) => {
        fc.pre(c.lines.length > 1)
        const gone = k % c.lines.length
        const full = evaluator.check(c, options([], e, ea, b) as never)
        const less = evaluator.check(
          { ...c, lines: c.lines.filter((_, i) => i !== gone) },
          options([], e, ea, b) as never,
        )
        const rules = (d: typeof full) =>
          new Map(d.lines.map((l) => [l.id, new Set(l.violations.map((v) => v.rule))]))
        const before = rules(full)
        for (const [id, after] of rules(less)) {
          for (const rule of after) expect(before.get(id)?.has(rule), `${id} ${rule}`).toBe(true)
        }
      }),
    )
  })

  it('a compiled budget decides as the budget document does', () => {
    fc.assert(
      fc.property(claim, entries, (c, e) => {
        const compiled = checkExpenseClaim(claimPolicy, c, {
          asOf: submittedOn,
          budget: compiledBudget,
          entries: e,
        })
        const document = checkExpenseClaim(claimPolicy, c, { asOf: submittedOn, budget, entries: e })
        expect(JSON.stringify(compiled)).toBe(JSON.stringify(document))
      }),
    )
  })

  it('the compiled path (compiled policy, budget ledger) decides as checkExpenseClaim does, errors included', () => {
    // a budget with a dimension: lines that differ only in the region, and claim lines on them, on no line
    // (north), or with a dimension the budget does not have
    const regional: ExpenseBudgetInput = {
      ...budget,
      dimensions: ['region'],
      lines: [
        { category: 'travel', dimensions: { region: 'east' }, amount: '3000' },
        { category: 'travel', dimensions: { region: 'west' }, amount: '3000' },
        { category: 'entertainment', dimensions: { region: 'east' }, amount: '2000' },
        { category: 'office', dimensions: { region: 'west' }, amount: '800' },
      ],
    }
    const compiled = compileExpenseBudget(regional)
    const region = fc.constantFrom(
      {},
      { region: 'east' },
      { region: 'west' },
      { region: 'north' },
      { regoin: 'x' },
    )
    const junk = fc.constantFrom(
      '-1',
      'NaN',
      '',
      '2026-02-30',
      null,
      1e300,
      [],
      '0.001',
      'unknown',
      undefined,
    )
    const outcome = (fn: () => unknown) => {
      try {
        return JSON.stringify(fn())
      } catch (error) {
        expect(error).toBeInstanceOf(SalesRulesError)
        return JSON.stringify((error as SalesRulesError).issues.map((i) => [i.code, i.path]))
      }
    }
    fc.assert(
      fc.property(
        claim,
        fc.array(region, { minLength: 6, maxLength: 6 }),
        entries,
        fc.array(region, { minLength: 4, maxLength: 4 }),
        advances,
        earlier,
        fc.array(
          fc.tuple(fc.nat(), fc.constantFrom('amount', 'date', 'category', 'quantity', 'id', 'x'), junk),
          {
            maxLength: 2,
          },
        ),
        (c, dims, e, entryDims, a, ea, edits) => {
          const lines = c.lines.map((l, i) => ({ ...l, dimensions: dims[i] ?? {} })) as Record<
            string,
            unknown
          >[]
          for (const [i, key, value] of edits)
            (lines[i % lines.length] as Record<string, unknown>)[key] = value
          const input = { ...c, lines } as unknown as ExpenseClaimInput
          // the entries never carry a dimension the budget does not have (the ledger is made from valid ones)
          const booked = e
            .map((x, i) => ({ ...x, dimensions: entryDims[i] ?? {} }))
            .filter((x) => !('regoin' in x.dimensions))
          const ledger = compiled.ledger(booked, { asOf: submittedOn })
          const fast = outcome(() =>
            evaluator.check(input, { asOf: submittedOn, budget: ledger, advances: a, earlierClaims: ea }),
          )
          const exact = outcome(() =>
            checkExpenseClaim(claimPolicy, input, {
              asOf: submittedOn,
              budget: regional,
              entries: booked,
              advances: a,
              earlierClaims: ea,
            }),
          )
          expect(fast).toBe(exact)
        },
      ),
    )
  })

  it('a ledger is refused with entries of its own or for another date', () => {
    const ledger = compileExpenseBudget(budget).ledger([], { asOf: submittedOn })
    const c = fc.sample(claim, { numRuns: 1, seed: 1 })[0] as ExpenseClaimInput
    const issues = (options: unknown) => {
      try {
        evaluator.check(c, options as never)
        return []
      } catch (error) {
        return (error as SalesRulesError).issues.map((i) => [i.code, i.path.join('.')])
      }
    }
    expect(issues({ asOf: submittedOn, budget: ledger, entries: [] })).toEqual([
      ['claim.ledger-entries', 'options.entries'],
    ])
    expect(issues({ asOf: '2026-10-13', budget: ledger })).toEqual([['claim.ledger-as-of', 'options.asOf']])
  })

  it('malformed claims end only in a SalesRulesError with a path', () => {
    const junk = fc.oneof(fc.anything(), fc.constantFrom('-1', 'NaN', '', '2026-02-30', null, -0, 1e300, []))
    fc.assert(
      fc.property(
        claim,
        fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 12 }), junk), { maxLength: 3 }),
        (c, edits) => {
          const copy = structuredClone(c) as unknown as { lines: Record<string, unknown>[] } & Record<
            string,
            unknown
          >
          for (const [i, key, value] of edits) {
            const target = i % 2 === 0 ? copy : (copy.lines[i % copy.lines.length] as Record<string, unknown>)
            target[key.length > 0 ? key : 'amount'] = value
          }
          try {
            evaluator.check(copy as never, { asOf: submittedOn })
          } catch (error) {
            expect(error).toBeInstanceOf(SalesRulesError)
            const issues = (error as SalesRulesError).issues
            expect(issues.length).toBeGreaterThan(0)
            for (const issue of issues) expect(Array.isArray(issue.path)).toBe(true)
          }
        },
      ),
    )
  })
})
