/**
 * Rates shared by several domains, so that one formula has one implementation.
 * @internal
 */
import { ratio, type Decimal } from './decimal'

/**
 * Savings rate (费用节约率) = (budget to date − actual) ÷ budget to date; `null` on a zero budget. Negative when
 * over budget. Used by `budgetVariance` (its `savingsRate`) and the `savings-rate` KPI formula.
 *
 * @group Core
 */
export function savingsRate(budgetToDate: Decimal, actual: Decimal): Decimal | null {
  return budgetToDate.isZero() ? null : ratio(budgetToDate.minus(actual), budgetToDate)
}
