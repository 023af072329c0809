// The claim summary (issue #22): the integer fast path's answer, hand-computed, and the same as the exact
// check's; the fast path answers plain claims itself (not by falling back).
import { describe, expect, it } from 'vitest'
import { compileExpenseBudget, compileExpenseClaimPolicy, type ClaimLineInput } from '../../../src/index'
import { fastClaim, fastClaimPolicy } from '../../../src/rules/expense-claims/_lib/fastClaim'
import { compileVersions } from '../../../src/rules/expense-claims/_lib/policy'
import { expenseBudget } from '../../fixtures/expense'
import { claimOf, claimPolicy, invoice } from '../../fixtures/expense-claim'
import { catchError } from '../../helpers'

const asOf = '2026-10-10'
const east = { region: 'east' }
const lines: ClaimLineInput[] = [
  // tier-1 hotel, 2 nights at 500: exactly on the limit (1000.00), spent on the make-up Sunday 09-20 whose
  // deadline is the make-up Saturday 10-10 (on time)
  {
    id: 'hotel',
    date: '2026-09-20',
    category: 'travel',
    item: 'hotel',
    cityTier: 'tier-1',
    amount: '1000.00',
    quantity: 2,
    dimensions: east,
    invoice: invoice('H-1', '1000.00'),
  },
  // a taxi of exactly 200: at the invoice threshold, so no invoice is needed
  { id: 'taxi', date: '2026-09-28', category: 'travel', amount: '200', dimensions: east },
  // a dinner for 3 at 200 a head (exactly 600), spent 09-18: deadline 10-09, submitted 10-10 → late, no
  // reason
  {
    id: 'dinner',
    date: '2026-09-18',
    category: 'entertainment',
    amount: '600',
    quantity: 3,
    dimensions: east,
    invoice: invoice('D-1', '600'),
  },
  // a night at 650 above the tier-1 limit of 500, with a reason: paid in full once approved
  {
    id: 'hotel-2',
    date: '2026-09-28',
    category: 'travel',
    item: 'hotel',
    cityTier: 'tier-1',
    amount: '650',
    quantity: 1,
    reason: '展会期间酒店满房',
    dimensions: east,
    invoice: invoice('H-2', '650'),
  },
]
const claim = claimOf(lines, asOf)
const evaluator = compileExpenseClaimPolicy(claimPolicy)
const versions = compileVersions(claimPolicy)
const fast = versions.map(fastClaimPolicy)

describe('compileExpenseClaimPolicy(...).summary', () => {
  it('decides a plain claim on the integer path, as the exact check does', () => {
    const options = { asOf, advances: [{ id: 'JK-1', amount: '300' }] }
    const summary = fastClaim(versions, fast, claim, options)
    // claimed 1000 + 200 + 600 + 650 = 2450.00; approved 1000 + 200 + 0 (late, rejected) + 650 = 1850.00;
    // the advance of 300 is offset: 1850 − 300 = 1550.00 payable, nothing to refund; 1850 ≤ 5000, so no
    // general manager; the exception approver (department head) is on the route already
    expect(summary).toEqual({
      claim: 'BX-1',
      lines: [
        { id: 'hotel', approved: '1000.00', status: 'approved' },
        { id: 'taxi', approved: '200.00', status: 'approved' },
        { id: 'dinner', approved: '0.00', status: 'rejected' },
        { id: 'hotel-2', approved: '650.00', status: 'pending-approval' },
      ],
      claimed: '2450.00',
      approved: '1850.00',
      netPayable: '1550.00',
      refundable: '0.00',
      approvals: ['department-head', 'finance'],
      budget: [],
      policy: evaluator.check(claim, options).policy,
    })
    expect(evaluator.summary(claim, options)).toEqual(summary)
    const d = evaluator.check(claim, options)
    expect(d.netPayable.toFixed(2)).toBe('1550.00')
    expect(d.lines.map((l) => l.status)).toEqual(['approved', 'approved', 'rejected', 'pending-approval'])
  })

  it('with a budget ledger: over budget to date adds the budget approver before finance', () => {
    const entries = [
      { date: '2026-06-01', category: 'travel', dimensions: east, amount: '68500' },
      { date: '2026-07-01', category: 'entertainment', dimensions: east, amount: '28500' },
    ]
    const ledger = compileExpenseBudget(expenseBudget).ledger(entries, { asOf })
    const options = { asOf, budget: ledger }
    const summary = fastClaim(versions, fast, claim, options)
    // travel east (¥120,000 a year, even by month: ¥60,000–70,000 to date in October): 68,500 + the
    // lines' 1000 + 200 + 650 = 70,350 → over → approval by sales-director, each travel line pending;
    // entertainment east (stop, both; ¥30,000–35,000 to date): 28,500 + 600 = 29,100 ≥ 0.8 × to date →
    // warning
    expect(summary?.budget).toEqual(['approval', 'warning'])
    expect(summary?.lines.map((l) => l.status)).toEqual([
      'pending-approval',
      'pending-approval',
      'rejected',
      'pending-approval',
    ])
    // the chain: the route's steps, the budget approver spliced before the last (finance)
    expect(summary?.approvals).toEqual(['department-head', 'sales-director', 'finance'])
    expect(summary?.netPayable).toBe('1850.00')
    expect(evaluator.summary(claim, options)).toEqual(summary)
    const d = evaluator.check(claim, options)
    expect(d.budget.map((b) => b.check.decision)).toEqual(['approval', 'warning'])
    expect(d.approvals.map((a) => a.role)).toEqual(['department-head', 'sales-director', 'finance'])
  })

  it("reads a line's own enumerable keys only, as the exact path's copy of the claim does", () => {
    // hotel-2 (650 for a night, over the tier-1 limit of 500) with its reason non-enumerable: the exact path
    // copies the line by Object.keys and never sees the reason, so the night is capped at 500, not sent
    // for approval; claimed 1000 + 200 + 600 + 650 = 2450, approved 1000 + 200 + 0 (late) + 500 = 1700
    const hidden: ClaimLineInput = { ...(lines[3] as ClaimLineInput) }
    delete (hidden as { reason?: string }).reason
    Object.defineProperty(hidden, 'reason', { value: '展会期间酒店满房', enumerable: false })
    const withHidden = claimOf([...lines.slice(0, 3), hidden], asOf)
    const summary = fastClaim(versions, fast, withHidden, { asOf })
    expect(summary?.lines[3]).toEqual({ id: 'hotel-2', approved: '500.00', status: 'capped' })
    expect(summary?.approved).toBe('1700.00')
    const d = evaluator.check(withHidden, { asOf })
    expect(d.lines[3]?.status).toBe('capped')
    expect(d.approved.toFixed(2)).toBe('1700.00')
    // an enumerable key on Object.prototype (listed by for … in on every line): the exact path decides
    Object.defineProperty(Object.prototype, 'reason', {
      value: 'x',
      enumerable: true,
      configurable: true,
      writable: true,
    })
    try {
      expect(fastClaim(versions, fast, withHidden, { asOf })).toBeUndefined()
      // which refuses it (zod lists it as an unknown key of the options), and so does the summary
      const error = catchError(() => evaluator.check(withHidden, { asOf }))
      expect(error).toMatchObject({ code: 'INVALID_INPUT' })
      expect(catchError(() => evaluator.summary(withHidden, { asOf }))).toEqual(error)
    } finally {
      delete (Object.prototype as { reason?: unknown }).reason
    }
  })

  it('keeps the integer path for the other categories when one category has a limit of 3 decimals', () => {
    // the review's case: an entertainment limit of 150.005 a head (not whole cents) in the same policy
    const policy = {
      ...claimPolicy,
      limits: claimPolicy.limits.map((l) =>
        l.category === 'entertainment' ? { ...l, perUnit: '150.005' } : l,
      ),
    }
    const inexactVersions = compileVersions(policy)
    const inexactFast = inexactVersions.map(fastClaimPolicy)
    expect([...(inexactFast[0]?.inexact ?? [])]).toEqual(['entertainment'])
    const claims = compileExpenseClaimPolicy(policy)
    // a travel claim: a taxi of 150.50, submitted in time; no invoice needed (≤ 200): on the integer path
    const travel = claimOf([{ id: 'taxi', date: '2026-09-28', category: 'travel', amount: '150.5' }])
    const quick = fastClaim(inexactVersions, inexactFast, travel, { asOf: '2026-09-30' })
    expect(quick?.lines).toEqual([{ id: 'taxi', approved: '150.50', status: 'approved' }])
    expect(quick?.approved).toBe('150.50')
    // a dinner for 2 at 320 in the inexact category, left to the exact path, which decides: 2 heads ×
    // 150.005 = 300.01 (the line's limit, in cents), exceeded and no reason given → capped at 300.01
    const dinner = claimOf([
      {
        id: 'dinner',
        date: '2026-09-28',
        category: 'entertainment',
        amount: '320',
        quantity: 2,
        invoice: invoice('D-2', '320'),
      },
    ])
    expect(fastClaim(inexactVersions, inexactFast, dinner, { asOf: '2026-09-30' })).toBeUndefined()
    const summary = claims.summary(dinner, { asOf: '2026-09-30' })
    const check = claims.check(dinner, { asOf: '2026-09-30' })
    expect(summary.lines).toEqual(
      check.lines.map((l) => ({ id: l.id, approved: l.approved.toFixed(2), status: l.status })),
    )
    expect(summary.lines[0]?.status).toBe('capped')
    expect(summary.approved).toBe('300.01')
  })

  it('writes each amount at 2 decimals however it was given', () => {
    // the taxi (at most 200: no invoice needed) approved in full, given as '0200.00', '150.5', '200', 199.9 (a
    // number) and '0.50': written '200.00', '150.50', '200.00', '199.90', '0.50'; claimed
    // 200 + 150.50 + 200 + 199.90 + 0.50 = 750.90
    const amounts: (string | number)[] = ['0200.00', '150.5', '200', 199.9, '0.50']
    const taxis = claimOf(
      amounts.map((amount, i) => ({ ...(lines[1] as ClaimLineInput), id: `taxi-${i}`, amount })),
      asOf,
    )
    const summary = fastClaim(versions, fast, taxis, { asOf })
    expect(summary?.lines.map((l) => l.approved)).toEqual(['200.00', '150.50', '200.00', '199.90', '0.50'])
    expect(summary?.claimed).toBe('750.90')
    expect(evaluator.check(taxis, { asOf }).lines.map((l) => l.approved.toFixed(2))).toEqual(
      summary?.lines.map((l) => l.approved),
    )
  })

  it('leaves what it cannot read plainly to the exact path, which answers or throws the same', () => {
    // a quantity written as a string: the exact path reads it
    const text = claimOf([{ ...(lines[0] as ClaimLineInput), quantity: '2' }], asOf)
    expect(fastClaim(versions, fast, text, { asOf })).toBeUndefined()
    expect(evaluator.summary(text, { asOf }).lines).toEqual([
      { id: 'hotel', approved: '1000.00', status: 'approved' },
    ])
    // an unknown key and an amount finer than a fen: the exact path's errors, with their paths
    const unknown = claimOf([{ ...(lines[1] as ClaimLineInput), colour: 'red' } as ClaimLineInput], asOf)
    expect(fastClaim(versions, fast, unknown, { asOf })).toBeUndefined()
    expect(catchError(() => evaluator.summary(unknown, { asOf }))).toMatchObject({ code: 'INVALID_INPUT' })
    const fine = claimOf([{ ...(lines[1] as ClaimLineInput), amount: '200.005' }], asOf)
    const error = catchError(() => evaluator.summary(fine, { asOf }))
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(error.issues[0]?.path).toEqual(['claim', 'lines', 0, 'amount'])
  })
})
