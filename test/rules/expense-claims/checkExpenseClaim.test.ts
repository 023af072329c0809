import { describe, expect, it } from 'vitest'
import {
  checkExpenseClaim,
  compileExpenseBudget,
  compileExpenseClaimPolicy,
  explain,
  type ClaimLineInput,
  type ExpenseBudgetInput,
} from '../../../src/index'
import { catchError } from '../../helpers'
import { claimOf, claimPolicy, invoice } from '../../fixtures/expense-claim'

const asOf = '2026-09-30'

function check(lines: readonly ClaimLineInput[], submittedOn = asOf, level = 'staff', options = {}) {
  return checkExpenseClaim(claimPolicy, claimOf(lines, submittedOn, level), { asOf, ...options })
}

function hotel(amount: string, nights: number, extra: Partial<ClaimLineInput> = {}): ClaimLineInput {
  return {
    id: 'hotel',
    date: '2026-09-28',
    category: 'travel',
    item: 'hotel',
    cityTier: 'tier-1',
    amount,
    quantity: nights,
    invoice: invoice('H-1', amount),
    ...extra,
  }
}

describe('checkExpenseClaim: limits per unit', () => {
  it('a hotel exactly at its per-night limit is approved in full', () => {
    // staff, tier-1: 500 per night × 2 nights = 1000.00; claimed 1000.00 → approved 1000.00
    const d = check([hotel('1000.00', 2)])
    expect(d.lines[0]?.approved.toFixed(2)).toBe('1000.00')
    expect(d.lines[0]?.status).toBe('approved')
    expect(d.lines[0]?.violations).toEqual([])
  })

  it('a hotel above the city limit without a reason is capped at the limit (approval-type limit, no reason)', () => {
    // 500 × 2 = 1000 < 1100 → capped at 1000.00; the 100.00 excess is not paid
    const d = check([hotel('1100', 2)])
    expect(d.lines[0]?.approved.toFixed(2)).toBe('1000.00')
    expect(d.lines[0]?.status).toBe('capped')
    expect(d.lines[0]?.violations).toEqual([
      {
        rule: 'unit-limit',
        actual: '1100.00',
        limit: '1000.00',
        path: ['lines', 0, 'amount'],
        outcome: 'capped',
        needsApproval: false,
        approver: null,
      },
    ])
  })

  it('with a reason the same line is paid in full once the department head approves the exception', () => {
    const d = check([hotel('1100', 2, { reason: '展会期间酒店满房' })])
    expect(d.lines[0]?.approved.toFixed(2)).toBe('1100.00')
    expect(d.lines[0]?.status).toBe('pending-approval')
    expect(d.lines[0]?.violations[0]).toMatchObject({
      rule: 'unit-limit',
      outcome: 'approval',
      needsApproval: true,
      approver: 'department-head',
    })
    // the department head is on the route anyway: the chain is unchanged
    expect(d.approvals.map((a) => a.role)).toEqual(['department-head', 'finance'])
  })

  it('a manager gets the manager limit (the first matching limit), others in tier 2 the general one', () => {
    // manager, tier-1: 800 × 2 = 1600 ≥ 1500 → approved in full
    expect(check([hotel('1500', 2)], asOf, 'manager').lines[0]?.status).toBe('approved')
    // staff, tier-2: the tier-1 limits do not match; 350 × 3 = 1050 < 1200 → capped (cap action)
    const d = check([hotel('1200', 3, { cityTier: 'tier-2' })])
    expect(d.lines[0]?.approved.toFixed(2)).toBe('1050.00')
  })

  it('per head (业务招待) and per month (通讯)', () => {
    // 5 guests × 200 = 1000 ≥ 980 → approved; 3 months × 300 = 900 < 960 → capped 900.00
    const d = check([
      {
        id: 'dinner',
        date: '2026-09-28',
        category: 'entertainment',
        amount: '980',
        quantity: 5,
        invoice: invoice('E-1', '980'),
      },
      {
        id: 'phone',
        date: '2026-09-28',
        category: 'communication',
        amount: '960',
        quantity: 3,
        invoice: invoice('C-1', '960'),
      },
    ])
    expect(d.lines.map((l) => l.approved.toFixed(2))).toEqual(['980.00', '900.00'])
  })

  it('a fractional quantity: the cap is rounded by the policy (half-up, 2 decimals)', () => {
    // per diem 100 per day × 1.335 days = 133.5 → 133.50 (exact); claimed 150 → approved 133.50
    const d = check([
      {
        id: 'pd',
        date: '2026-09-28',
        category: 'travel',
        item: 'per-diem',
        amount: '150',
        quantity: '1.335',
      },
    ])
    expect(d.lines[0]?.approved.toFixed(2)).toBe('133.50')
  })

  it('a per-unit limit without a quantity rejects the line', () => {
    const d = check([{ id: 'h', date: '2026-09-28', category: 'travel', item: 'hotel', amount: '100' }])
    expect(d.lines[0]?.status).toBe('rejected')
    expect(d.lines[0]?.violations[0]).toMatchObject({
      rule: 'quantity-missing',
      path: ['lines', 0, 'quantity'],
    })
    expect(d.lines[0]?.approved.toFixed(2)).toBe('0.00')
  })

  it('a category with no limit for the claimant (薪酬福利) is not reimbursable', () => {
    const d = check([{ id: 'x', date: '2026-09-28', category: 'compensation', amount: '50' }])
    expect(d.lines[0]?.violations.map((v) => [v.rule, v.outcome])).toEqual([
      ['category-not-allowed', 'rejected'],
    ])
  })

  it('the limit per claim cuts the line that crosses it', () => {
    // entertainment: 980 + 980 = 1960; + 600 = 2560 > 2000 → the third line capped at 2000 − 1960 = 40.00
    const dinner = (id: string, amount: string, heads: number): ClaimLineInput => ({
      id,
      date: '2026-09-28',
      category: 'entertainment',
      amount,
      quantity: heads,
      invoice: invoice(`E-${id}`, amount),
    })
    const d = check([dinner('a', '980', 5), dinner('b', '980', 5), dinner('c', '600', 3)])
    expect(d.lines.map((l) => l.approved.toFixed(2))).toEqual(['980.00', '980.00', '40.00'])
    expect(d.lines[2]?.violations[0]).toMatchObject({
      rule: 'claim-limit',
      actual: '2560.00',
      limit: '2000.00',
    })
  })
})

describe('checkExpenseClaim: invoices', () => {
  const office = (amount: string, extra: Partial<ClaimLineInput> = {}): ClaimLineInput => ({
    id: 'o',
    date: '2026-09-28',
    category: 'office',
    amount,
    ...extra,
  })

  it('a line exactly at the invoice threshold needs no invoice; a cent above it does', () => {
    // required above 200: 200.00 is not above → no violation; 200.01 is → invoice-missing, rejected
    expect(check([office('200.00')]).lines[0]?.violations).toEqual([])
    const d = check([office('200.01')])
    expect(d.lines[0]?.violations[0]).toMatchObject({
      rule: 'invoice-missing',
      actual: '200.01',
      limit: '200.00',
      path: ['lines', 0, 'invoice'],
      outcome: 'rejected',
    })
    expect(d.lines[0]?.approved.toFixed(2)).toBe('0.00')
  })

  it('an invoice without a required field is incomplete, at the first missing field', () => {
    const d = check([
      office('300', { invoice: { number: 'N-1', date: '2026-09-28', amount: '300', seller: 's' } }),
    ])
    expect(d.lines[0]?.violations[0]).toMatchObject({
      rule: 'invoice-incomplete',
      actual: 'taxAmount',
      path: ['lines', 0, 'invoice', 'taxAmount'],
      outcome: 'rejected',
    })
  })

  it('an invoice for less than the line caps the line at the invoice', () => {
    // claimed 450, invoice 400 → approved 400.00 (under the office per-line 500)
    const d = check([office('450', { invoice: invoice('N-2', '400') })])
    expect(d.lines[0]?.approved.toFixed(2)).toBe('400.00')
    expect(d.lines[0]?.violations[0]).toMatchObject({
      rule: 'invoice-amount',
      actual: '450.00',
      limit: '400.00',
    })
  })

  it('a duplicate invoice number is rejected, within the claim and against earlier claims', () => {
    const d = check(
      [
        office('300', { id: 'a', invoice: invoice('N-9', '300') }),
        office('300', { id: 'b', invoice: invoice('N-9', '300') }),
        office('100', { id: 'c', invoice: invoice('N-7', '100') }),
      ],
      asOf,
      'staff',
      { earlierClaims: [{ id: 'BX-0', invoices: ['N-7'] }] },
    )
    // a paid, b duplicates a, c duplicates BX-0 → 300.00 approved
    expect(d.lines.map((l) => l.status)).toEqual(['approved', 'rejected', 'rejected'])
    expect(d.approved.toFixed(2)).toBe('300.00')
    expect(d.duplicates).toEqual([
      { number: 'N-9', lines: ['a', 'b'], earlierClaim: null },
      { number: 'N-7', lines: ['c'], earlierClaim: 'BX-0' },
    ])
    expect(d.lines[1]?.violations[0]).toMatchObject({ limit: 'a', path: ['lines', 1, 'invoice', 'number'] })
  })
})

describe('checkExpenseClaim: the deadline in business days (调休)', () => {
  const pd = (date: string, extra: Partial<ClaimLineInput> = {}): ClaimLineInput => ({
    id: 'pd',
    date,
    category: 'travel',
    item: 'per-diem',
    amount: '100',
    quantity: 1,
    ...extra,
  })

  it('spent on the make-up Sunday 2026-09-20, the deadline is the make-up Saturday 2026-10-10', () => {
    // +10 business days: 09-21, 22, 23, 24 (1–4; 09-25…27 holiday), 09-28, 29, 30 (5–7; 10-01…07 holiday),
    // 10-08, 10-09 (8, 9), 10-10 Saturday, a make-up workday (10) → on time when submitted on 10-10
    const d = check([pd('2026-09-20')], '2026-10-10')
    expect(d.lines[0]?.deadline).toBe('2026-10-10')
    expect(d.late).toEqual([])
  })

  it('spent on 2026-09-18 the deadline is 2026-10-09: a claim on 10-10 is late', () => {
    // +10: 09-20 (make-up Sunday, 1), 09-21…24 (2–5), 09-28…30 (6–8), 10-08 (9), 10-09 (10)
    const late = check([pd('2026-09-18')], '2026-10-10')
    expect(late.lines[0]?.deadline).toBe('2026-10-09')
    expect(late.late).toEqual(['pd'])
    // late: approval with a reason; without one the line is rejected
    expect(late.lines[0]?.violations[0]).toMatchObject({
      rule: 'late',
      actual: '2026-10-10',
      limit: '2026-10-09',
      path: ['lines', 0, 'date'],
      outcome: 'rejected',
    })
    const excused = check([pd('2026-09-18', { reason: '出差未归' })], '2026-10-10')
    expect(excused.lines[0]?.status).toBe('pending-approval')
    expect(excused.lines[0]?.approved.toFixed(2)).toBe('100.00')
  })
})

describe('checkExpenseClaim: the approval chain', () => {
  const marketing = (amount: string): ClaimLineInput => ({
    id: 'm',
    date: '2026-09-28',
    category: 'marketing',
    amount,
    invoice: invoice('M-1', amount),
  })

  it('the general manager joins above 5000 approved, not at 5000', () => {
    expect(check([marketing('5000')]).approvals.map((a) => a.role)).toEqual(['department-head', 'finance'])
    expect(check([marketing('5000.01')]).approvals).toEqual([
      { role: 'department-head', label: { en: 'Department head', 'zh-CN': '部门负责人' }, because: 'route' },
      { role: 'general-manager', label: { en: 'General manager', 'zh-CN': '总经理' }, because: 'amount' },
      { role: 'finance', label: { en: 'Finance', 'zh-CN': '财务部' }, because: 'route' },
    ])
  })

  it('the budget approver joins before finance when the claim is over budget', () => {
    const budget: ExpenseBudgetInput = {
      id: 'b',
      version: '1',
      effectiveFrom: '2026-01-01',
      currency: 'CNY',
      fiscalYear: 2026,
      control: { action: 'approval', approver: 'sales-director', against: 'annual' },
      lines: [{ category: 'marketing', amount: '10000' }],
    }
    const entries = [{ date: '2026-05-01', category: 'marketing', amount: '6000' }]
    // spent 6000 + 5000 = 11000 > 10000 annual → approval by sales-director
    const d = check([marketing('5000')], asOf, 'staff', { budget, entries })
    expect(d.approvals.map((a) => [a.role, a.because])).toEqual([
      ['department-head', 'route'],
      ['sales-director', 'budget'],
      ['finance', 'route'],
    ])
    expect(d.budget[0]?.check.decision).toBe('approval')
    expect(d.budget[0]?.amount.toFixed(2)).toBe('5000.00')
    expect(d.lines[0]?.violations[0]).toMatchObject({
      rule: 'over-budget',
      outcome: 'approval',
      approver: 'sales-director',
    })
    // the same through a compiled budget
    const compiled = check([marketing('5000')], asOf, 'staff', {
      budget: compileExpenseBudget(budget),
      entries,
    })
    expect(compiled.approvals).toEqual(d.approvals)
    // 6000 + 4000 = 10000: exactly at the budget is not over
    expect(check([marketing('4000')], asOf, 'staff', { budget, entries }).budget[0]?.check.decision).toBe(
      'warning',
    )
    // a stop control rejects the lines
    const stop = { ...budget, control: { action: 'stop' as const, against: 'annual' as const } }
    const stopped = check([marketing('5000')], asOf, 'staff', { budget: stop, entries })
    expect(stopped.lines[0]?.status).toBe('rejected')
    expect(stopped.approved.toFixed(2)).toBe('0.00')
  })
})

describe('checkExpenseClaim: a budget in another currency (a reviewer’s case)', () => {
  // a CNY claim policy against a USD budget: 800 must not be added to dollars as if it were yuan
  const usd: ExpenseBudgetInput = {
    id: 'b-usd',
    version: '1',
    effectiveFrom: '2026-01-01',
    currency: 'USD',
    fiscalYear: 2026,
    control: { action: 'approval', approver: 'sales-director', against: 'annual' },
    lines: [{ category: 'marketing', amount: '3000' }],
  }
  const entries = [{ date: '2026-05-01', category: 'marketing', amount: '2500' }]
  const marketing800: ClaimLineInput = { id: 'm', date: '2026-09-28', category: 'marketing', amount: '800' }
  const refusal = (options: object) => {
    const error = catchError(() => check([marketing800], asOf, 'staff', options))
    return [error.code, error.issues[0]?.code, error.issues[0]?.path, error.issues[0]?.params]
  }
  const params = { currency: 'USD', expected: 'CNY' }

  it('is refused at the budget’s currency, as a document, a list of versions, a compiled budget or a ledger', () => {
    expect(refusal({ budget: usd, entries })).toEqual([
      'INVALID_INPUT',
      'claim.budget-currency',
      ['options', 'budget', 'currency'],
      params,
    ])
    const before = { ...usd, version: '0', effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' }
    expect(refusal({ budget: [before, usd], entries })[2]).toEqual(['options', 'budget', 1, 'currency'])
    expect(refusal({ budget: compileExpenseBudget(usd), entries })[2]).toEqual(['options', 'budget'])
    const ledger = compileExpenseBudget(usd).ledger(entries, { asOf })
    expect(refusal({ budget: ledger })).toEqual([
      'INVALID_INPUT',
      'claim.budget-currency',
      ['options', 'budget'],
      params,
    ])
    // the summary falls back to the check, and so refuses it the same way
    const summary = catchError(() =>
      compileExpenseClaimPolicy(claimPolicy).summary(claimOf([marketing800], asOf, 'staff'), {
        asOf,
        budget: ledger,
      }),
    )
    expect([summary.code, summary.issues[0]?.code, summary.issues[0]?.path]).toEqual([
      'INVALID_INPUT',
      'claim.budget-currency',
      ['options', 'budget'],
    ])
  })

  it('a budget in the policy’s currency is checked as before: 2500 + 800 = 3300 > 3000 needs approval', () => {
    const d = check([marketing800], asOf, 'staff', { budget: { ...usd, currency: 'CNY' }, entries })
    expect(d.budget[0]?.check.decision).toBe('approval')
  })

  it('a budget document that is itself invalid is refused for that, not for its currency', () => {
    const error = catchError(() =>
      check([marketing800], asOf, 'staff', { budget: { ...usd, currency: 'usd', lines: 'x' }, entries }),
    )
    expect(error.issues.some((i) => i.code === 'claim.budget-currency')).toBe(false)
  })
})

describe('checkExpenseClaim: advances', () => {
  const line: ClaimLineInput = { id: 'o', date: '2026-09-28', category: 'office', amount: '180' }

  it('advances smaller than the approved total: the company pays the rest', () => {
    // approved 180.00; advances 50 + 30 = 80 → offset 80.00, pays 100.00
    const d = check([line], asOf, 'staff', {
      advances: [
        { id: 'A1', amount: '50' },
        { id: 'A2', amount: '30' },
      ],
    })
    expect([d.advances.offset, d.netPayable, d.refundable].map((x) => x.toFixed(2))).toEqual([
      '80.00',
      '100.00',
      '0.00',
    ])
  })

  it('advances larger than the approved total: the claimant returns the rest, advances applied in order', () => {
    // approved 180.00; advances 150 + 100 = 250 → offset 180.00 (150 + 30), pays 0.00, returns 70.00
    const d = check([line], asOf, 'staff', {
      advances: [
        { id: 'A1', amount: '150' },
        { id: 'A2', amount: '100' },
      ],
    })
    expect(d.advances.applied.map((a) => [a.id, a.amount.toFixed(2)])).toEqual([
      ['A1', '150.00'],
      ['A2', '30.00'],
    ])
    expect([d.netPayable, d.refundable].map((x) => x.toFixed(2))).toEqual(['0.00', '70.00'])
    expect(JSON.parse(JSON.stringify(d)).refundable).toBe('70.00')
  })
})

describe('checkExpenseClaim: explanations and errors', () => {
  it('explains in both languages', () => {
    const d = check([hotel('1100', 2)])
    expect(explain(d, { locale: 'zh-CN' })).toContain(
      '明细 hotel：单位标准 1100.00 超过 1000.00，超出部分不予报销',
    )
    expect(explain(d)).toContain('Line hotel: limit per unit 1100.00 over 1000.00; the excess is not paid')
    expect(d.policy).toEqual({ id: 'expense-claims', version: '2026.1', effectiveFrom: '2026-01-01' })
  })

  it('bad claims are SalesRulesErrors with the path of the field', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [claimOf([hotel('-1', 2)]), 'INVALID_INPUT', ['claim', 'lines', 0, 'amount']],
      [{ ...claimOf([hotel('1', 2)]), currency: 'USD' }, 'INVALID_INPUT', ['claim', 'currency']],
      [claimOf([{ ...hotel('1', 2), category: 'toys' }]), 'INVALID_INPUT', ['claim', 'lines', 0, 'category']],
      [
        claimOf([{ ...hotel('1', 2), colour: 'red' } as ClaimLineInput]),
        'INVALID_INPUT',
        ['claim', 'lines', 0, 'colour'],
      ],
      [claimOf([hotel('1', 2)], '2026-09-01'), 'INVALID_INPUT', ['claim', 'lines', 0, 'date']],
      [claimOf([hotel('1', 2), hotel('1', 2)]), 'INVALID_INPUT', ['claim', 'lines', 1, 'id']],
    ]
    for (const [claim, code, path] of cases) {
      const error = catchError(() => checkExpenseClaim(claimPolicy, claim as never, { asOf }))
      expect([error.code, error.issues[0]?.path]).toEqual([code, path])
    }
    const entries = catchError(() =>
      checkExpenseClaim(claimPolicy, claimOf([hotel('1', 2)]), { asOf, entries: [] }),
    )
    expect([entries.code, entries.issues[0]?.code, entries.issues[0]?.path]).toEqual([
      'INVALID_INPUT',
      'claim.budget-needed',
      ['options', 'entries'],
    ])
  })

  it('refuses an amount finer than the policy pays (a finance controller: ¥100.005 cannot be paid)', () => {
    // the policy rounds to 2 decimals: 100.005 has 3, so the line is refused at its amount, not paid as 100.005
    const line = catchError(() => check([hotel('100.005', 1)]))
    expect([line.code, line.issues[0]?.code, line.issues[0]?.path]).toEqual([
      'INVALID_INPUT',
      'claim.amount-precision',
      ['claim', 'lines', 0, 'amount'],
    ])
    const advance = catchError(() =>
      check([hotel('100.00', 1)], asOf, 'staff', { advances: [{ id: 'JK', amount: '1.001' }] }),
    )
    expect([advance.issues[0]?.code, advance.issues[0]?.path]).toEqual([
      'claim.amount-precision',
      ['options', 'advances', 0, 'amount'],
    ])
    // exactly at the scale (100.01) and fewer decimals (100.1) are paid as claimed
    expect(check([hotel('100.01', 1)]).lines[0]?.approved.toFixed(2)).toBe('100.01')
    expect(check([hotel('100.1', 1)]).lines[0]?.approved.toFixed(2)).toBe('100.10')
  })

  it('does not change its input', () => {
    const claim = claimOf([hotel('1100', 2)])
    const before = JSON.stringify(claim)
    check([hotel('1100', 2)])
    checkExpenseClaim(claimPolicy, claim, { asOf })
    expect(JSON.stringify(claim)).toBe(before)
  })
})
