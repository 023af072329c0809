import { describe, expect, it } from 'vitest'
import {
  budgetVariance,
  checkExpense,
  compileExpenseBudget,
  explain,
  transitionBudgetApproval,
  type BudgetApprovalInput,
  type ExpenseBudgetInput,
} from '../../../src/index'
import { catchError } from '../../helpers'

const budget: ExpenseBudgetInput = {
  id: 'b',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  fiscalYear: 2026,
  lines: [{ category: 'office', amount: '12000' }],
}
const entry = { date: '2026-01-20', category: 'office', amount: '600' }
const asOf = { asOf: '2026-01-31' }

describe('transitionBudgetApproval (预算审批)', () => {
  it('runs the handbook path: draft → finance review → management approval → in force', () => {
    const submitted = transitionBudgetApproval(
      { state: 'draft' },
      { action: 'submit', role: 'sales', by: 'E7', on: '2026-03-02' },
    )
    expect([submitted.from, submitted.to]).toEqual(['draft', 'finance-review'])
    const passed = transitionBudgetApproval(submitted.approval, {
      action: 'pass',
      role: 'finance',
      by: 'F1',
      on: '2026-03-05',
    })
    const approved = transitionBudgetApproval(passed.approval, {
      action: 'approve',
      role: 'management',
      by: 'GM',
      on: '2026-03-09',
    })
    expect(approved.approval.state).toBe('in-force')
    expect(approved.approval.history.map((h) => `${h.from}→${h.to} ${h.role}`)).toEqual([
      'draft→finance-review sales',
      'finance-review→management-approval finance',
      'management-approval→in-force management',
    ])
    expect(explain(approved, { locale: 'zh-CN' })).toEqual([
      'management（GM）于 2026-03-09 将预算由管理层审批转为执行',
    ])
  })

  it('finance returns a draft for changes (提出修改意见), with a reason', () => {
    const review: BudgetApprovalInput = { state: 'finance-review' }
    const returned = transitionBudgetApproval(review, {
      action: 'return',
      role: 'finance',
      by: 'F1',
      on: '2026-03-05',
      reason: '差旅费偏高',
    })
    expect(returned.approval.state).toBe('draft')
    expect(returned.approval.history[0]?.reason).toBe('差旅费偏高')
    const noReason = catchError(() =>
      transitionBudgetApproval(review, { action: 'return', role: 'finance', by: 'F1', on: '2026-03-05' }),
    )
    expect([noReason.code, noReason.issues[0]?.code, noReason.issues[0]?.path]).toEqual([
      'INVALID_INPUT',
      'budget.transition-reason',
      ['move', 'reason'],
    ])
  })

  it('refuses a move the state does not allow, a wrong role and a day before the last move', () => {
    const skip = catchError(() =>
      transitionBudgetApproval(
        { state: 'draft' },
        { action: 'approve', role: 'management', by: 'GM', on: '2026-03-02' },
      ),
    )
    expect([skip.issues[0]?.code, skip.issues[0]?.path]).toEqual([
      'budget.transition-refused',
      ['move', 'action'],
    ])
    const role = catchError(() =>
      transitionBudgetApproval(
        { state: 'finance-review' },
        { action: 'pass', role: 'sales', by: 'E7', on: '2026-03-02' },
      ),
    )
    expect([role.issues[0]?.code, role.issues[0]?.path]).toEqual(['budget.transition-role', ['move', 'role']])
    // roles renamed by the company
    const renamed = transitionBudgetApproval(
      { state: 'finance-review', roles: { finance: 'cfo-office' } },
      { action: 'pass', role: 'cfo-office', by: 'C1', on: '2026-03-02' },
    )
    expect(renamed.to).toBe('management-approval')
    const history = [
      { action: 'submit', from: 'draft', to: 'finance-review', role: 'sales', by: 'E7', on: '2026-03-02' },
    ] as const
    const early = catchError(() =>
      transitionBudgetApproval(
        { state: 'finance-review', history },
        { action: 'pass', role: 'finance', by: 'F1', on: '2026-03-01' },
      ),
    )
    expect([early.issues[0]?.code, early.issues[0]?.path]).toEqual(['budget.transition-date', ['move', 'on']])
    expect(
      catchError(() =>
        transitionBudgetApproval(
          { state: 'in-force' },
          { action: 'return', role: 'management', by: 'GM', on: '2026-03-02', reason: 'x' },
        ),
      ).issues[0]?.code,
    ).toBe('budget.transition-refused')
  })
})

describe('a budget not in force is refused', () => {
  it('checkExpense, budgetVariance and compileExpenseBudget refuse a budget in review (NO_POLICY_IN_FORCE)', () => {
    const review = { ...budget, approval: { state: 'finance-review' as const } }
    for (const call of [
      () => checkExpense(review, [], entry, asOf),
      () => budgetVariance(review, [entry], asOf),
      () => compileExpenseBudget(review),
    ]) {
      const error = catchError(call)
      expect([error.code, error.issues[0]?.code, error.issues[0]?.path]).toEqual([
        'NO_POLICY_IN_FORCE',
        'budget.not-approved',
        ['approval', 'state'],
      ])
    }
    // in a list of versions, the path names the version
    const listed = catchError(() => checkExpense([review], [], entry, asOf))
    expect(listed.issues[0]?.path).toEqual([0, 'approval', 'state'])
  })

  it('a budget in force, or without an approval (as before), is used as it was', () => {
    // 12000 a year, even phasing: January to date 1000.00; spent 600 → variance 400.00
    const inForce = { ...budget, approval: { state: 'in-force' as const } }
    expect(budgetVariance(inForce, [entry], asOf).rows[0]?.variance.toFixed(2)).toBe('400.00')
    expect(budgetVariance(budget, [entry], asOf).rows[0]?.variance.toFixed(2)).toBe('400.00')
    expect(checkExpense(inForce, [], entry, asOf).decision).toBe('allowed')
  })
})
