// Every decision says which policy version made it (`policy`: id, version, effectiveFrom), and the
// entry points take one policy or the list of its versions, picking the one in force on the
// decision's date: the quote's `options.asOf`, the KPI period's end, the expense report's `asOf`,
// the commission period (which must lie within one version).
import { describe, expect, it } from 'vitest'
import {
  budgetVariance,
  calculateCommission,
  canApprove,
  checkExpense,
  evaluateKpis,
  gradeCustomers,
  requiredApprovals,
} from '../../src/index'
import { examplePolicy } from '../fixtures/policy'
import { catchError } from '../helpers'

const quote = {
  currency: 'CNY',
  customer: { id: 'c1' },
  requestedBy: 'sales-rep',
  lines: [{ product: 'p', quantity: 1, listPrice: '60000' }],
}

/** Two versions of the ladder: the rep may approve 50,000 until June, 100,000 from July. */
function ladders() {
  const v1 = {
    id: 'quotes',
    version: '2026.1',
    effectiveFrom: '2026-01-01',
    currency: 'CNY',
    ladder: [
      { role: 'sales-rep', label: 'rep', limits: { maxNetTotal: '50000' } },
      { role: 'sales-manager', label: 'manager' },
    ],
  }
  const v2 = {
    ...v1,
    version: '2026.2',
    effectiveFrom: '2026-07-01',
    ladder: [
      { role: 'sales-rep', label: 'rep', limits: { maxNetTotal: '100000' } },
      { role: 'sales-manager', label: 'manager' },
    ],
  }
  return [v1, v2]
}

describe('quote decisions: stamped, and picked by the quote date', () => {
  it('stamps a decision made with one policy', () => {
    const [v1] = ladders()
    expect(requiredApprovals(v1!, quote).policy).toEqual({
      id: 'quotes',
      version: '2026.1',
      effectiveFrom: '2026-01-01',
    })
  })

  it('uses the version in force on options.asOf: 60,000 needs the manager in June, not in July', () => {
    const versions = ladders()
    const june = requiredApprovals(versions, quote, { asOf: '2026-06-30' })
    const july = requiredApprovals(versions, quote, { asOf: '2026-07-01' })
    expect([june.requiredRole, june.policy.version]).toEqual(['sales-manager', '2026.1'])
    expect([july.requiredRole, july.autoApproved, july.policy.version]).toEqual(['sales-rep', true, '2026.2'])
    expect(canApprove(versions, 'sales-rep', quote, { asOf: '2026-07-01' })).toMatchObject({
      allowed: true,
      policy: { id: 'quotes', version: '2026.2', effectiveFrom: '2026-07-01' },
    })
  })

  it('needs a date with a list, and says when no version is in force', () => {
    const versions = ladders()
    const noDate = catchError(() => requiredApprovals(versions, quote))
    expect([noDate.code, noDate.issues]).toEqual([
      'INVALID_INPUT',
      [
        {
          path: ['options', 'asOf'],
          code: 'versions.needs-date',
          message: "A list of policy versions needs the decision's date to pick the one in force",
          params: {},
        },
      ],
    ])
    const before = catchError(() => requiredApprovals(versions, quote, { asOf: '2025-12-31' }))
    expect([before.code, before.issues]).toEqual([
      'NO_POLICY_IN_FORCE',
      [
        {
          path: ['options', 'asOf'],
          code: 'versions.none-in-force',
          message: 'No version is in force on 2025-12-31',
          params: { date: '2025-12-31' },
        },
      ],
    ])
  })

  it('reports a bad field of the chosen version under its index, and overlapping versions', () => {
    const versions = ladders()
    ;(versions[1]!.ladder[0]!.limits as Record<string, string>).maxNetTotal = '-1'
    const bad = catchError(() => requiredApprovals(versions, quote, { asOf: '2026-08-01' }))
    expect([bad.code, bad.issues.map((i) => [i.path, i.code])]).toEqual([
      'INVALID_POLICY',
      [[[1, 'ladder', 0, 'limits', 'maxNetTotal'], 'decimal.negative']],
    ])
    const overlap = ladders()
    overlap[1]!.effectiveFrom = '2026-01-01'
    const clash = catchError(() => requiredApprovals(overlap, quote, { asOf: '2026-08-01' }))
    expect([clash.code, clash.issues.map((i) => [i.path, i.code])]).toEqual([
      'INVALID_POLICY',
      [[[1, 'effectiveFrom'], 'versions.overlap']],
    ])
  })
})

describe('commission, KPI and expense decisions: stamped, and picked by their own date', () => {
  it('commission: the statement carries policy and, for 0.1 readers, the same stamp as plan', () => {
    const plan = {
      id: 'plan',
      version: '1',
      effectiveFrom: '2026-01-01',
      currency: 'CNY',
      rates: { kind: 'flat', rate: '0.03' },
    } as const
    const v2 = {
      ...plan,
      version: '2',
      effectiveFrom: '2026-07-01',
      rates: { kind: 'flat', rate: '0.04' },
    } as const
    const input = {
      rep: 'r1',
      period: { start: '2026-07-01', end: '2026-07-31' },
      transactions: [{ id: 't1', date: '2026-07-10', amount: '10000' }],
    }
    const statement = calculateCommission([plan, v2], input)
    // July is under version 2: 10,000 × 4 % = 400.00
    expect([statement.commission.toFixed(2), statement.policy, statement.plan]).toEqual([
      '400.00',
      { id: 'plan', version: '2', effectiveFrom: '2026-07-01' },
      { id: 'plan', version: '2', effectiveFrom: '2026-07-01' },
    ])
    // a period across the change is for calculateCommissions
    const across = catchError(() =>
      calculateCommission([plan, v2], { ...input, period: { start: '2026-06-01', end: '2026-07-31' } }),
    )
    expect([across.code, across.issues.map((i) => [i.path, i.code, i.params])]).toEqual([
      'INVALID_INPUT',
      [[['input', 'period'], 'versions.spans-change', { start: '2026-06-01', date: '2026-07-01' }]],
    ])
  })

  it('KPI: the version in force on the period end evaluates it', () => {
    const kpi = examplePolicy().kpi
    const later = { ...kpi, version: `${kpi.version}-b`, effectiveFrom: '2026-07-01' }
    const options = { period: { start: '2026-06-01', end: '2026-06-30' } }
    expect(evaluateKpis([kpi, later], {}, options).policy).toEqual({
      id: kpi.id,
      version: kpi.version,
      effectiveFrom: kpi.effectiveFrom,
    })
    const july = { period: { start: '2026-07-01', end: '2026-07-31' } }
    expect(evaluateKpis([kpi, later], {}, july).policy.version).toBe(`${kpi.version}-b`)
  })

  it('expense: the budget version in force on asOf reports and checks', () => {
    const budget = examplePolicy().expenseBudget
    const revised = { ...budget, version: `${budget.version}-r`, effectiveFrom: '2026-09-01' }
    const august = budgetVariance([budget, revised], [], { asOf: '2026-08-31' })
    const september = budgetVariance([budget, revised], [], { asOf: '2026-09-01' })
    expect([august.policy.version, september.policy.version]).toEqual([budget.version, `${budget.version}-r`])
    const entry = { date: '2026-09-02', category: budget.lines[0].category, amount: '1' }
    expect(
      checkExpense(
        [budget, revised],
        [],
        { ...entry, dimensions: budget.lines[0].dimensions },
        { asOf: '2026-09-02' },
      ).policy,
    ).toEqual({ id: budget.id, version: `${budget.version}-r`, effectiveFrom: '2026-09-01' })
  })

  it('customer grading: the version in force on asOf grades', () => {
    const grading = examplePolicy().customerGrading
    const next = { ...grading, version: `${grading.version}-n`, effectiveFrom: '2027-01-01' }
    const customers = [{ id: 'c1', value: '100' }]
    expect(gradeCustomers([grading, next], customers, { asOf: '2026-12-31' }).policy).toEqual({
      id: grading.id,
      version: grading.version,
      effectiveFrom: grading.effectiveFrom,
    })
    expect(gradeCustomers([grading, next], customers, { asOf: '2027-01-01' }).policy.version).toBe(
      `${grading.version}-n`,
    )
  })
})
