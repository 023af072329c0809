import { fail } from '../../../core/schema'
import type { ExpenseBudget } from '../../../models/expense'

/**
 * Refuses a budget whose approval is not in force (`NO_POLICY_IN_FORCE`, `budget.not-approved` at
 * `approval.state`); a budget without an approval is in force. Returns the budget. @internal
 */
export function approved(budget: ExpenseBudget): ExpenseBudget {
  // backward compatible: a budget without an approval (as every budget before approvals existed) is in force
  const state = budget.approval?.state
  if (state !== undefined && state !== 'in-force')
    fail('NO_POLICY_IN_FORCE', 'budget.not-approved', ['approval', 'state'], { state })
  return budget
}
